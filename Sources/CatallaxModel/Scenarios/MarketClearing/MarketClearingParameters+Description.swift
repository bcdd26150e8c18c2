extension MarketClearingParameters {
    /// Every parameter by its key, as the value a user would write back
    /// (whole-number parameters without a decimal point).
    public var keyedValues: [String: String] {
        [
            "mechanism": mechanism.rawValue,
            "agents": "\(agents)", "steps": "\(steps)", "p_act": "\(activity)", "q_max": "\(maxFraction)",
            "lag": "\(lag)", "theta_m": "\(momentumThreshold)", "theta_f": "\(valueThreshold)",
            "kappa": "\(reactivity)", "sigma_v": "\(beliefSpread)", "f_noise": "\(noiseShare)",
            "f_mom": "\(momentumShare)", "b0": "\(initialBalance)", "h0": "\(initialUnits)",
            "p0": "\(initialPrice)", "v0": "\(effectiveFundamentalValue)", "tick": "\(tickSize)",
            "max_price": "\(maxPrice)", "eta": "\(limitOffset)", "interval": "\(callInterval)",
            "lambda": "\(adjustmentRate)", "adjustment": adjustment.rawValue, "saturation": "\(saturationScale)",
        ]
    }

    /// One line naming the mechanism and every parameter that differs from
    /// the reference point, in descriptor order.
    public var summaryLine: String {
        let keyed = keyedValues, reference = Self().keyedValues
        let changed = Self.descriptors.map(\.key).filter { key in
            guard key != "mechanism" else { return false }
            // V₀ follows P₀ unless set: it differs only when set apart from P₀.
            if key == "v0" { return fundamentalValue != nil && fundamentalValue != initialPrice }
            return keyed[key] != reference[key]
        }
        return (["mechanism=\(mechanism.rawValue)"] + changed.map { "\($0)=\(keyed[$0]!)" }).joined(separator: " ")
    }
}
