/// The symmetric games of the `evolutionary-games` scenario, each by its
/// value `V` and cost `C` (`docs/EvolutionaryGames.md`, "Games").
///
/// ```
/// hawk-dove:            [[(V − C)/2, V], [0, V/2]]                  ESS hawk share V/C (V < C)
/// prisoners-dilemma:    [[V − C, −C], [V, 0]]                       defection dominates (C > 0)
/// stag-hunt:            [[V, 0], [C, C]]                            unstable mix C/V
/// rock-paper-scissors:  [[0, −C, V], [V, 0, −C], [−C, V, 0]]        (⅓, ⅓, ⅓), attracting iff V > C
/// ```
public enum EvolutionaryGameKind: String, CaseIterable, Sendable, ParameterChoice {
    case hawkDove = "hawk-dove"
    case prisonersDilemma = "prisoners-dilemma"
    case stagHunt = "stag-hunt"
    case rockPaperScissors = "rock-paper-scissors"

    /// The game's payoff matrix at value `V` and cost `C`.
    public func game(value v: Double, cost c: Double) -> SymmetricGame {
        switch self {
        case .hawkDove: SymmetricGame(rows: [[(v - c) / 2, v], [0, v / 2]])
        case .prisonersDilemma: SymmetricGame(rows: [[v - c, -c], [v, 0]])
        case .stagHunt: SymmetricGame(rows: [[v, 0], [c, c]])
        case .rockPaperScissors: SymmetricGame(rows: [[0, -c, v], [v, 0, -c], [-c, v, 0]])
        }
    }

    /// The interior rest point `p*` (all shares), if the game has one at `V`, `C`:
    /// `(V/C, 1 − V/C)` for Hawk–Dove with `V < C`, `(C/V, 1 − C/V)` for the
    /// stag hunt, thirds for rock–paper–scissors, none for the prisoner's dilemma.
    public func restPoint(value v: Double, cost c: Double) -> [Double]? {
        switch self {
        case .hawkDove: v < c ? [v / c, 1 - v / c] : nil
        case .prisonersDilemma: nil
        case .stagHunt: [c / v, 1 - c / v]
        case .rockPaperScissors: [1.0 / 3, 1.0 / 3, 1.0 / 3]
        }
    }
}

/// How the population's strategies change.
public enum EvolutionaryDynamics: String, CaseIterable, Sendable, ParameterChoice {
    /// `N` agents matched at random, imitating who earned more (Schlag's proportional imitation).
    case imitation
    /// The replicator equation of the continuum at rate `r/Δ`, the imitation's mean dynamics.
    case replicator
    /// `N` agents each revising, with chance `r`, to a best response to the others' mix (Gilboa–Matsui).
    case bestResponse = "best-response"
    /// `N` agents each best-responding to the empirical frequency of the partners it met (Brown, Robinson).
    case fictitiousPlay = "fictitious-play"

    /// Whether the dynamics moves `N` agents (every one but the replicator equation).
    public var hasAgents: Bool { self != .replicator }
}
