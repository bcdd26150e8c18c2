extension ZeroIntelligenceParameters {
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
            let linearKeys = ["buyers", "sellers", "units", "value_high", "value_low", "cost_low", "cost_high"]
            if let key = linearKeys.first(where: { keyed[$0] != referenceKeyed[$0] }) {
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
