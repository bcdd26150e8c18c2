extension CurveVolatilityParameters {
    public static let name = "curve-volatility"
    public static let summary = "Noise, momentum and fundamentalist traders on one bonding curve (REFERENCE-SCENARIO.md)."
    public static let parameterTitle = "Parameters of curve-volatility (--set key=value; defaults are the reference constants)"
    public static let defaultObjective = CurveVolatilityMetric.volatility

    /// The curve's price growth over the supply's doubling, `f(2·S_init)/f(S_init)`:
    /// what early holders gain on paper as the supply doubles, the design
    /// property a curve designer bounds from below (a flat curve, trivially
    /// calm, has growth 1).
    public static let designQuantities = [
        DesignQuantity<Self>(name: "price_growth", summary: "price growth f(2·S_init)/f(S_init) of the curve as the supply doubles") {
            $0.curve.price(atSupply: 2 * $0.initialSupply) / $0.curve.price(atSupply: $0.initialSupply)
        },
    ]

    /// The parameters every curve shares, in help order; each family's own
    /// are in ``families``.
    public static let fields: [ParameterField<Self>] = {
        let population = TraderPopulationFields<Self>(population: \.population)
        return [
            .choice("curve", symbol: "f", "Bonding-curve family of the price function.", name: "curve family",
                    isHeadline: true, \.curveFamily),
            population.agents,
            .integer("steps", symbol: "T", "Number of steps of a run.", name: "steps T", unit: "steps", range: 2...100_000_000, \.steps),
            population.activity,
            population.maxFraction,
            .real("fee", symbol: "φ", "Fee rate on buy deposits and sell refunds, paid to the treasury.", name: "fee φ",
                  unit: "fraction of trade value", domain: .halfOpen(0, 1), display: .percent, \.feeRate),
            population.lag,
            population.momentumThreshold,
            population.valueThreshold,
            population.reactivity,
            population.beliefSpread,
            .real("b0", symbol: "B₀", "Every agent's starting currency.", name: "starting balance B₀", unit: "currency",
                  domain: .atLeast(0), \.initialBalance),
            .real("s_init", symbol: "S_init", "Starting token supply.", name: "starting supply S_init", unit: "tokens",
                  domain: .greaterThan(0), \.initialSupply),
            population.noiseShare,
            population.momentumShare,
            .real("shock", symbol: "shock", "Share of the initial supply sold at once at t_shock (0: no shock).", name: "shock size",
                  unit: "fraction of supply", domain: .halfOpen(0, 1), \.shock),
            .optionalInteger("t_shock", symbol: "t_shock", "Step of the shock sale (default T/2).", name: "shock step t_shock",
                             unit: "step", range: 0...100_000_000, following: "T/2", \.shockStep, shown: \.effectiveShockStep),
        ]
    }()

    /// The curve families, each with its own parameters, and the rule that
    /// anchors their level at `f(s_init) = p`.
    public static let families: ParameterFamilies? = ParameterFamilies(
        key: "curve", mainAxisName: "steepness", members: CurveFamily.allCases.map(\.declaration),
        levelRule: CurveFamily.unitPriceRule)

    /// Each curve family at the reference constants.
    public static var referencePoints: [(label: String, point: Self)] {
        CurveFamily.allCases.map { ("curve=\($0.rawValue)", .reference($0)) }
    }

    public func reports(_ metric: CurveVolatilityMetric) -> Bool { shock > 0 || !metric.needsShock }

    public func shortened(toSteps steps: Int) -> Self {
        var p = self
        p.steps = min(p.steps, steps)
        if let step = p.shockStep, step >= p.steps { p.shockStep = p.steps / 2 }
        return p
    }
}
