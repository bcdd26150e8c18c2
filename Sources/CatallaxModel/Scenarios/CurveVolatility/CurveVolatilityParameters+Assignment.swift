extension CurveVolatilityParameters {
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
