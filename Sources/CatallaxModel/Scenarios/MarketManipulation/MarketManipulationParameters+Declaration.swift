extension MarketManipulationParameters {
    public static let name = "market-manipulation"
    public static let summary =
        "Victim traders on a bonding curve against a sandwicher, pump-and-dump traders, a wash trader or a cartel, under fees, order caps and continuous, call-auction, random-order or commit-reveal execution; each run carries its attack-free counterfactual."
    public static let parameterTitle = "Parameters of market-manipulation (defaults: a sandwich on the reference linear curve, continuous execution)"
    public static let defaultObjective = MarketManipulationMetric.victimLoss

    /// Every parameter but the curve family's own, in help order.
    public static let fields: [ParameterField<Self>] = [
        .choice("attack", symbol: "attack", "The attack: none, sandwich, pump_and_dump, wash_trading or cartel.", name: "attack",
                isHeadline: true, \.attack),
        .choice("execution", symbol: "execution", "How a step's orders execute (a defence).", name: "execution", isHeadline: true, \.execution),
        .choice("curve", symbol: "f", "Bonding-curve family of the price function.", name: "curve family", isHeadline: true, \.curveFamily),
        .integer("victims", symbol: "N", "Victim traders.", name: "victims N", unit: "agents", range: 1...100_000, \.victims),
        .integer("steps", symbol: "T", "Number of steps of a run.", name: "steps T", unit: "steps", range: 2...100_000_000, \.steps),
        .real("activity", symbol: "p_act", "Chance that a victim trades in a step.", name: "activity p_act", unit: "per step",
              domain: .closed(0, 1), \.activity),
        .real("q_max", symbol: "q_max", "Largest order, as a share of cash (buy) or tokens (sell).", name: "largest order q_max",
              unit: "share", domain: .real(lower: 0, lowerInclusive: false, upper: 1, upperInclusive: true), \.maxFraction),
        .real("trend_share", symbol: "f_mom", "Share of victims that follow trends; the rest are noise traders.", name: "trend share f_mom",
              unit: "share", domain: .closed(0, 1), \.trendShare),
        .integer("lag", symbol: "L", "Trend look-back.", name: "look-back L", unit: "steps", range: 1...1000, \.lag),
        .real("theta_m", symbol: "θ_m", "Trend threshold on ln(P_t/P_{t−L}).", name: "trend threshold θ_m", unit: "log price",
              domain: .atLeast(0), \.trendThreshold),
        .real("kappa", symbol: "κ", "Trend reactivity: fraction min(q_max, κ·|m|).", name: "reactivity κ", unit: "per log price",
              domain: .atLeast(0), \.reactivity),
        .real("b0", symbol: "B₀", "Each victim's starting cash.", name: "victim cash B₀", unit: "currency", domain: .closed(0, 1e12), \.initialCash),
        .real("h0", symbol: "H₀", "Each victim's starting tokens.", name: "victim tokens H₀", unit: "tokens", domain: .closed(0, 1e12), \.initialTokens),
        .real("s_init", symbol: "S₀", "Starting supply; what victims and attackers do not hold sits with passive holders.",
              name: "starting supply S₀", unit: "tokens", domain: .real(lower: 0, lowerInclusive: false, upper: 1e15, upperInclusive: true),
              \.initialSupply),
        .real("fee", symbol: "φ", "Fee on a trade's value, on top of a buy and out of a sell's refund, into the treasury (a defence).",
              name: "fee φ", unit: "share of value", domain: .halfOpen(0, 1), \.fee),
        .real("max_order", symbol: "c", "Cap on any order's tokens; bigger orders are cut (a defence); 0: no cap.", name: "order cap c",
              unit: "tokens", domain: .atLeast(0), \.maxOrder),
        .integer("attackers", symbol: "k", "Pump-and-dump traders (pump_and_dump: independent; cartel: coordinated).", name: "attackers k",
                 unit: "agents", range: 1...64, \.attackers),
        .real("attacker_cash", symbol: "A₀", "Each attacker's starting cash.", name: "attacker cash A₀", unit: "currency",
              domain: .closed(0, 1e15), \.attackerCash),
        .real("attacker_tokens", symbol: "H_A", "Each attacker's starting tokens.", name: "attacker tokens H_A", unit: "tokens",
              domain: .closed(0, 1e15), \.attackerTokens),
        .choice("front_run", symbol: "front_run", "Sandwich front-run size: fixed (a) or proportional (ρ·v).", name: "front-run rule", \.frontRun),
        .real("attack_size", symbol: "a", "Front-run tokens (fixed); tokens accumulated per pump cycle; tokens per wash round trip.",
              name: "attack size a", unit: "tokens", domain: .real(lower: 0, lowerInclusive: false, upper: 1e15, upperInclusive: true),
              \.attackSize),
        .real("front_run_ratio", symbol: "ρ", "Front-run tokens per victim token (proportional).", name: "front-run ratio ρ", unit: "tokens/token",
              domain: .real(lower: 0, lowerInclusive: false, upper: 1e6, upperInclusive: true), \.frontRunRatio),
        .real("pump_size", symbol: "a_p", "Tokens a pump-and-dump trader buys per pump step.", name: "pump size a_p", unit: "tokens",
              domain: .closed(0, 1e15), \.pumpSize),
        .integer("accumulate_steps", symbol: "W_a", "Accumulation steps per pump cycle.", name: "accumulation W_a", unit: "steps",
                 range: 1...1_000_000, \.accumulateSteps),
        .integer("pump_steps", symbol: "W_p", "Pump steps per cycle.", name: "pump W_p", unit: "steps", range: 0...1_000_000, \.pumpSteps),
        .integer("dump_steps", symbol: "W_d", "Dump steps per cycle.", name: "dump W_d", unit: "steps", range: 1...1_000_000, \.dumpSteps),
        .real("reward_rate", symbol: "r", "Volume reward per unit of traded value, paid to every trader from the treasury (minted when empty).",
              name: "reward rate r", unit: "share of value", domain: .halfOpen(0, 1), \.rewardRate),
    ]

    /// Each attack under continuous execution, short runs.
    public static var referencePoints: [(label: String, point: Self)] {
        AttackKind.allCases.map { attack in
            var p = Self()
            p.attack = attack
            p.steps = 200
            if attack == .washTrading { p.rewardRate = 0.002 }
            return ("attack=\(attack.rawValue)", p)
        }
    }

    public func reports(_ metric: MarketManipulationMetric) -> Bool {
        switch metric {
        case .rewardPaid, .rewardMinted: rewardRate > 0
        default: true
        }
    }

    public func shortened(toSteps steps: Int) -> Self {
        var p = self
        p.steps = min(p.steps, max(2, steps))
        return p
    }
}
