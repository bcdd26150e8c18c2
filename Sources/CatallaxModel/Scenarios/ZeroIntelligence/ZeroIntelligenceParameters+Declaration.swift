extension ZeroIntelligenceParameters {
    public static let name = "zero-intelligence"
    public static let summary =
        "Gode–Sunder double auction: zero-intelligence traders (traders=zic or ziu) with private values and costs; allocative efficiency."
    public static let parameterTitle = "Parameters of zero-intelligence (defaults are Gode and Sunder's market)"
    public static let defaultObjective = ZeroIntelligenceMetric.efficiency

    /// Every parameter, in help order.
    public static let fields: [ParameterField<Self>] = [
        .choice("traders", symbol: "ZI", "Trader strategy: zic (budget-constrained) or ziu (unconstrained).", name: "traders",
                isHeadline: true, \.traders),
        .choice("schedule", symbol: "schedule", "Values and costs: the reference table or linear schedules between the bounds.",
                name: "schedule", isHeadline: true, \.schedule),
        .integer("buyers", symbol: "B", "Number of buyers (linear schedule).", name: "buyers B", unit: "count", range: 1...1000, \.buyers),
        .integer("sellers", symbol: "S", "Number of sellers (linear schedule).", name: "sellers S", unit: "count", range: 1...1000, \.sellers),
        .integer("units", symbol: "U", "Units each trader may trade per period (linear schedule).", name: "units U",
                 unit: "units per trader and period", range: 1...1000, \.units),
        .integer("periods", symbol: "P", "Trading periods per run; each starts from the same endowments.", name: "periods P",
                 unit: "periods", range: 1...1_000_000, \.periods),
        .integer("orders", symbol: "A", "Order arrivals per period.", name: "order arrivals A", unit: "per period",
                 range: 1...100_000_000, \.ordersPerPeriod),
        .integer("max_price", symbol: "p_max", "Highest price tick; bids and asks lie in 1…max_price.", name: "highest price p_max",
                 unit: "ticks", range: 2...100_000, \.maxPrice),
        .flag("clear_after_trade", symbol: "clear", "1: a trade cancels all other resting orders (Gode–Sunder); 0: they rest.",
              name: "book cleared after a trade", \.clearsBookAfterTrade),
        .integer("value_high", symbol: "v_high", "Highest buyer value of the linear schedule.", name: "highest value v_high",
                 unit: "ticks", range: 1...100_000, \.valueHigh),
        .integer("value_low", symbol: "v_low", "Lowest buyer value of the linear schedule.", name: "lowest value v_low",
                 unit: "ticks", range: 1...100_000, \.valueLow),
        .integer("cost_low", symbol: "c_low", "Lowest seller cost of the linear schedule.", name: "lowest cost c_low",
                 unit: "ticks", range: 1...100_000, \.costLow),
        .integer("cost_high", symbol: "c_high", "Highest seller cost of the linear schedule.", name: "highest cost c_high",
                 unit: "ticks", range: 1...100_000, \.costHigh),
    ]

    /// Each trader strategy in Gode and Sunder's market.
    public static var referencePoints: [(label: String, point: Self)] {
        ZeroIntelligenceStrategy.allCases.map { strategy in
            var p = Self()
            p.traders = strategy
            return ("traders=\(strategy.word)", p)
        }
    }

    /// Whole periods only: a period is the market's unit of trading.
    public func shortened(toSteps steps: Int) -> Self {
        var p = self
        p.periods = max(1, min(p.periods, steps / max(1, p.ordersPerPeriod)))
        return p
    }
}

extension ZeroIntelligenceStrategy: ParameterChoice {
    /// The word users write: `ziu` or `zic`.
    public var word: String {
        switch self {
        case .unconstrained: "ziu"
        case .budgetConstrained: "zic"
        }
    }

    /// `zic` first: the budget-constrained traders are the default.
    public static var words: [String] { allCases.reversed().map(\.word) }
}
