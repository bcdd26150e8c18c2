/// The parameters of one point of the `learning-traders` scenario: the
/// reference trader population on a bonding curve with a share of its
/// agents replaced by learners, and the learners' intelligence (kind,
/// learning rate, memory, exploration, discount, reward).
///
/// ```
/// n_L = ⌊s_L·N + ½⌋ learners (the last agents),  n_R = N − n_L rule agents
/// n_noise = ⌊f_noise·n_R + ½⌋,  n_mom = min(n_R − n_noise, ⌊f_mom·n_R + ½⌋),  the rest fundamentalists
/// ```
///
/// ``init()`` is the default point. See `docs/LearningTraders.md`.
public struct LearningTradersParameters: CurveScenario {
    /// `s_L`, the share of learners.
    public var learnerShare = 0.5
    /// The learning rule.
    public var learner = LearnerKind.qLearning
    /// `α`, the step size.
    public var learningRate = 0.1
    /// `m`, past moves in the state.
    public var memory = 1
    /// `ε` (ε-greedy, Q-learning) or `τ` (softmax).
    public var exploration = 0.1
    /// `δ`, Q-learning's discount.
    public var discount = 0.9
    /// What learners are rewarded by.
    public var reward = LearningReward.profit
    /// `λ`, the utility's risk aversion.
    public var riskAversion = 1.0
    /// `w`, the log returns in the utility's variance.
    public var riskWindow = 20
    /// `θ_move`, the threshold of an up or down move.
    public var moveThreshold = 0.001
    /// `q_L`, a learner's big order fraction.
    public var learnerSize = 0.05
    /// How a step's orders execute.
    public var execution = LearningExecution.continuous
    /// The bonding curve and its parameters.
    public var curve = CurveFamily.linear.referenceCurve
    /// `N`, the traders.
    public var agents = 100
    /// `T`, the steps of a run.
    public var steps = 1000
    /// `p_act`, the chance a rule agent trades in a step.
    public var activity = 0.2
    /// `q_max`, a rule agent's largest order fraction.
    public var maxFraction = 0.2
    /// `f_noise`, `f_mom`: shares of the rule agents.
    public var noiseShare = 0.6, momentumShare = 0.2
    /// `L`, the momentum look-back.
    public var lag = 5
    /// `θ_m`, `θ_f`: the momentum and fundamentalist thresholds.
    public var momentumThreshold = 0.005, valueThreshold = 0.02
    /// `κ`, the reactivity.
    public var reactivity = 5.0
    /// `σ_V`, the spread of fundamentalists' beliefs.
    public var beliefSpread = 0.1
    /// `B₀`, `H₀`: each agent's starting cash and tokens.
    public var initialCash = 500.0, initialTokens = 500.0
    /// `S₀`, the starting supply.
    public var initialSupply = 100_000.0
    /// `φ`, the fee.
    public var fee = 0.003

    /// The default point.
    public init() {}

    /// `n_L = ⌊s_L·N + ½⌋`.
    public var learners: Int { Int((learnerShare * Double(agents) + 0.5).rounded(.down)) }
    /// `n_R = N − n_L`.
    public var ruleAgents: Int { agents - learners }
    /// `n_noise = ⌊f_noise·n_R + ½⌋`.
    public var noiseTraders: Int { Int((noiseShare * Double(ruleAgents) + 0.5).rounded(.down)) }
    /// `n_mom = min(n_R − n_noise, ⌊f_mom·n_R + ½⌋)`.
    public var momentumTraders: Int {
        Swift.min(ruleAgents - noiseTraders, Int((momentumShare * Double(ruleAgents) + 0.5).rounded(.down)))
    }
    /// `n_R − n_noise − n_mom`.
    public var fundamentalists: Int { ruleAgents - noiseTraders - momentumTraders }
    /// `H_passive = S₀ − N·H₀`.
    public var passiveTokens: Double { initialSupply - Double(agents) * initialTokens }
    /// Agent-steps of one run, `N·T`.
    public var agentSteps: Double { Double(agents) * Double(steps) }
    /// The state discretizer of this point.
    public var discretizer: MarketStateDiscretizer { MarketStateDiscretizer(memory: memory, threshold: moveThreshold) }
    /// The ring of recent prices: `max(L, m) + 1` entries.
    public var historyLength: Int { Swift.max(lag, memory) + 1 }
}
