extension CurveVolatilityParameters {
    /// The parameters given by `key = value` assignments over the reference
    /// constants, each checked against its domain before any run.
    ///
    /// Later assignments of the same key win. Curve parameters belong to the
    /// family chosen by `curve` (default `linear`); a key of another family
    /// is unknown here.
    /// - Throws: ``ParameterError`` naming the key, the value and what is allowed.
    public init(assigning assignments: [(key: String, value: ParameterValue)]) throws(ParameterError) {
        var family = CurveFamily.linear
        if let given = assignments.last(where: { $0.key == "curve" })?.value {
            let checked = try Self.commonDescriptors.descriptor(forKey: "curve").checked(given)
            guard case .word(let word) = checked, let chosen = CurveFamily(rawValue: word) else {
                preconditionFailure("a checked curve is one of the families")
            }
            family = chosen
        }
        let descriptors = Self.descriptors(for: family)
        var numbers: [String: Double] = [:]
        var curveNumbers: [String: Double] = [:]
        let curveKeys = Set(Self.curveDescriptors(family).map(\.key))
        for (key, value) in assignments where key != "curve" {
            guard case .number(let x) = try descriptors.descriptor(forKey: key).checked(value) else { continue }
            if curveKeys.contains(key) { curveNumbers[key] = x } else { numbers[key] = x }
        }
        self.init(curve: try Self.curve(family, from: curveNumbers))
        if let x = numbers["agents"] { agents = Int(x) }
        if let x = numbers["steps"] { steps = Int(x) }
        if let x = numbers["p_act"] { activity = x }
        if let x = numbers["q_max"] { maxFraction = x }
        if let x = numbers["fee"] { feeRate = x }
        if let x = numbers["lag"] { lag = Int(x) }
        if let x = numbers["theta_m"] { momentumThreshold = x }
        if let x = numbers["theta_f"] { valueThreshold = x }
        if let x = numbers["kappa"] { reactivity = x }
        if let x = numbers["sigma_v"] { beliefSpread = x }
        if let x = numbers["b0"] { initialBalance = x }
        if let x = numbers["s_init"] { initialSupply = x }
        if let x = numbers["f_noise"] { noiseShare = x }
        if let x = numbers["f_mom"] { momentumShare = x }
        if let x = numbers["shock"] { shock = x }
        if let x = numbers["t_shock"] { shockStep = Int(x) }
        try validate()
    }

    /// Checks what single domains cannot: shares that exceed one, a shock
    /// step past the end, a curve whose price is not positive at `S_init`.
    /// - Throws: ``ParameterError/inconsistent(keys:reason:)``.
    public func validate() throws(ParameterError) {
        if noiseShare + momentumShare > 1 + 1e-12 {
            throw .inconsistent(keys: ["f_noise", "f_mom"], reason: "f_noise + f_mom = \(noiseShare + momentumShare) exceeds 1")
        }
        if let step = shockStep, step >= steps {
            throw .inconsistent(keys: ["t_shock", "steps"], reason: "t_shock = \(step) must be below steps = \(steps)")
        }
        let price = curve.price(atSupply: initialSupply)
        if !(price > 0 && price.isFinite) {
            throw .inconsistent(keys: ["curve", "s_init"], reason: "the price f(S_init) = \(price) must be positive and finite")
        }
    }
}
