/// The metrics of one run of the `sla-market` scenario, by the names used in
/// result files (`docs/SlaMarket.md`, "Metrics"). `S` is the set of
/// contracts settled in the run, `A` the set signed.
///
/// ```
/// breach_rate    = #{c ∈ S : skipped ∨ miss} / #S
/// fraud_caught   = #{c ∈ S : skipped ∧ audit} / #{c ∈ S : skipped}
/// honest_profit  = Σ_{c ∈ S, honest} π_c / ((n_r + n_f)·T),   π_c = (p − φp)·[¬miss] − c_j·[worked] − k·[fraud]
/// requester_surplus = Σ_{c ∈ S} u_c / (R·T),                  u_c = v·[worked ∧ ¬miss] − p + refund_c
/// ```
public enum SlaMarketMetric: String, CaseIterable, Sendable, Codable, ScenarioMetric {
    /// True breaches (skipped or missed) over settled contracts.
    case breachRate = "breach_rate"
    /// Visible breaches (missed the bound) over settled contracts.
    case missRate = "miss_rate"
    /// Audited contracts over settled contracts.
    case disputeRate = "dispute_rate"
    /// Proven skips over skipped settled contracts.
    case fraudCaught = "fraud_caught"
    /// Collateral slashed per step.
    case penaltiesPaid = "penalties_paid"
    /// Money returned to requesters per step.
    case refunds
    /// Honest providers' profit per provider per step.
    case honestProfit = "honest_profit"
    /// Cheating providers' profit per provider per step.
    case cheaterProfit = "cheater_profit"
    /// Strategic providers' profit per provider per step.
    case strategicProfit = "strategic_profit"
    /// Requesters' surplus per requester per step.
    case requesterSurplus = "requester_surplus"
    /// Share of cheating providers still in the market at the end.
    case cheatersSurviving = "cheaters_surviving"
    /// Share of honest providers still in the market at the end.
    case honestSurviving = "honest_surviving"
    /// Skipped over signed contracts of strategic providers.
    case strategicCheatRate = "strategic_cheat_rate"
    /// Cheating providers' share of signed contracts.
    case cheaterShare = "cheater_share"
    /// Contracts signed per step.
    case contractsPerStep = "contracts_per_step"
    /// Unmatched requests over requests.
    case unmatchedRate = "unmatched_rate"
    /// Mean price of the signed contracts.
    case meanPrice = "mean_price"

    /// What reports say of the metric.
    public var declaration: MetricDeclaration {
        switch self {
        case .breachRate: .init("breach rate", unit: "share of settled contracts", better: .lower, onlyWhen: "settled contracts > 0")
        case .missRate: .init("miss rate", unit: "share of settled contracts", better: .lower, onlyWhen: "settled contracts > 0")
        case .disputeRate: .init("dispute rate", unit: "share of settled contracts", onlyWhen: "settled contracts > 0")
        case .fraudCaught: .init("fraud caught", unit: "share of skipped contracts", better: .higher, onlyWhen: "settled skipped contracts > 0")
        case .penaltiesPaid: .init("penalties paid", unit: "collateral slashed per step")
        case .refunds: .init("refunds", unit: "money returned per step")
        case .honestProfit:
            .init("honest profit", unit: "per honest provider per step", better: .higher, onlyWhen: "honest providers > 0")
        case .cheaterProfit: .init("cheater profit", unit: "per cheating provider per step", better: .lower, onlyWhen: "cheating providers > 0")
        case .strategicProfit: .init("strategic profit", unit: "per strategic provider per step", onlyWhen: "strategic providers > 0")
        case .requesterSurplus: .init("requester surplus", unit: "per requester per step", better: .higher)
        case .cheatersSurviving: .init("cheaters surviving", unit: "share of cheating providers", better: .lower, onlyWhen: "cheating providers > 0")
        case .honestSurviving: .init("honest surviving", unit: "share of honest providers", better: .higher, onlyWhen: "honest providers > 0")
        case .strategicCheatRate:
            .init("strategic cheat rate", unit: "share of strategic contracts", better: .lower, onlyWhen: "strategic providers signed a contract")
        case .cheaterShare: .init("cheater share", unit: "share of signed contracts", better: .lower, onlyWhen: "signed contracts > 0")
        case .contractsPerStep: .init("contracts per step", unit: "signed contracts", better: .higher)
        case .unmatchedRate: .init("unmatched rate", unit: "share of requests", better: .lower, onlyWhen: "requests > 0")
        case .meanPrice: .init("mean price", unit: "money per contract", onlyWhen: "signed contracts > 0")
        }
    }
}
