extension ZeroIntelligenceParameters {
    /// Every key with its value as a user would write it back (whole
    /// numbers without a decimal point), so that
    /// `init(assigning: keyedValues)` gives these parameters again.
    public var keyedValues: [String: String] {
        [
            "traders": traders.word, "schedule": schedule.rawValue,
            "buyers": "\(buyers)", "sellers": "\(sellers)", "units": "\(units)",
            "periods": "\(periods)", "orders": "\(ordersPerPeriod)", "max_price": "\(maxPrice)",
            "clear_after_trade": clearsBookAfterTrade ? "1" : "0",
            "value_high": "\(valueHigh)", "value_low": "\(valueLow)", "cost_low": "\(costLow)", "cost_high": "\(costHigh)",
        ]
    }

    /// One line naming the traders and schedule and every other key that
    /// differs from the reference point: `traders=ziu schedule=reference orders=200`.
    public var summaryLine: String {
        let keyed = keyedValues, reference = Self().keyedValues
        let changed = Self.descriptors.map(\.key).filter { $0 != "traders" && $0 != "schedule" && keyed[$0] != reference[$0] }
        return (["traders=\(traders.word)", "schedule=\(schedule.rawValue)"] + changed.map { "\($0)=\(keyed[$0]!)" })
            .joined(separator: " ")
    }
}
