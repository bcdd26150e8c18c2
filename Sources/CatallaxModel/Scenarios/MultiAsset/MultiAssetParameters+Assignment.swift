extension MultiAssetParameters {
    /// The parameters given by `key = value` assignments over the reference
    /// point, each checked against its domain, then checked together.
    ///
    /// Later assignments of the same key win.
    /// - Parameter assignments: `(key, value)` pairs as the user wrote them.
    /// - Throws: ``ParameterError/unknownKey(key:allowed:suggestion:)`` with
    ///   the nearest key, ``ParameterError/outOfDomain(key:value:allowed:)``,
    ///   or ``ParameterError/inconsistent(keys:reason:)`` from ``validate()``.
    public init(assigning assignments: [(key: String, value: ParameterValue)]) throws(ParameterError) {
        self.init()
        for (key, value) in assignments {
            // Every domain here is numeric, so a checked value is a number.
            guard case .number(let x) = try Self.descriptors.descriptor(forKey: key).checked(value) else {
                preconditionFailure("every multi-asset key is numeric: \(key)")
            }
            switch key {
            case "assets": assets = Int(x)
            case "agents": agents = Int(x)
            case "steps": steps = Int(x)
            case "p_act": activity = x
            case "b0": initialBalance = x
            case "v0": referenceValue = x
            case "sigma_v": beliefSpread = x
            case "sigma_eps": shockSize = x
            case "rho_belief": shockCorrelation = x
            case "kappa": reactivity = x
            case "gamma": crossSubstitution = x
            case "depth": depth = x
            default: preconditionFailure("every key is assigned: \(key)")
            }
        }
        try validate()
    }

    /// Checks what single domains cannot: that the clearing system is well
    /// conditioned.
    ///
    /// ```
    /// κ∞(B + C) = (1 + λ + γ)/(1 − γ + λ) ≤ 10¹²     (γ counted as 0 when M = 1)
    /// ```
    /// Above the limit the prices would keep fewer than four correct digits
    /// (forward error ≈ κ∞·ε); only `γ → 1` with `λ → 0` gets there.
    /// - Throws: ``ParameterError/inconsistent(keys:reason:)`` naming `gamma`
    ///   and `depth`.
    public func validate() throws(ParameterError) {
        let kappa = conditionNumber
        if !(kappa <= Self.maximumConditionNumber) {
            throw .inconsistent(
                keys: ["gamma", "depth"],
                reason: "the clearing system's condition number (1 + depth + gamma)/(1 − gamma + depth) = \(kappa) exceeds 1e12; lower gamma or raise depth")
        }
    }

    /// The largest condition number of `B + C` a point or a run accepts.
    public static let maximumConditionNumber = 1e12
}
