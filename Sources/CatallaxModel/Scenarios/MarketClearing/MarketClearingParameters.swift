/// The parameters of one point of the `market-clearing` scenario
/// (`docs/MarketClearing.md`): the reference population of noise, momentum
/// and fundamentalist traders trading one token through a clearing
/// mechanism.
///
/// The defaults are the reference constants of `REFERENCE-SCENARIO.md` for
/// the population and those of `docs/MarketClearing.md` for the market.
public struct MarketClearingParameters: Sendable, Equatable {
    /// How orders are cleared.
    public var mechanism: ClearingMechanism = .continuous
    /// `N`: number of agents.
    public var agents: Int = 1000
    /// `T`: number of steps.
    public var steps: Int = 1000
    /// `p_act`: probability an agent is active in a step.
    public var activity: Double = 0.1
    /// `q_max`: the largest fraction of available cash or units one order moves.
    public var maxFraction: Double = 0.1
    /// `L`: momentum look-back in steps.
    public var lag: Int = 10
    /// `θ_m`: momentum traders act when `|ln(P_t/P_{t−L})| > θ_m`.
    public var momentumThreshold: Double = 0.01
    /// `θ_f`: fundamentalists act when `|(V_i − P_t)/V_i| > θ_f`.
    public var valueThreshold: Double = 0.02
    /// `κ`: order fraction per unit of signal.
    public var reactivity: Double = 1
    /// `σ_V`: log-normal spread of fundamentalists' beliefs around `V₀`.
    public var beliefSpread: Double = 0.1
    /// `f_noise`: share of agents that are noise traders.
    public var noiseShare: Double = 0.6
    /// `f_mom`: share of agents that are momentum traders.
    public var momentumShare: Double = 0.2
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

    /// Number of noise traders, `⌊f_noise·N + ½⌋` (the first agents by index).
    public var noiseTraders: Int { Int((noiseShare * Double(agents) + 0.5).rounded(.down)) }
    /// Number of momentum traders, `⌊f_mom·N + ½⌋` (after the noise traders).
    public var momentumTraders: Int { Int((momentumShare * Double(agents) + 0.5).rounded(.down)) }
    /// Number of fundamentalists: the rest.
    public var fundamentalists: Int { agents - noiseTraders - momentumTraders }
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
    public var priceAdjustment: PriceAdjustment {
        switch adjustment {
        case .linear: .linear
        case .relative: .relative
        case .saturated: .saturated(scale: saturationScale)
        }
    }
    /// Agent-steps of one run, `N·T`.
    public var agentSteps: Double { Double(agents) * Double(steps) }
}

/// The response `g` of a tâtonnement price to excess demand, by the word
/// users write (see ``PriceAdjustment``).
///
/// ```
/// linear: g = z,   relative: g = z/S,   saturated: g = c·tanh(z/c)
/// ```
public enum AdjustmentResponse: String, CaseIterable, Sendable {
    /// `g = z`.
    case linear
    /// `g = z/S`, `S` the total units.
    case relative
    /// `g = c·tanh(z/c)`, `c` the `saturation` parameter.
    case saturated
}
