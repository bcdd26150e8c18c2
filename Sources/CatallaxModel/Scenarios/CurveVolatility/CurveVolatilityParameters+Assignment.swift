extension CurveVolatilityParameters {
    /// The parameters given by `key = value` assignments over the reference
    /// constants, each checked against its domain before any run.
    ///
    /// Later assignments of the same key win. Curve parameters belong to the
    /// family chosen by `curve` (default `linear`); a key of another family
    /// is unknown here.
    /// - Throws: ``ParameterError`` naming the key, the value and what is allowed.
    public init(assigning assignments: [(key: String, value: ParameterValue)]) throws(ParameterError) {
        self.init()
        try assignWithCurve(assignments)
        try validate()
    }

    /// Checks what single domains cannot: shares that exceed one, a shock
    /// step past the end, a curve whose price is not positive at `S_init`.
    /// - Throws: ``ParameterError/inconsistent(keys:reason:)``.
    public func validate() throws(ParameterError) {
        try population.validate()
        if let step = shockStep, step >= steps {
            throw .inconsistent(keys: ["t_shock", "steps"], reason: "t_shock = \(step) must be below steps = \(steps)")
        }
        try checkPrice(atSupply: initialSupply, supplyKey: "s_init")
    }
}
