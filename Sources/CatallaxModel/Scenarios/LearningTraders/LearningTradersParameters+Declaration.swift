extension LearningTradersParameters {
    public static let name = "learning-traders"
    public static let summary =
        "Noise, momentum and fundamentalist traders on a bonding curve with a share of learners (epsilon-greedy or softmax bandits, Q-learning) over the price trend, their holdings and last action; the intelligence axis (share, learning rate, memory, exploration) against volatility, mispricing and drawdown, continuous or call-auction execution."
    public static let parameterTitle = "Parameters of learning-traders (defaults: half the agents Q-learning on the reference linear curve, continuous execution)"
    public static let defaultObjective = LearningTradersMetric.volatility

    /// Every parameter but the curve family's own, in help order.
    public static let fields: [ParameterField<Self>] = [
        .real("learner_share", symbol: "s_L", "Share of the agents that learn; the rest keep the rule types.", name: "learner share s_L",
              unit: "share", domain: .closed(0, 1), \.learnerShare),
        .choice("learner", symbol: "learner", "The learning rule: epsilon_greedy, softmax or q_learning.", name: "learner", isHeadline: true,
                \.learner),
        .real("learning_rate", symbol: "α", "Step size of the value update.", name: "learning rate α", unit: "per decision",
              domain: .closed(0, 1), \.learningRate),
        .integer("memory", symbol: "m", "Past price moves in a learner's state.", name: "memory m", unit: "moves", range: 1...3, \.memory),
        .real("exploration", symbol: "ε|τ", "epsilon_greedy, q_learning: chance ε of a random action (≤ 1); softmax: temperature τ (0: greedy).",
              name: "exploration ε or τ", unit: "probability or reward units", domain: .atLeast(0), \.exploration),
        .real("discount", symbol: "δ", "Q-learning's discount per decision.", name: "discount δ", unit: "per decision", domain: .halfOpen(0, 1),
              \.discount),
        .choice("reward", symbol: "reward", "What learners are rewarded by: profit (wealth change) or utility (minus λ·(H·P)²·σ²).",
                name: "reward", \.reward),
        .real("risk_aversion", symbol: "λ", "Weight of the position's variance in the utility.", name: "risk aversion λ", unit: "per currency",
              domain: .atLeast(0), \.riskAversion),
        .integer("risk_window", symbol: "w", "Log returns in the utility's variance.", name: "risk window w", unit: "steps", range: 2...1000,
                 \.riskWindow),
        .real("move_threshold", symbol: "θ_move", "A price move is up (down) beyond +θ_move (−θ_move) in log.", name: "move threshold θ_move",
              unit: "log price", domain: .atLeast(0), \.moveThreshold),
        .real("learner_size", symbol: "q_L", "A learner's big order, as a share of cash (buy) or tokens (sell); a small one is half.",
              name: "learner order q_L", unit: "share", domain: .real(lower: 0, lowerInclusive: false, upper: 1, upperInclusive: true),
              \.learnerSize),
        .choice("execution", symbol: "execution", "How a step's orders execute: continuous or call_auction.", name: "execution", isHeadline: true,
                \.execution),
        .choice("curve", symbol: "f", "Bonding-curve family of the price function.", name: "curve family", \.curveFamily),
        .integer("agents", symbol: "N", "Traders.", name: "agents N", unit: "agents", range: 1...100_000, \.agents),
        .integer("steps", symbol: "T", "Number of steps of a run.", name: "steps T", unit: "steps", range: 2...100_000_000, \.steps),
        .real("activity", symbol: "p_act", "Chance that a rule agent trades in a step.", name: "activity p_act", unit: "per step",
              domain: .closed(0, 1), \.activity),
        .real("q_max", symbol: "q_max", "A rule agent's largest order, as a share of cash (buy) or tokens (sell).", name: "largest order q_max",
              unit: "share", domain: .real(lower: 0, lowerInclusive: false, upper: 1, upperInclusive: true), \.maxFraction),
        .real("noise_share", symbol: "f_noise", "Share of the rule agents that are noise traders.", name: "noise share f_noise", unit: "share",
              domain: .closed(0, 1), \.noiseShare),
        .real("momentum_share", symbol: "f_mom", "Share of the rule agents that follow trends; the rest are fundamentalists.",
              name: "momentum share f_mom", unit: "share", domain: .closed(0, 1), \.momentumShare),
        .integer("lag", symbol: "L", "Momentum look-back.", name: "look-back L", unit: "steps", range: 1...1000, \.lag),
        .real("theta_m", symbol: "θ_m", "Momentum threshold on ln(P_t/P_{t−L}).", name: "momentum threshold θ_m", unit: "log price",
              domain: .atLeast(0), \.momentumThreshold),
        .real("theta_f", symbol: "θ_f", "Fundamentalist threshold on (V_i − P)/V_i.", name: "value threshold θ_f", unit: "share",
              domain: .atLeast(0), \.valueThreshold),
        .real("kappa", symbol: "κ", "Reactivity: fraction min(q_max, κ·|signal|).", name: "reactivity κ", unit: "per signal",
              domain: .atLeast(0), \.reactivity),
        .real("sigma_v", symbol: "σ_V", "Spread of fundamentalists' beliefs V_i = V₀·exp(σ_V·z).", name: "belief spread σ_V", unit: "log",
              domain: .closed(0, 10), \.beliefSpread),
        .real("b0", symbol: "B₀", "Each agent's starting cash.", name: "cash B₀", unit: "currency", domain: .closed(0, 1e12), \.initialCash),
        .real("h0", symbol: "H₀", "Each agent's starting tokens.", name: "tokens H₀", unit: "tokens", domain: .closed(0, 1e12), \.initialTokens),
        .real("s_init", symbol: "S₀", "Starting supply; what the agents do not hold sits with passive holders.", name: "starting supply S₀",
              unit: "tokens", domain: .real(lower: 0, lowerInclusive: false, upper: 1e15, upperInclusive: true), \.initialSupply),
        .real("fee", symbol: "φ", "Fee on a trade's value, on top of a buy and out of a sell's refund, into the treasury.", name: "fee φ",
              unit: "share of value", domain: .halfOpen(0, 1), \.fee),
    ]

    /// The rule-only economy and each learner at the default share, short runs.
    public static var referencePoints: [(label: String, point: Self)] {
        var none = Self()
        none.learnerShare = 0
        none.steps = 300
        return [("learner_share=0", none)] + LearnerKind.allCases.map { kind in
            var p = Self()
            p.learner = kind
            p.steps = 300
            return ("learner=\(kind.rawValue)", p)
        }
    }

    public func reports(_ metric: LearningTradersMetric) -> Bool {
        switch metric {
        case .learnerProfit, .learnerWealthShare, .policyEntropy, .learnerTradeShare: learners > 0
        case .ruleProfit: ruleAgents > 0
        default: true
        }
    }

    public func shortened(toSteps steps: Int) -> Self {
        var p = self
        p.steps = min(p.steps, max(2, steps))
        return p
    }
}
