/// The parameters of one point of the `algorithmic-collusion` scenario:
/// `n` Q-learning firms set prices on a grid of `m` every period, facing
/// logit demand, each seeing last period's prices (Calvano, Calzolari,
/// Denicolò and Pastorello 2020).
///
/// ```
/// q_i = e^{(a − p_i)/μ} / (Σ_j e^{(a − p_j)/μ} + e^{a₀/μ}),   π_i = (p_i − c)·q_i
/// Q_i(s, a_i) ← (1 − α)·Q_i(s, a_i) + α·(π_i + δ·max Q_i(s', ·)),   ε_t = e^{−βt}
/// ```
///
/// ``init()`` is the paper's baseline. See `docs/AlgorithmicCollusion.md`.
public struct AlgorithmicCollusionParameters: ScenarioPoint {
    /// `n`, the firms.
    public var firms = 2
    /// `m`, the prices on the grid.
    public var prices = 15
    /// `ξ`, how far the grid reaches beyond the Nash and monopoly prices.
    public var widening = 0.1
    /// `α`, the learning rate.
    public var learningRate = 0.15
    /// `β`, the exploration decay per period.
    public var explorationDecay = 4e-6
    /// `δ`, the discount factor per period.
    public var discount = 0.95
    /// `μ`, the product differentiation.
    public var differentiation = 0.25
    /// `a`, every good's quality index.
    public var quality = 2.0
    /// `c`, the marginal cost.
    public var cost = 1.0
    /// `a₀`, the outside good's quality index.
    public var outsideQuality = 0.0
    /// `k`, the periods of past prices a firm sees (fixed at 1).
    public var memory = 1
    /// `W`, the periods of unchanged greedy policy that end learning.
    public var convergenceWindow = 100_000
    /// `B`, the periods in one engine step.
    public var periodsPerStep = 1000
    /// `T`, the engine steps; the cap is `T·B` periods.
    public var steps = 1_000_000

    /// The paper's baseline.
    public init() {}

    /// Agent-steps of one run at the cap, `n·T·B` (a session stops earlier when it converges).
    public var agentSteps: Double { Double(firms) * Double(steps) * Double(periodsPerStep) }

    /// The agent-steps a finished session did, `n·τ` with `τ` its `periods`
    /// (it stops when it converges), or `n·T·B` if the outcome has none.
    public func agentSteps(of outcome: RunOutcome) -> Double {
        Double(firms) * (outcome[AlgorithmicCollusionMetric.periods] ?? Double(maxPeriods))
    }

    /// `T·B`, the most periods a session runs.
    public var maxPeriods: Int { steps * periodsPerStep }

    /// `mⁿ`, the states (last period's joint prices).
    public var stateCount: Int {
        var count = 1
        for _ in 0..<firms { count = count.multipliedReportingOverflow(by: prices).overflow ? Int.max : count * prices }
        return count
    }

    /// The logit demand of the point.
    public var demand: LogitDemand {
        LogitDemand(quality: quality, cost: cost, outsideQuality: outsideQuality, differentiation: differentiation)
    }
}
