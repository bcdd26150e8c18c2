/// The parameters of one point of the `heterogeneous-beliefs` scenario: the
/// adaptive belief system of Brock and Hommes (1998), costly fundamentalists
/// against trend followers who switch by a logit of past profits.
///
/// ```
/// x_t = ñ_t·(g·x_{t−1} + b)/R + σ_ε·ε_t                        deviation from the fundamental price
/// n_t = 1/(1 + exp(−β·D_{t−1}))                                 trend followers' share (ñ_t = n_t, or k_t/N)
/// D_{t−1} = (x_{t−1} − R·x_{t−2})·(g·x_{t−3} + b) + C + η·D_{t−2}
/// ```
///
/// ``init()`` is the reference point. See `docs/HeterogeneousBeliefs.md`.
public struct HeterogeneousBeliefsParameters: ScenarioPoint {
    /// `β`, the intensity of choice.
    public var beta = 4.0
    /// `r`, the risk-free rate; `R = 1 + r`.
    public var interest = 0.1
    /// `g`, the trend followers' extrapolation.
    public var trend = 1.2
    /// `b`, the trend followers' bias.
    public var bias = 0.0
    /// `C`, the fundamentalists' information cost a step.
    public var cost = 1.0
    /// `η`, the weight of past fitness.
    public var memory = 0.0
    /// `σ_ε`, the standard deviation of the supply shock.
    public var noise = 0.0
    /// `s`, the half-width of the uniform starting deviations.
    public var start = 0.1
    /// `N`, the agents choosing a rule (0: the continuum).
    public var agents = 0
    /// `p*`, the fundamental price.
    public var fundamental = 100.0
    /// `T`, the steps of a run.
    public var steps = 2000
    /// `T₀`, the steps left out of the metrics.
    public var burnIn = 1000

    /// The reference point.
    public init() {}

    /// `R = 1 + r`, the gross risk-free return.
    public var grossReturn: Double { 1 + interest }

    /// Agent-steps of one run, `max(N, 2)·T`: the continuum's two types count as two agents.
    public var agentSteps: Double { Double(max(agents, 2)) * Double(steps) }
}
