/// The metrics of one run of the `learning-traders` scenario, by the names
/// used in result files (`docs/LearningTraders.md`, "Metrics").
/// `W_i = B_i + H_i·P_T`, `W₀ = B₀ + H₀·P₀`.
///
/// ```
/// volatility            = sd(ln P_{t+1}/P_t)
/// mispricing            = mean_{t=0…T} |ln(P_t / V₀)|
/// max_drawdown          = max_t (1 − P_t / max_{s≤t} P_s)
/// log_return            = ln(P_T / P_0)
/// learner_profit        = mean_{learners} (W_i − W₀);   rule_profit the same over rule agents
/// learner_wealth_share  = Σ_{learners} W_i / Σ_i W_i
/// policy_entropy        = mean_{learners} −Σ_a p_ia ln p_ia / ln K
/// learner_trade_share   = share of learner decisions that trade
/// volume                = Σ C + Σ F
/// ```
public enum LearningTradersMetric: String, CaseIterable, Sendable, Codable, ScenarioMetric {
    /// Sample sd of the log returns.
    case volatility
    /// Mean absolute log distance from the fundamental value.
    case mispricing
    /// The largest fall from a running peak.
    case maxDrawdown = "max_drawdown"
    /// `ln(P_T/P_0)`.
    case logReturn = "log_return"
    /// Mean wealth change of a learner.
    case learnerProfit = "learner_profit"
    /// Mean wealth change of a rule agent.
    case ruleProfit = "rule_profit"
    /// The learners' share of the agents' final wealth.
    case learnerWealthShare = "learner_wealth_share"
    /// Mean normalized entropy of a learner's actions.
    case policyEntropy = "policy_entropy"
    /// Share of learner decisions that trade.
    case learnerTradeShare = "learner_trade_share"
    /// Traded value.
    case volume

    /// What reports say of the metric.
    public var declaration: MetricDeclaration {
        switch self {
        case .volatility: .init("volatility", unit: "sd of log returns", better: .lower)
        case .mispricing: .init("mispricing", unit: "mean |ln(P/V₀)|", better: .lower)
        case .maxDrawdown: .init("max drawdown", unit: "share of the peak", better: .lower)
        case .logReturn: .init("log return", unit: "ln(P_T/P_0)")
        case .learnerProfit: .init("learner profit", unit: "currency per learner", better: .higher, onlyWhen: "learners > 0")
        case .ruleProfit: .init("rule profit", unit: "currency per rule agent", better: .higher, onlyWhen: "rule agents > 0")
        case .learnerWealthShare: .init("learner wealth share", unit: "share", onlyWhen: "learners > 0")
        case .policyEntropy: .init("policy entropy", unit: "share of ln 5", onlyWhen: "learners > 0")
        case .learnerTradeShare: .init("learner trade share", unit: "share of decisions", onlyWhen: "learners > 0")
        case .volume: .init("volume", unit: "currency per run")
        }
    }
}
