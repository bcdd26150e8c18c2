extension EvolutionaryGamesParameters {
    public static let name = "evolutionary-games"
    public static let summary =
        "A population playing Hawk–Dove, the prisoner's dilemma, the stag hunt or rock–paper–scissors, matched at random and imitating who earned more (Schlag), best-responding to the population (Gilboa–Matsui) or to what it has met (fictitious play), or the replicator equation of its continuum: evolutionarily stable mixes, takeovers and cycles."
    public static let parameterTitle = "Parameters of evolutionary-games (defaults: Hawk–Dove with V = 2, C = 3, 1000 imitating agents)"
    public static let defaultObjective = EvolutionaryGamesMetric.meanShare

    /// Every parameter, in help order.
    public static let fields: [ParameterField<Self>] = [
        .choice("game", symbol: "game", "The symmetric game played.", name: "game", isHeadline: true, \.game),
        .choice("dynamics", symbol: "dynamics",
                "Agents imitating who earned more, the replicator equation of the continuum, agents best-responding to the others' mix, or fictitious players best-responding to the partners they met.",
                name: "dynamics", isHeadline: true, \.dynamics),
        .real("value", symbol: "V", "The game's value (Hawk–Dove: the prize; donation game: the benefit; stag hunt: the stag; RPS: a win).",
              name: "value V", unit: "payoff", domain: .real(lower: 0, lowerInclusive: false, upper: 1e6, upperInclusive: true), \.value),
        .real("cost", symbol: "C", "The game's cost (Hawk–Dove: of a fight; donation game: of giving; stag hunt: the hare; RPS: a loss).",
              name: "cost C", unit: "payoff", domain: .closed(0, 1e6), \.cost),
        .integer("agents", symbol: "N", "Agents in the population (every dynamics but replicator).", name: "agents N", unit: "agents",
                 range: 2...1_000_000, \.agents),
        .real("revision", symbol: "r", "Chance that an agent revises its strategy in a step.", name: "revision r", unit: "per step",
              domain: .real(lower: 0, lowerInclusive: false, upper: 1, upperInclusive: true), \.revision),
        .real("prior", symbol: "w₀", "Weight of the initial mix in a fictitious player's belief, counted in matches (fictitious-play).",
              name: "prior weight w₀", unit: "matches", domain: .real(lower: 0, lowerInclusive: false, upper: 1e6, upperInclusive: true), \.prior),
        .real("initial", symbol: "p₀", "Initial share of strategy 1 (the others split the rest equally).", name: "initial share p₀",
              unit: "share", domain: .closed(0, 1), \.initial),
        .integer("steps", symbol: "T", "Number of steps of a run.", name: "steps T", unit: "steps", range: 1...100_000_000, \.steps),
        .integer("burn_in", symbol: "T₀", "Steps left out of the mean metrics (must be less than steps).", name: "burn-in T₀",
                 unit: "steps", range: 0...100_000_000, \.burnIn),
    ]

    /// Every game under imitation, Hawk–Dove under best responses and
    /// rock–paper–scissors under fictitious play. The replicator equation is
    /// the same in every replicate (it has no noise), so it is no reference
    /// point: those must differ between replicates; its own tests cover it.
    public static var referencePoints: [(label: String, point: Self)] {
        var points = EvolutionaryGameKind.allCases.map { game in
            var p = Self()
            p.game = game
            if game == .stagHunt { (p.value, p.cost) = (4, 3) }
            return (label: "game=\(game.rawValue)", point: p)
        }
        for (game, dynamics) in [(EvolutionaryGameKind.hawkDove, EvolutionaryDynamics.bestResponse), (.rockPaperScissors, .fictitiousPlay)] {
            var p = Self()
            (p.game, p.dynamics) = (game, dynamics)
            points.append((label: "game=\(game.rawValue),dynamics=\(dynamics.rawValue)", point: p))
        }
        return points
    }

    public func reports(_ metric: EvolutionaryGamesMetric) -> Bool {
        switch metric {
        case .restPointGap: game.restPoint(value: value, cost: cost) != nil
        case .beliefGap: dynamics == .fictitiousPlay && game.restPoint(value: value, cost: cost) != nil
        default: true
        }
    }

    public func shortened(toSteps steps: Int) -> Self {
        var p = self
        p.steps = min(p.steps, max(1, steps))
        p.burnIn = min(p.burnIn, p.steps / 2)
        return p
    }
}
