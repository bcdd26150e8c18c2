/// The parameters of one point of the `market-clearing` scenario
/// (`docs/MarketClearing.md`): the reference population of noise, momentum
/// and fundamentalist traders trading one token through a clearing
/// mechanism.
///
/// The defaults are the reference constants of `REFERENCE-SCENARIO.md` for
/// the population and those of `docs/MarketClearing.md` for the market.
public struct MarketClearingParameters: ScenarioPoint, TradingScenario {
    /// How orders are cleared.
    public var mechanism: ClearingMechanism = .continuous
    /// The traders: `N`, `p_act`, `q_max`, `L`, `θ_m`, `θ_f`, `κ`, `σ_V`, `f_noise`, `f_mom`.
    public var population = TraderPopulation()
    /// `T`: number of steps.
    public var steps: Int = 1000
    /// `B₀`: every agent's starting cash.
    public var initialBalance: Double = 100
    /// `H₀`: every agent's starting units (a whole number).
    public var initialUnits: Int = 100
    /// `P₀`: the starting price, a whole number of ticks.
    public var initialPrice: Double = 1
    /// `V₀`: the centre of the beliefs; `nil` means `P₀`.
    public var fundamentalValue: Double? = nil
    /// `δ`: the price tick.
    public var tickSize: Double = 0.01
    /// `P_max`: the highest price of the book, `M = ⌈P_max/δ⌉` ticks.
    public var maxPrice: Double = 10
    /// `η`: limit prices lie within `P_t·e^{±η}`.
    public var limitOffset: Double = 0.02
    /// `k`: steps between two calls of the call auction.
    public var callInterval: Int = 1
    /// `λ`: the tâtonnement adjustment rate.
    public var adjustmentRate: Double = 1e-4
    /// `g`: the tâtonnement response to excess demand.
    public var adjustment: AdjustmentResponse = .linear
    /// `c`: the scale of the saturated response, in units.
    public var saturationScale: Double = 1000

    /// The reference point: every parameter at its default.
    public init() {}

    /// `V₀`, defaulting to `P₀`.
    public var effectiveFundamentalValue: Double { fundamentalValue ?? initialPrice }
    /// `M = ⌈P_max/δ⌉`: the number of price ticks of the book (prices `δ·1 … δ·M`).
    public var tickCount: Int {
        let ticks = (maxPrice / tickSize - 1e-9).rounded(.up)
        return ticks < 0x1p40 ? Int(ticks) : 1 << 40
    }
    /// `j₀ = P₀/δ` rounded to the nearest whole tick.
    public var initialTick: Int {
        let ticks = (initialPrice / tickSize).rounded()
        return ticks < 0x1p40 ? Int(ticks) : 1 << 40
    }
    /// The tâtonnement response `g` with its scale.
    public var priceAdjustment: PriceAdjustment { adjustment.priceAdjustment(saturationScale: saturationScale) }
    /// Agent-steps of one run, `N·T`.
    public var agentSteps: Double { Double(population.agents) * Double(steps) }
}
