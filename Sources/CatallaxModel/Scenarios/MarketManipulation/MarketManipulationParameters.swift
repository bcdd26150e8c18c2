/// The parameters of one point of the `market-manipulation` scenario: `N`
/// victims (noise traders and trend followers) on a bonding curve, an
/// attack, and the defences (fee, order cap, execution policy).
///
/// ```
/// victim buy:   q = u·B_i / P_t tokens,  sell: q = u·H_i,   u ~ U(0, q_max) (noise) or min(q_max, κ·|ln(P_t/P_{t−L})|) (trend)
/// order cap:    q ← min(q, c)
/// ```
///
/// ``init()`` is the default point. See `docs/MarketManipulation.md`.
public struct MarketManipulationParameters: CurveScenario {
    /// The attack.
    public var attack = AttackKind.sandwich
    /// How a step's orders execute.
    public var execution = ExecutionPolicy.continuous
    /// The bonding curve and its parameters.
    public var curve = CurveFamily.linear.referenceCurve
    /// `N`, the victims.
    public var victims = 100
    /// `T`, the steps of a run.
    public var steps = 500
    /// `p_act`, the chance a victim trades in a step.
    public var activity = 0.2
    /// `q_max`, the largest order as a share of cash or tokens.
    public var maxFraction = 0.2
    /// `f_mom`, the share of trend followers.
    public var trendShare = 0.3
    /// `L`, the trend look-back.
    public var lag = 5
    /// `θ_m`, the trend threshold.
    public var trendThreshold = 0.005
    /// `κ`, the trend reactivity.
    public var reactivity = 5.0
    /// `B₀`, each victim's starting cash.
    public var initialCash = 500.0
    /// `H₀`, each victim's starting tokens.
    public var initialTokens = 500.0
    /// `S₀`, the starting supply.
    public var initialSupply = 100_000.0
    /// `φ`, the fee on a trade's value.
    public var fee = 0.0
    /// `c`, the cap on an order's tokens (`0`: none).
    public var maxOrder = 0.0
    /// `k`, the pump-and-dump traders.
    public var attackers = 3
    /// `A₀`, each attacker's starting cash.
    public var attackerCash = 100_000.0
    /// `H_A`, each attacker's starting tokens.
    public var attackerTokens = 10_000.0
    /// How the sandwicher sizes its front-run.
    public var frontRun = FrontRunRule.fixed
    /// `a`: front-run tokens, tokens accumulated per cycle, or tokens per wash round trip.
    public var attackSize = 2000.0
    /// `ρ`, front-run tokens per victim token.
    public var frontRunRatio = 10.0
    /// `a_p`, tokens bought per pump step.
    public var pumpSize = 1000.0
    /// `W_a`, `W_p`, `W_d`.
    public var accumulateSteps = 20, pumpSteps = 3, dumpSteps = 5
    /// `r`, the volume reward per unit of traded value.
    public var rewardRate = 0.0

    /// The default point.
    public init() {}

    /// `c` in effect: the cap, or `+∞` for `max_order = 0`.
    public var orderCap: Double { maxOrder > 0 ? maxOrder : .infinity }

    /// The attacker accounts: `k` for the pump-and-dump attacks, one otherwise.
    public var attackerAccounts: Int { attack.pumps ? attackers : 1 }

    /// `n_mom = ⌊f_mom·N + ½⌋`, the trend followers (the last victims).
    public var trendFollowers: Int { Int((trendShare * Double(victims) + 0.5).rounded(.down)) }

    /// Agent-steps of one run, `(N + k)·T` (the counterfactual market is not counted).
    public var agentSteps: Double { Double(victims + attackerAccounts) * Double(steps) }

    /// The sandwicher of this point.
    public var sandwicher: Sandwicher { Sandwicher(rule: frontRun, size: attackSize, ratio: frontRunRatio) }

    /// The pump-and-dump schedule of this point.
    public var pumpAndDump: PumpAndDump {
        PumpAndDump(accumulation: attackSize, pumpSize: pumpSize, accumulateSteps: accumulateSteps, pumpSteps: pumpSteps, dumpSteps: dumpSteps)
    }

    /// `H_passive = S₀ − N·H₀ − k·H_A`, the tokens nobody trades.
    public var passiveTokens: Double { initialSupply - Double(victims) * initialTokens - Double(attackerAccounts) * attackerTokens }
}
