extension ZeroIntelligenceParameters {
    /// Every key the `zero-intelligence` scenario accepts, in help order,
    /// with the reference point's values as defaults.
    ///
    /// `buyers`, `sellers`, `units` and the four bounds shape the linear
    /// schedule only; with `schedule = reference` they must keep their
    /// defaults (``validate()``).
    public static let descriptors: [ParameterDescriptor] = [
        .init(key: "traders", symbol: "ZI", summary: "Trader strategy: zic (budget-constrained) or ziu (unconstrained).",
              defaultValue: .word("zic"), domain: .choice(ZeroIntelligenceStrategy.allCases.reversed().map(\.word))),
        .init(key: "schedule", symbol: "schedule", summary: "Values and costs: the reference table or linear schedules between the bounds.",
              defaultValue: .word("reference"), domain: .choice(ZeroIntelligenceSchedule.allCases.map(\.rawValue))),
        .init(key: "buyers", symbol: "B", summary: "Number of buyers (linear schedule).", defaultValue: .number(6), domain: .integer(1...1000)),
        .init(key: "sellers", symbol: "S", summary: "Number of sellers (linear schedule).", defaultValue: .number(6), domain: .integer(1...1000)),
        .init(key: "units", symbol: "U", summary: "Units each trader may trade per period (linear schedule).", defaultValue: .number(4), domain: .integer(1...1000)),
        .init(key: "periods", symbol: "P", summary: "Trading periods per run; each starts from the same endowments.", defaultValue: .number(6), domain: .integer(1...1_000_000)),
        .init(key: "orders", symbol: "A", summary: "Order arrivals per period.", defaultValue: .number(1000), domain: .integer(1...100_000_000)),
        .init(key: "max_price", symbol: "p_max", summary: "Highest price tick; bids and asks lie in 1…max_price.", defaultValue: .number(200), domain: .integer(2...100_000)),
        .init(key: "clear_after_trade", symbol: "clear", summary: "1: a trade cancels all other resting orders (Gode–Sunder); 0: they rest.",
              defaultValue: .number(1), domain: .integer(0...1)),
        .init(key: "value_high", symbol: "v_high", summary: "Highest buyer value of the linear schedule.", defaultValue: .number(180), domain: .integer(1...100_000)),
        .init(key: "value_low", symbol: "v_low", summary: "Lowest buyer value of the linear schedule.", defaultValue: .number(65), domain: .integer(1...100_000)),
        .init(key: "cost_low", symbol: "c_low", summary: "Lowest seller cost of the linear schedule.", defaultValue: .number(20), domain: .integer(1...100_000)),
        .init(key: "cost_high", symbol: "c_high", summary: "Highest seller cost of the linear schedule.", defaultValue: .number(135), domain: .integer(1...100_000)),
    ]

    /// The keys that shape the linear schedule only.
    internal static let _linearKeys = ["buyers", "sellers", "units", "value_high", "value_low", "cost_low", "cost_high"]
}
