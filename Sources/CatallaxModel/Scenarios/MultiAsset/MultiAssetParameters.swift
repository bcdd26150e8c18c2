/// The parameters of one point of the `multi-asset` scenario: `N` agents
/// with linear demands for `M` assets (cross-price effects) against a
/// linear market maker, cleared every step by one LAPACK solve.
///
/// ```
/// h*_ij(P) = κ·[(V_ij − P_j) − g·Σ_{k≠j} (V_ik − P_k)],   g = γ/(M − 1)  (0 when M = 1)
/// D(P) = a − B·P,   B = N·κ·(I − g·(J − I))
/// O(P) = c + C·P,   C = λ·N·κ·I,   c = −λ·N·κ·V₀·1
/// (B + C)·P_t = a_t − c                                 every step
/// ```
///
/// ``init()`` is the reference point. See `docs/MultiAsset.md`.
public struct MultiAssetParameters: ScenarioPoint {
    /// `M`, the number of assets.
    public var assets = 4
    /// `N`, the number of agents.
    public var agents = 1000
    /// `T`, the number of steps of a run.
    public var steps = 1000
    /// `p_act`, the probability an agent's beliefs move in a step.
    public var activity = 0.1
    /// `B₀`, every agent's starting cash.
    public var initialBalance = 100.0
    /// `V₀`, the reference value and the market maker's anchor price.
    public var referenceValue = 1.0
    /// `σ_V`, the log-normal spread of the starting beliefs.
    public var beliefSpread = 0.1
    /// `σ_ε`, the size of one belief shock in log terms.
    public var shockSize = 0.02
    /// `ρ`, the correlation of a belief shock across assets.
    public var shockCorrelation = 0.5
    /// `κ`, units demanded per unit of value gap.
    public var reactivity = 10.0
    /// `γ`, cross-substitution between assets, `0 ≤ γ < 1`.
    public var crossSubstitution = 0.3
    /// `λ`, the market maker's price slope per unit of `N·κ`.
    public var depth = 1.0
    /// `s_L`, the share of agents that learn (agents `0 … L − 1`); 0 turns learning off.
    public var learnerShare = 0.0
    /// How the learners' shared linear policy is trained.
    public var learner = LinearPolicyLearner.policyGradient
    /// `α`, the learners' step size per mean gradient.
    public var learningRate = 0.05
    /// `m`, steps of price history in the learners' features and the utility's window.
    public var memory = 5
    /// `σ`, the sd of the learners' Gaussian exploration.
    public var exploration = 0.1
    /// What the learners maximize.
    public var reward = LinearPolicyReward.profit
    /// `λ_U`, the risk aversion of the `utility` reward.
    public var varianceAversion = 1.0

    /// The reference point.
    public init() {}

    /// Agent–step pairs of one run.
    ///
    /// ```
    /// agentSteps = N · T
    /// ```
    public var agentSteps: Double { Double(agents) * Double(steps) }

    /// `L = round(s_L·N)`, the number of learning agents.
    ///
    /// ```
    /// L = ⌊s_L·N + ½⌋     (round half away from zero)
    /// ```
    public var learnerCount: Int { Int((learnerShare * Double(agents)).rounded()) }

    /// The bound `±5` of the learners' momentum z-score.
    public static let momentumClip = 5.0

    /// `F = 2 + 2M`, the learners' features: bias, momentum per asset,
    /// holdings per asset, cash.
    public var featureCount: Int { 2 + 2 * assets }

    /// `g = γ/(M − 1)`, the cross effect of one other asset; 0 when `M = 1`.
    @usableFromInline internal var _crossWeight: Double { assets > 1 ? crossSubstitution / Double(assets - 1) : 0 }

    /// `γ` as it acts: 0 when `M = 1`, where there is no other asset.
    internal var _effectiveCrossSubstitution: Double { assets > 1 ? crossSubstitution : 0 }

    /// The closed-form condition number of `A = B + C`.
    ///
    /// ```
    /// κ∞(A) = ‖A‖∞·‖A⁻¹‖∞ = (1 + λ + γ)/(1 − γ + λ)
    /// ```
    /// `A = N·κ·((1 + g + λ)I − gJ)` has positive row sums `N·κ·(1 − γ + λ)`
    /// and an entrywise positive inverse, so `‖A⁻¹‖∞ = 1/(N·κ·(1 − γ + λ))`.
    public var conditionNumber: Double {
        let gamma = _effectiveCrossSubstitution
        return (1 + depth + gamma) / (1 - gamma + depth)
    }
}
