extension AlgorithmicCollusionParameters {
    public static let name = "algorithmic-collusion"
    public static let summary =
        "Q-learning firms set prices on a grid against logit demand, seeing last period's prices (Calvano et al. 2020); do they learn to collude?"
    public static let parameterTitle = "Parameters of algorithmic-collusion (defaults: the paper's baseline)"
    public static let defaultObjective = AlgorithmicCollusionMetric.profitGain
    /// Each run is scalar code per lane, so wide lanes gain nothing.
    public static var widestUsefulLanes: Int { 4 }

    /// Every parameter, in help order.
    public static let fields: [ParameterField<Self>] = [
        .real("alpha", symbol: "α", "Learning rate of the Q update.", name: "learning rate α", unit: "dimensionless",
              domain: .real(lower: 0, lowerInclusive: false, upper: 1, upperInclusive: true), \.learningRate),
        .real("beta", symbol: "β", "Exploration decay: a firm explores with probability ε_t = exp(−β·t).", name: "exploration decay β",
              unit: "per period", domain: .real(lower: 0, lowerInclusive: false, upper: 1, upperInclusive: true), \.explorationDecay),
        .integer("prices", symbol: "m", "Prices on the grid.", name: "prices m", unit: "prices", range: 2...100, \.prices),
        .integer("firms", symbol: "n", "Number of firms.", name: "firms n", unit: "firms", range: 2...4, \.firms),
        .real("xi", symbol: "ξ", "How far the grid reaches beyond the Nash and monopoly prices, in units of their gap.",
              name: "grid widening ξ", unit: "share of p_M − p_N", domain: .closed(0, 2), \.widening),
        .real("delta", symbol: "δ", "Discount factor per period.", name: "discount δ", unit: "per period",
              domain: .halfOpen(0, 1), \.discount),
        .real("mu", symbol: "μ", "Product differentiation of the logit demand.", name: "differentiation μ", unit: "money",
              domain: .real(lower: 0, lowerInclusive: false, upper: 100, upperInclusive: true), \.differentiation),
        .real("quality", symbol: "a", "Every good's quality index.", name: "quality a", unit: "money", domain: .closed(-100, 100), \.quality),
        .real("cost", symbol: "c", "Marginal cost.", name: "cost c", unit: "money", domain: .closed(-100, 100), \.cost),
        .real("outside_quality", symbol: "a₀", "The outside good's quality index.", name: "outside quality a₀", unit: "money",
              domain: .closed(-100, 100), \.outsideQuality),
        .integer("memory", symbol: "k", "Periods of past prices a firm sees (fixed at 1).", name: "memory k", unit: "periods",
                 range: 1...1, \.memory),
        .integer("convergence_window", symbol: "W", "Periods of unchanged greedy policy that end learning.",
                 name: "convergence window W", unit: "periods", range: 1...1_000_000_000, \.convergenceWindow),
        .integer("periods_per_step", symbol: "B", "Periods in one engine step.", name: "periods per step B", unit: "periods",
                 range: 1...10_000_000, \.periodsPerStep),
        .integer("steps", symbol: "T", "Engine steps; a session stops after T·B periods if it has not converged.", name: "steps T",
                 unit: "steps", range: 1...1_000_000_000, \.steps),
    ]

    /// The baseline, and the baseline run for 10⁶ periods without stopping
    /// (its declared agent-steps are exactly the work, for `catallax bench`).
    public static var referencePoints: [(label: String, point: Self)] {
        var learning = Self()
        learning.steps = 1000
        learning.convergenceWindow = 1_000_000_000
        return [("baseline", Self()), ("learning", learning)]
    }

    public func shortened(toSteps steps: Int) -> Self {
        var p = self
        p.steps = min(p.steps, max(1, steps))
        return p
    }
}
