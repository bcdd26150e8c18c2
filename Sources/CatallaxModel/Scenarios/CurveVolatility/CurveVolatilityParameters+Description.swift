extension CurveVolatilityParameters {
    /// Every parameter by its key, as the value a user would write back.
    public var keyedValues: [String: String] {
        var values: [String: String] = [
            "curve": curve.family.rawValue,
            "agents": "\(agents)", "steps": "\(steps)", "p_act": "\(activity)", "q_max": "\(maxFraction)",
            "fee": "\(feeRate)", "lag": "\(lag)", "theta_m": "\(momentumThreshold)", "theta_f": "\(valueThreshold)",
            "kappa": "\(reactivity)", "sigma_v": "\(beliefSpread)", "b0": "\(initialBalance)",
            "s_init": "\(initialSupply)", "f_noise": "\(noiseShare)", "f_mom": "\(momentumShare)",
            "shock": "\(shock)", "t_shock": "\(effectiveShockStep)",
        ]
        for (key, value) in curveValues { values[key] = "\(value)" }
        return values
    }

    /// The curve's parameters by key.
    public var curveValues: [(key: String, value: Double)] {
        switch curve {
        case .linear(let c): [("m", c.slope), ("b", c.basePrice)]
        case .exponential(let c): [("a", c.basePrice), ("k", c.growthRate)]
        case .sigmoid(let c): [("K", c.maxPrice), ("k", c.steepness), ("s0", c.midpoint)]
        case .power(let c): [("a", c.coefficient), ("n", c.exponent)]
        }
    }

    /// One line naming the curve and every parameter that differs from the
    /// reference constants.
    public var summaryLine: String {
        let reference = Self(curve: curve)
        let keyed = keyedValues, referenceKeyed = reference.keyedValues
        let curvePart = (["curve=\(curve.family.rawValue)"] + curveValues.map { "\($0.key)=\($0.value)" }).joined(separator: " ")
        let changed = Self.commonDescriptors.map(\.key).filter { $0 != "curve" && keyed[$0] != referenceKeyed[$0] }
        return ([curvePart] + changed.map { "\($0)=\(keyed[$0]!)" }).joined(separator: " ")
    }
}
