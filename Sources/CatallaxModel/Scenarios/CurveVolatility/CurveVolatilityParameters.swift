/// The parameters of one point of the `curve-volatility` scenario
/// (`REFERENCE-SCENARIO.md`): a bonding curve, the reference population of
/// noise, momentum and fundamentalist traders, and an optional supply shock.
///
/// The defaults are the specification's reference constants; each
/// parameter's key, symbol, meaning, unit and domain are declared once in
/// `CurveVolatilityParameters+Declaration.swift`.
public struct CurveVolatilityParameters: CurvePricedPoint, TradingScenario {
    /// The bonding curve and its parameters.
    public var curve: CurveChoice
    /// The traders: `N`, `p_act`, `q_max`, `L`, `θ_m`, `θ_f`, `κ`, `σ_V`, `f_noise`, `f_mom`.
    public var population = TraderPopulation()
    /// `T`: number of steps.
    public var steps: Int = 1000
    /// `φ`: fee rate on every buy deposit and sell refund, paid to the treasury.
    public var feeRate: Double = 0.003
    /// `B₀`: every agent's starting currency.
    public var initialBalance: Double = 100
    /// `S_init`: starting supply.
    public var initialSupply: Double = 100_000
    /// Share of the initial supply held outside the agents and sold at
    /// ``shockStep``; 0 turns the shock off.
    public var shock: Double = 0
    /// `t_shock`: the step of the shock sale; `nil` means `T/2`.
    public var shockStep: Int? = nil

    /// The reference constants with the given curve.
    public init(curve: CurveChoice) {
        self.curve = curve
    }

    /// The reference point: the linear reference curve and the reference constants.
    public init() {
        self.init(curve: CurveFamily.linear.referenceCurve)
    }

    /// The reference point of a family: its reference curve parameters and
    /// the reference constants.
    public static func reference(_ family: CurveFamily) -> Self {
        Self(curve: family.referenceCurve)
    }

    /// The curve's family; setting it puts that family's reference curve in place.
    public var curveFamily: CurveFamily {
        get { curve.family }
        set { if newValue != curve.family { curve = newValue.referenceCurve } }
    }

    /// The step of the shock sale, `t_shock` (default `⌊T/2⌋`).
    public var effectiveShockStep: Int { shockStep ?? steps / 2 }
    /// Agent-steps of one run, `N·T`.
    public var agentSteps: Double { Double(population.agents) * Double(steps) }
}
