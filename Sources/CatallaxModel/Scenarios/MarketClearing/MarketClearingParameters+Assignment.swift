extension MarketClearingParameters {
    /// The parameters given by `key = value` assignments over the reference
    /// point, each checked against its domain, then cross-checked by
    /// ``validate()``.
    ///
    /// Later assignments of the same key win.
    /// - Parameter assignments: the keys and values, in the order given.
    /// - Throws: ``ParameterError`` naming the key, the value and what is
    ///   allowed (an unknown key names the closest one).
    public init(assigning assignments: [(key: String, value: ParameterValue)]) throws(ParameterError) {
        self.init()
        for (key, value) in assignments {
            let checked = try Self.descriptors.descriptor(forKey: key).checked(value)
            switch checked {
            case .word(let word):
                if key == "mechanism", let m = ClearingMechanism(rawValue: word) { mechanism = m }
                if key == "adjustment", let g = AdjustmentResponse(rawValue: word) { adjustment = g }
            case .number(let x):
                assign(x, toKey: key)
            }
        }
        try validate()
    }

    /// Sets the numeric parameter `key` (already checked against its domain).
    mutating func assign(_ x: Double, toKey key: String) {
        switch key {
        case "agents": agents = Int(x)
        case "steps": steps = Int(x)
        case "p_act": activity = x
        case "q_max": maxFraction = x
        case "lag": lag = Int(x)
        case "theta_m": momentumThreshold = x
        case "theta_f": valueThreshold = x
        case "kappa": reactivity = x
        case "sigma_v": beliefSpread = x
        case "f_noise": noiseShare = x
        case "f_mom": momentumShare = x
        case "b0": initialBalance = x
        case "h0": initialUnits = Int(x)
        case "p0": initialPrice = x
        case "v0": fundamentalValue = x
        case "tick": tickSize = x
        case "max_price": maxPrice = x
        case "eta": limitOffset = x
        case "interval": callInterval = Int(x)
        case "lambda": adjustmentRate = x
        case "saturation": saturationScale = x
        default: preconditionFailure("every numeric descriptor has a field")
        }
    }

    /// Checks what single domains cannot: shares that exceed one, a book of
    /// too few or too many ticks, a starting price off the tick grid or
    /// outside the book.
    /// ```
    /// f_noise + f_mom ≤ 1,   M = ⌈P_max/δ⌉ ∈ 2…2²⁴,   P₀/δ = j₀ whole, 1 ≤ j₀ ≤ M
    /// ```
    /// - Throws: ``ParameterError/inconsistent(keys:reason:)``.
    public func validate() throws(ParameterError) {
        if noiseShare + momentumShare > 1 + 1e-12 {
            throw .inconsistent(keys: ["f_noise", "f_mom"], reason: "f_noise + f_mom = \(noiseShare + momentumShare) exceeds 1")
        }
        let ticks = maxPrice / tickSize
        if !(ticks >= 2 - 1e-9 && ticks <= Double(1 << 24) + 1e-9) {
            throw .inconsistent(keys: ["max_price", "tick"],
                                reason: "the book has ⌈max_price/tick⌉ = \(ticks.rounded(.up)) ticks; it needs 2…\(1 << 24)")
        }
        let start = initialPrice / tickSize
        if abs(start - start.rounded()) > 1e-9 * max(1, start) {
            throw .inconsistent(keys: ["p0", "tick"], reason: "p0 = \(initialPrice) is not a whole number of ticks of \(tickSize)")
        }
        if initialTick < 1 || initialTick > tickCount {
            throw .inconsistent(keys: ["p0", "max_price"], reason: "p0 = \(initialPrice) lies outside the book's prices tick…max_price")
        }
    }
}
