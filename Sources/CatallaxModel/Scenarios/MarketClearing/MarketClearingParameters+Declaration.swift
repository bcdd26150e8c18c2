extension MarketClearingParameters {
    public static let name = "market-clearing"
    public static let summary =
        "Noise, momentum and fundamentalist traders on one token priced by market clearing (mechanism=continuous, call or tatonnement)."
    public static let parameterTitle = "Parameters of market-clearing (defaults: the reference population, continuous double auction)"
    public static let defaultObjective = MarketClearingMetric.volatility

    /// Every parameter, in help order.
    public static let fields: [ParameterField<Self>] = {
        let population = TraderPopulationFields<Self>(population: \.population)
        return [
            .choice("mechanism", symbol: "mechanism", "How orders are cleared into trades and a price.", name: "clearing mechanism",
                    isHeadline: true, \.mechanism),
            population.agents,
            .integer("steps", symbol: "T", "Number of steps of a run.", name: "steps T", unit: "steps", range: 2...100_000_000, \.steps),
            population.activity,
            population.maxFraction,
            population.lag,
            population.momentumThreshold,
            population.valueThreshold,
            population.reactivity,
            population.beliefSpread,
            population.noiseShare,
            population.momentumShare,
            .real("b0", symbol: "B₀", "Every agent's starting cash.", name: "starting cash B₀", unit: "currency",
                  domain: .atLeast(0), \.initialBalance),
            .integer("h0", symbol: "H₀", "Every agent's starting units.", name: "starting units H₀", unit: "units",
                     range: 0...1_000_000_000, \.initialUnits),
            .real("p0", symbol: "P₀", "Starting price, a whole number of ticks.", name: "starting price P₀", unit: "currency",
                  domain: .greaterThan(0), \.initialPrice),
            .optionalReal("v0", symbol: "V₀", "Centre of the fundamentalists' beliefs (default P₀).", name: "fundamental value V₀",
                          unit: "currency", domain: .greaterThan(0), following: "P₀", \.fundamentalValue, shown: \.effectiveFundamentalValue),
            .real("tick", symbol: "δ", "Price tick: every book price is a whole number of ticks.", name: "tick δ", unit: "currency",
                  domain: .greaterThan(0), \.tickSize),
            .real("max_price", symbol: "P_max", "Highest price of the book.", name: "highest price P_max", unit: "currency",
                  domain: .greaterThan(0), \.maxPrice),
            .real("eta", symbol: "η", "Limit-price offset in log price: limits lie within P_t·e^{±η}.", name: "limit offset η",
                  unit: "log price", domain: .closed(0, 10), \.limitOffset),
            .integer("interval", symbol: "k", "Steps between two calls of the call auction.", name: "call interval k", unit: "steps",
                     range: 1...1_000_000, \.callInterval),
            .real("lambda", symbol: "λ", "Tâtonnement adjustment rate in ΔP = λ·g(D − O, S).", name: "adjustment rate λ",
                  unit: "price per unit of excess demand", domain: .greaterThan(0), \.adjustmentRate),
            .choice("adjustment", symbol: "g", "Tâtonnement response to excess demand.", name: "adjustment response g", \.adjustment),
            .real("saturation", symbol: "c", "Scale of the saturated response c·tanh(z/c), in units.", name: "saturation scale c",
                  unit: "units", domain: .greaterThan(0), \.saturationScale),
        ]
    }()

    /// Each clearing mechanism at the reference point.
    public static var referencePoints: [(label: String, point: Self)] {
        ClearingMechanism.allCases.map { mechanism in
            var p = Self()
            p.mechanism = mechanism
            return ("mechanism=\(mechanism.rawValue)", p)
        }
    }

    public func reports(_ metric: MarketClearingMetric) -> Bool { mechanism.hasBook || !metric.needsBook }

    public func shortened(toSteps steps: Int) -> Self {
        var p = self
        p.steps = min(p.steps, max(2, steps))
        return p
    }
}
