extension MultiAssetParameters {
    public static let name = "multi-asset"
    /// Each lane solves its own M × M system with scalar LAPACK calls, so 8
    /// lanes only add register pressure: 1.6× slower than 4 at M = 4
    /// (docs/PERFORMANCE.md).
    public static let widestUsefulLanes = 4
    public static let summary =
        "M assets with linear demand and supply and cross-price effects, cleared every step by one linear solve (LAPACK)."
    public static let parameterTitle = "Parameters of multi-asset"
    public static let defaultObjective = MultiAssetMetric.volatility

    /// Every parameter, in help order.
    public static let fields: [ParameterField<Self>] = [
        .integer("assets", symbol: "M", "Number of assets.", name: "assets M", unit: "count", range: 1...64, isHeadline: true, \.assets),
        .integer("agents", symbol: "N", "Number of agents.", name: "agents N", unit: "count", range: 1...1_000_000, \.agents),
        .integer("steps", symbol: "T", "Number of steps of a run.", name: "steps T", unit: "steps", range: 2...100_000_000, \.steps),
        .real("p_act", symbol: "p_act", "Probability an agent's beliefs move in a step.", name: "activity p_act",
              unit: "probability per step", domain: .closed(0, 1), \.activity),
        .real("b0", symbol: "B₀", "Every agent's starting cash.", name: "starting cash B₀", unit: "currency",
              domain: .atLeast(0), \.initialBalance),
        .real("v0", symbol: "V₀", "Reference value; the market maker's anchor price.", name: "reference value V₀", unit: "currency",
              domain: .greaterThan(0), \.referenceValue),
        .real("sigma_v", symbol: "σ_V", "Log-normal spread of the starting beliefs.", name: "belief spread σ_V", unit: "log price",
              domain: .closed(0, 10), \.beliefSpread),
        .real("sigma_eps", symbol: "σ_ε", "Size of one belief shock (log).", name: "belief shock σ_ε", unit: "log price",
              domain: .closed(0, 10), \.shockSize),
        .real("rho_belief", symbol: "ρ", "Correlation of a belief shock across assets (one factor).", name: "shock correlation ρ",
              unit: "correlation", domain: .closed(0, 1), \.shockCorrelation),
        .real("kappa", symbol: "κ", "Units demanded per unit of value gap.", name: "reactivity κ", unit: "units per currency of gap",
              domain: .greaterThan(0), \.reactivity),
        .real("gamma", symbol: "γ", "Cross-substitution between assets (ignored when M = 1).", name: "cross-substitution γ",
              unit: "dimensionless", domain: .halfOpen(0, 1), \.crossSubstitution),
        .real("depth", symbol: "λ", "Market maker's price slope per unit of the agents' N·κ.", name: "market-maker depth λ",
              unit: "relative to N·κ", domain: .greaterThan(0), \.depth),
        .real("learner_share", symbol: "s_L", "Share of the agents that learn a linear policy instead of following beliefs (0: none).",
              name: "learner share s_L", unit: "fraction of agents", domain: .closed(0, 1), \.learnerShare),
        .choice("learner", symbol: "learner", "How the learners' shared linear policy is trained: REINFORCE or antithetic evolution strategies.",
                name: "learner", \.learner),
        .real("learning_rate", symbol: "α", "The learners' step size per mean gradient.", name: "learning rate α",
              unit: "per update", domain: .closed(0, 10), \.learningRate),
        .integer("memory", symbol: "m", "Steps of price history in the learners' momentum feature and the utility's variance window.",
                 name: "memory m", unit: "steps", range: 1...1000, \.memory),
        .real("exploration", symbol: "σ", "Standard deviation of the learners' Gaussian exploration.", name: "exploration σ",
              unit: "action units", domain: .real(lower: 0, lowerInclusive: false, upper: 10, upperInclusive: true), \.exploration),
        .choice("reward", symbol: "reward", "What learners maximize: the change of wealth, or wealth less variance of the held positions.",
                name: "reward", \.reward),
        .real("lambda_var", symbol: "λ_U", "Risk aversion of the utility reward (ignored under profit).", name: "variance aversion λ_U",
              unit: "per currency", domain: .atLeast(0), \.varianceAversion),
    ]

    /// A small and a larger market, and the small one with half its agents
    /// learning by either rule (the learning overhead in `catallax bench`).
    public static var referencePoints: [(label: String, point: Self)] {
        let markets = [4, 16].map { assets in
            var p = Self()
            p.assets = assets
            return ("assets=\(assets)", p)
        }
        let learning = LinearPolicyLearner.allCases.map { learner in
            var p = Self()
            p.learnerShare = 0.5
            p.learner = learner
            return ("assets=4 learner_share=0.5 learner=\(learner.word)", p)
        }
        return markets + learning
    }

    public func reports(_ metric: MultiAssetMetric) -> Bool {
        switch metric {
        case .returnCorrelation: assets > 1
        case .learnerProfit, .beliefProfit, .learnerWealthShare, .policyNorm: learnerShare > 0
        default: true
        }
    }

    public func shortened(toSteps steps: Int) -> Self {
        var p = self
        p.steps = min(p.steps, max(2, steps))
        return p
    }
}
