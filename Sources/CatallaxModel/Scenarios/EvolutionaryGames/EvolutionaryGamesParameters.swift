/// The parameters of one point of the `evolutionary-games` scenario: a
/// population playing a symmetric game, matched at random and imitating who
/// earned more, or the replicator equation of its continuum.
///
/// ```
/// imitation:   i meets a random other j, earns A[s_i][s_j]; with chance r it looks at a random k
///              and adopts s_k with chance (π_k − π_i)⁺/Δ
/// replicator:  p_k ← p_k·(1 + (r/Δ)(f_k − f̄)),   f_k = Σ_l A_kl p_l
/// best-response:    i meets a random j; with chance r it plays BR(n − e_{s_i}; s_i), a best response
///                   to the others' counts at the start of the step
/// fictitious-play:  i meets a random j and counts s_j (c_i,s_j += 1); with chance r it plays
///                   BR(w₀·p₀ + c_i; s_i), a best response to its belief
/// ```
///
/// ``init()`` is the reference point. See `docs/EvolutionaryGames.md`.
public struct EvolutionaryGamesParameters: ScenarioPoint {
    /// The game played.
    public var game = EvolutionaryGameKind.hawkDove
    /// How the strategies change.
    public var dynamics = EvolutionaryDynamics.imitation
    /// `V`, the game's value.
    public var value = 2.0
    /// `C`, the game's cost.
    public var cost = 3.0
    /// `N`, the agents (every dynamics but `replicator`).
    public var agents = 1000
    /// `r`, the chance an agent revises in a step.
    public var revision = 0.1
    /// `w₀`, the weight of the initial mix in a fictitious player's belief, in matches.
    public var prior = 1.0
    /// `p₀`, the initial share of strategy 1.
    public var initial = 0.5
    /// `T`, the steps of a run.
    public var steps = 1000
    /// `T₀`, the steps left out of the mean metrics.
    public var burnIn = 500

    /// The reference point.
    public init() {}

    /// The payoff matrix at `V`, `C`.
    public var payoffMatrix: SymmetricGame { game.game(value: value, cost: cost) }

    /// Agent-steps of one run: `N·T` for agents, `m·T` for the `m` shares of the replicator.
    public var agentSteps: Double {
        Double(dynamics.hasAgents ? agents : payoffMatrix.strategyCount) * Double(steps)
    }

    /// The initial shares: `p₀` for strategy 1, the rest split equally among the others.
    public var initialShares: [Double] {
        let m = payoffMatrix.strategyCount
        return [initial] + Array(repeating: (1 - initial) / Double(m - 1), count: m - 1)
    }

    /// The initial number of agents of each strategy: `round(p₀N)` of strategy 1,
    /// the rest in equal blocks (the last takes the remainder).
    public var initialCounts: [Int] {
        let m = payoffMatrix.strategyCount
        let first = Int((initial * Double(agents)).rounded())
        let each = (agents - first) / (m - 1)
        return [first] + Array(repeating: each, count: m - 2) + [agents - first - each * (m - 2)]
    }
}
