extension CobwebParameters {
    public static let name = "cobweb"
    public static let summary =
        "Firms choose quantities before the price clears linear demand (Arifovic 1994): naive or adaptive expectations against a genetic algorithm over quantities, single- or multi-population, with or without the election operator."
    public static let parameterTitle = "Parameters of cobweb (defaults: Arifovic's stable case, single-population GA with election)"
    public static let defaultObjective = CobwebMetric.priceError

    /// Every parameter, in help order.
    public static let fields: [ParameterField<Self>] = [
        .choice("expectations", symbol: "expectations", "How firms choose quantities: naive, adaptive, or a genetic algorithm (one population, or one per firm).",
                name: "expectations", isHeadline: true, \.expectations),
        .real("demand_intercept", symbol: "A", "Demand intercept: p = A − B·Σq.", name: "demand intercept A", unit: "price",
              domain: .real(lower: 0, lowerInclusive: false, upper: 1e6, upperInclusive: true), \.demandIntercept),
        .real("demand_slope", symbol: "B", "Demand slope: p = A − B·Σq.", name: "demand slope B", unit: "price per unit",
              domain: .real(lower: 0, lowerInclusive: false, upper: 1e6, upperInclusive: true), \.demandSlope),
        .real("cost_linear", symbol: "x", "Linear cost: C(q) = x·q + ½·y·m·q².", name: "linear cost x", unit: "price",
              domain: .closed(0, 1e6), \.costLinear),
        .real("cost_quadratic", symbol: "y", "Quadratic cost coefficient: C(q) = x·q + ½·y·m·q².", name: "quadratic cost y",
              unit: "price per unit", domain: .real(lower: 0, lowerInclusive: false, upper: 1e6, upperInclusive: true), \.costQuadratic),
        .integer("firms", symbol: "m", "Number of firms (the single population's size).", name: "firms m", unit: "agents",
                 range: 1...10_000, \.firms),
        .integer("strings", symbol: "n", "Strings in each firm's population (ga-multi); even.", name: "strings n", unit: "strings",
                 range: 2...1000, \.strings),
        .integer("bits", symbol: "ℓ", "Bits of a string, which decodes to a quantity in [0, A/(B·m)].", name: "bits ℓ", unit: "bits",
                 range: 2...62, \.bits),
        .real("crossover", symbol: "κ", "Chance that a pair of parents is crossed over.", name: "crossover rate κ", unit: "per pair",
              domain: .closed(0, 1), \.crossover),
        .real("mutation", symbol: "μ", "Chance that each bit of a child flips.", name: "mutation rate μ", unit: "per bit",
              domain: .closed(0, 1), \.mutation),
        .flag("election", symbol: "election", "Offspring enter only if they beat their parents at the last price (Arifovic's election operator).",
              name: "election", \.election),
        .real("adaptation", symbol: "λ", "Weight of the last price in adaptive expectations.", name: "adaptation λ", unit: "share",
              domain: .real(lower: 0, lowerInclusive: false, upper: 1, upperInclusive: true), \.adaptation),
        .real("initial_price", symbol: "p₀", "Centre of the first expected price of naive and adaptive firms.", name: "initial price p₀",
              unit: "price", domain: .closed(0, 1e6), \.initialPrice),
        .real("initial_spread", symbol: "σ₀", "The first expected price is drawn once a run, uniform in p₀·[1 − σ₀, 1 + σ₀] (0: exactly p₀).",
              name: "initial spread σ₀", unit: "share of p₀", domain: .closed(0, 1), \.initialSpread),
        .integer("steps", symbol: "T", "Periods of a run.", name: "steps T", unit: "steps", range: 1...10_000_000, \.steps),
        .integer("window", symbol: "W", "Last periods the metrics average over.", name: "window W", unit: "steps",
                 range: 1...10_000_000, \.window),
        .real("tolerance", symbol: "ε", "Relative price error |p − p*|/p* counted as converged.", name: "tolerance ε", unit: "share of p*",
              domain: .real(lower: 0, lowerInclusive: false, upper: 1, upperInclusive: true), \.tolerance),
    ]

    /// Each expectation rule at the reference constants; `ga-multi` with
    /// her six firms.
    public static var referencePoints: [(label: String, point: Self)] {
        CobwebExpectations.allCases.map { rule in
            var p = Self()
            p.expectations = rule
            if rule == .gaMulti { p.firms = 6 }
            return ("expectations=\(rule.rawValue)", p)
        }
    }

    public func reports(_ metric: CobwebMetric) -> Bool { true }

    public func shortened(toSteps steps: Int) -> Self {
        var p = self
        p.steps = min(p.steps, max(1, steps))
        p.window = min(p.window, p.steps)
        return p
    }
}
