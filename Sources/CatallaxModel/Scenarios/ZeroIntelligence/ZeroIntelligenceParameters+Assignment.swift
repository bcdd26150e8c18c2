extension ZeroIntelligenceParameters {
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
            let checked = try Self.descriptors.descriptor(forKey: key).checked(value)
            switch checked {
            case .word(let word):
                if key == "traders", let strategy = ZeroIntelligenceStrategy(word: word) { traders = strategy }
                if key == "schedule", let chosen = ZeroIntelligenceSchedule(rawValue: word) { schedule = chosen }
            case .number(let x):
                // Integer domains only: a checked number is a whole number in range.
                let n = Int(x)
                switch key {
                case "buyers": buyers = n
                case "sellers": sellers = n
                case "units": units = n
                case "periods": periods = n
                case "orders": ordersPerPeriod = n
                case "max_price": maxPrice = n
                case "clear_after_trade": clearsBookAfterTrade = n == 1
                case "value_high": valueHigh = n
                case "value_low": valueLow = n
                case "cost_low": costLow = n
                case "cost_high": costHigh = n
                default: preconditionFailure("every numeric key is assigned: \(key)")
                }
            }
        }
        try validate()
    }

    /// Checks what single domains cannot.
    ///
    /// ```
    /// periods · orders ≤ 2³² − 1                      (the draw counter's step word)
    /// reference: linear-only keys at their defaults, max_price ≥ 180
    /// linear:    value_low ≤ value_high ≤ max_price,  cost_low ≤ cost_high ≤ max_price,
    ///            value_high > cost_low                 (positive maximum surplus)
    /// ```
    /// - Throws: ``ParameterError/inconsistent(keys:reason:)`` naming the keys.
    public func validate() throws(ParameterError) {
        if steps > Int(UInt32.max) {
            throw .inconsistent(keys: ["periods", "orders"],
                                reason: "periods × orders = \(steps) order arrivals exceeds 2³² − 1")
        }
        switch schedule {
        case .reference:
            let reference = Self(), keyed = keyedValues, referenceKeyed = reference.keyedValues
            if let key = Self._linearKeys.first(where: { keyed[$0] != referenceKeyed[$0] }) {
                throw .inconsistent(keys: ["schedule", key],
                                    reason: "\(key) shapes schedule=linear only; the reference schedule fixes it at \(referenceKeyed[key]!) (set schedule=linear to change it)")
            }
            let highest = DoubleAuctionDesign.reference.buyerValues.joined().max() ?? 0
            if maxPrice < highest {
                throw .inconsistent(keys: ["schedule", "max_price"],
                                    reason: "the reference values reach \(highest), above max_price = \(maxPrice)")
            }
        case .linear:
            if valueLow > valueHigh {
                throw .inconsistent(keys: ["value_low", "value_high"], reason: "value_low = \(valueLow) exceeds value_high = \(valueHigh)")
            }
            if costLow > costHigh {
                throw .inconsistent(keys: ["cost_low", "cost_high"], reason: "cost_low = \(costLow) exceeds cost_high = \(costHigh)")
            }
            for (key, bound) in [("value_high", valueHigh), ("cost_high", costHigh)] where bound > maxPrice {
                throw .inconsistent(keys: [key, "max_price"], reason: "\(key) = \(bound) lies above max_price = \(maxPrice)")
            }
            if valueHigh <= costLow {
                throw .inconsistent(keys: ["value_high", "cost_low"],
                                    reason: "value_high = \(valueHigh) must exceed cost_low = \(costLow), or no trade gains anything (maximum surplus 0)")
            }
        }
        do {
            _ = try _design()
        } catch {
            throw .inconsistent(keys: ["schedule"], reason: "the design is invalid (\(error.description))")
        }
    }
}
