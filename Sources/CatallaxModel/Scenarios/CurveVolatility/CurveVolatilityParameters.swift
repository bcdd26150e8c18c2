#if canImport(Glibc)
import Glibc
#endif

/// The parameters of one point of the `curve-volatility` scenario
/// (`REFERENCE-SCENARIO.md`): a bonding curve, a population of noise,
/// momentum and fundamentalist traders, and an optional supply shock.
///
/// The defaults are the specification's reference constants.
public struct CurveVolatilityParameters: Sendable, Equatable {
    /// The bonding curve and its parameters.
    public var curve: CurveChoice
    /// `N`: number of agents.
    public var agents: Int = 1000
    /// `T`: number of steps.
    public var steps: Int = 1000
    /// `p_act`: probability an agent is active in a step.
    public var activity: Double = 0.1
    /// `q_max`: the largest fraction of balance or holdings one order moves.
    public var maxFraction: Double = 0.1
    /// `φ`: fee rate on every buy deposit and sell refund, paid to the treasury.
    public var feeRate: Double = 0.003
    /// `L`: momentum look-back in steps.
    public var lag: Int = 10
    /// `θ_m`: momentum traders act when `|ln(P_t/P_{t−L})| > θ_m`.
    public var momentumThreshold: Double = 0.01
    /// `θ_f`: fundamentalists act when `|(V_i − P_t)/V_i| > θ_f`.
    public var valueThreshold: Double = 0.02
    /// `κ`: order fraction per unit of signal.
    public var reactivity: Double = 1
    /// `σ_V`: log-normal spread of fundamentalists' beliefs around `f(S_init)`.
    public var beliefSpread: Double = 0.1
    /// `B₀`: every agent's starting currency.
    public var initialBalance: Double = 100
    /// `S_init`: starting supply.
    public var initialSupply: Double = 100_000
    /// `f_noise`: share of agents that are noise traders.
    public var noiseShare: Double = 0.6
    /// `f_mom`: share of agents that are momentum traders.
    public var momentumShare: Double = 0.2
    /// Share of the initial supply held outside the agents and sold at
    /// ``shockStep``; 0 turns the shock off.
    public var shock: Double = 0
    /// `t_shock`: the step of the shock sale; `nil` means `T/2`.
    public var shockStep: Int? = nil

    /// The reference constants with the given curve.
    public init(curve: CurveChoice) {
        self.curve = curve
    }

    /// The reference point of a family: its reference curve parameters and
    /// the reference constants.
    public static func reference(_ family: CurveFamily) -> Self {
        Self(curve: CurveVolatilityParameters.referenceCurve(family))
    }

    /// Number of noise traders, `⌊f_noise·N + ½⌋` (the first agents by index).
    public var noiseTraders: Int { Int((noiseShare * Double(agents) + 0.5).rounded(.down)) }
    /// Number of momentum traders, `⌊f_mom·N + ½⌋` (after the noise traders).
    public var momentumTraders: Int { Int((momentumShare * Double(agents) + 0.5).rounded(.down)) }
    /// Number of fundamentalists: the rest.
    public var fundamentalists: Int { agents - noiseTraders - momentumTraders }
    /// The step of the shock sale, `t_shock` (default `⌊T/2⌋`).
    public var effectiveShockStep: Int { shockStep ?? steps / 2 }
    /// Agent-steps of one run, `N·T`.
    public var agentSteps: Double { Double(agents) * Double(steps) }
}
