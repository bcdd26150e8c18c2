extension SlaMarketParameters {
    public static let name = "sla-market"
    public static let summary =
        "Requesters buy jobs from reliable, flaky, cheating and strategic providers under service-level agreements with escrow and collateral; random audits slash proven skips and beta reputations steer demand."
    public static let parameterTitle = "Parameters of sla-market (defaults: the reference constants, posted prices)"
    public static let defaultObjective = SlaMarketMetric.breachRate

    /// Every parameter, in help order.
    public static let fields: [ParameterField<Self>] = [
        .choice("agreement", symbol: "agreement", "How the terms are agreed: a posted price or alternating offers.",
                name: "agreement", isHeadline: true, \.agreement),
        .integer("requesters", symbol: "R", "Number of requesters.", name: "requesters R", unit: "agents", range: 1...1_000_000, \.requesters),
        .integer("providers", symbol: "P", "Number of providers.", name: "providers P", unit: "agents", range: 1...100_000, \.providers),
        .integer("steps", symbol: "T", "Number of steps of a run.", name: "steps T", unit: "steps", range: 1...100_000_000, \.steps),
        .real("request_rate", symbol: "r", "Chance that a requester asks for one job in a step.", name: "request rate r",
              unit: "per step", domain: .closed(0, 1), \.requestRate),
        .integer("menu", symbol: "m", "Providers a requester sees per request (uniform, with replacement).", name: "menu m",
                 unit: "offers", range: 1...64, \.menu),
        .integer("capacity", symbol: "κ", "Open contracts a provider can hold at once.", name: "capacity κ", unit: "contracts",
                 range: 1...1_000_000, \.capacity),
        .integer("duration", symbol: "D", "Steps from agreement to settlement.", name: "duration D", unit: "steps",
                 range: 1...1000, \.duration),
        .real("share_flaky", symbol: "f_f", "Share of flaky providers.", name: "flaky share f_f", unit: "share",
              domain: .closed(0, 1), \.shareFlaky),
        .real("share_cheating", symbol: "f_c", "Share of cheating providers (always skip the work).", name: "cheating share f_c",
              unit: "share", domain: .closed(0, 1), \.shareCheating),
        .real("share_strategic", symbol: "f_s", "Share of strategic providers (skip when c > p_d·k); the rest are reliable.",
              name: "strategic share f_s", unit: "share", domain: .closed(0, 1), \.shareStrategic),
        .real("miss_reliable", symbol: "q_r", "Chance that a reliable or strategic delivery misses the bound.",
              name: "reliable miss q_r", unit: "probability", domain: .closed(0, 1), \.missReliable),
        .real("miss_flaky", symbol: "q_f", "Chance that a flaky delivery misses the bound.", name: "flaky miss q_f",
              unit: "probability", domain: .closed(0, 1), \.missFlaky),
        .real("miss_cheat", symbol: "q_c", "Chance that a cheating provider's skipped job misses the bound.", name: "cheat miss q_c",
              unit: "probability", domain: .closed(0, 1), \.missCheat),
        .real("cost", symbol: "c̄", "Median cost of doing one job.", name: "cost c̄", unit: "money",
              domain: .real(lower: 0, lowerInclusive: false, upper: 1e6, upperInclusive: true), \.cost),
        .real("cost_spread", symbol: "σ_c", "Lognormal spread of the providers' costs.", name: "cost spread σ_c", unit: "log",
              domain: .closed(0, 3), \.costSpread),
        .real("markup", symbol: "μ", "Posted price p_j = (1 + μ)·c_j (posted).", name: "markup μ", unit: "share of cost",
              domain: .closed(0, 100), \.markup),
        .real("value", symbol: "v", "A requester's value of a job done within the bound.", name: "value v", unit: "money",
              domain: .real(lower: 0, lowerInclusive: false, upper: 1e9, upperInclusive: true), \.value),
        .real("collateral", symbol: "k", "The provider's collateral per contract, slashed on a proven skip.", name: "collateral k",
              unit: "money", domain: .closed(0, 1e9), \.collateral),
        .real("p_detect", symbol: "p_d", "Chance that a settled contract is audited.", name: "audit probability p_d",
              unit: "probability", domain: .closed(0, 1), \.detection),
        .real("fee", symbol: "φ", "Protocol fee, a share of every price paid to a provider.", name: "fee φ", unit: "share of price",
              domain: .halfOpen(0, 1), \.fee),
        .real("delta_requester", symbol: "δ_R", "The requester's discount factor per round (alternating).",
              name: "requester discount δ_R", unit: "per round", domain: .closed(0, 1), \.deltaRequester),
        .real("delta_provider", symbol: "δ_P", "The provider's discount factor per round (alternating).",
              name: "provider discount δ_P", unit: "per round", domain: .closed(0, 1), \.deltaProvider),
        .integer("rounds", symbol: "N", "Offers before the talks fail (alternating).", name: "rounds N", unit: "rounds",
                 range: 1...10_000, \.rounds),
        .real("requester_wallet", symbol: "W_R", "Each requester's wallet at the start.", name: "requester wallet W_R",
              unit: "money", domain: .closed(0, 1e12), \.requesterWallet),
        .real("provider_wallet", symbol: "W_P", "Each provider's wallet at the start.", name: "provider wallet W_P",
              unit: "money", domain: .closed(0, 1e12), \.providerWallet),
    ]

    /// Each agreement at the reference constants.
    public static var referencePoints: [(label: String, point: Self)] {
        SlaAgreement.allCases.map { agreement in
            var p = Self()
            p.agreement = agreement
            return ("agreement=\(agreement.rawValue)", p)
        }
    }

    public func reports(_ metric: SlaMarketMetric) -> Bool {
        let counts = providerCounts
        switch metric {
        case .honestProfit, .honestSurviving: return counts.reliable + counts.flaky > 0
        case .cheaterProfit, .cheatersSurviving: return counts.cheating > 0
        case .strategicProfit: return counts.strategic > 0
        default: return true
        }
    }

    public func shortened(toSteps steps: Int) -> Self {
        var p = self
        p.steps = min(p.steps, max(1, steps))
        return p
    }
}
