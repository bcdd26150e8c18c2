/// The metrics of one run of the `multi-asset` scenario, by the names used
/// in result files.
///
/// ```
/// r_tj               = ln(P_{t+1,j} / P_tj),  t = 0 … T−1
/// volatility         = mean_j sd(r_·j), n−1 denominator
/// max_drawdown       = mean_j max_t (1 − P_tj / max_{s≤t} P_sj)
/// log_return         = mean_j ln(P_Tj / P_0j)
/// return_correlation = mean_{j<k} corr(r_·j, r_·k)          (nil when M = 1)
/// volume             = Σ_t Σ_i Σ_j |ΔH_ij|·P_{t+1,j}
/// gini               = Gini of W_i = B_i + Σ_j H_ij·P_Tj     (nil when Σ W_i ≤ 0)
/// residual           = max over solves of ‖r − A·P‖∞ / (‖A‖∞‖P‖∞ + ‖r‖∞)
/// condition          = κ∞(A), dgecon's estimate
/// learner_profit     = mean_{i<L} (W_i − B₀)                  (learners only, docs/MultiAsset.md "Learning agents")
/// belief_profit      = mean_{i≥L} (W_i − B₀)
/// learner_wealth_share = Σ_{i<L} W_i / Σ_i W_i
/// policy_norm        = ‖W‖_F of the learners' policy at the end
/// ```
///
/// See `docs/MultiAsset.md`.
public enum MultiAssetMetric: String, CaseIterable, Sendable, Codable, ScenarioMetric {
    /// Mean over assets of the sample standard deviation of the `T` log returns.
    case volatility
    /// Mean over assets of the largest fall from a running peak.
    case maxDrawdown = "max_drawdown"
    /// Mean over assets of `ln(P_T / P_0)`.
    case logReturn = "log_return"
    /// Mean pairwise Pearson correlation of the assets' log returns.
    case returnCorrelation = "return_correlation"
    /// Currency traded over the `T` steps (the opening allocation excluded).
    case volume
    /// Gini coefficient of final wealth (may exceed 1 with leverage).
    case gini
    /// The largest relative residual of the run's solves.
    case residual
    /// The ∞-norm condition number of the clearing system `B + C`.
    case condition
    /// Mean final wealth gain of a learning agent (reported when `learner_share > 0`).
    case learnerProfit = "learner_profit"
    /// Mean final wealth gain of a belief agent (reported when `learner_share > 0`).
    case beliefProfit = "belief_profit"
    /// The learners' share of final wealth (`L/N` when they do as well as the rest).
    case learnerWealthShare = "learner_wealth_share"
    /// The Frobenius norm of the learners' weights at the end.
    case policyNorm = "policy_norm"

    /// What reports say of the metric.
    public var declaration: MetricDeclaration {
        switch self {
        case .volatility: .init("volatility", unit: "std. dev. of per-step log return, mean over assets", better: .lower)
        case .maxDrawdown: .init("max drawdown", unit: "fraction of peak price, mean over assets", better: .lower)
        case .logReturn: .init("log return ln(P_T/P_0)", unit: "mean over assets")
        case .returnCorrelation: .init("return correlation", unit: "mean pairwise correlation of log returns", onlyWhen: "assets > 1")
        case .volume: .init("volume", unit: "currency")
        case .gini: .init("Gini of final wealth", unit: "0–1", better: .lower)
        case .residual: .init("clearing residual", unit: "relative residual of the linear solve", better: .lower)
        case .condition: .init("condition number", unit: "of the clearing system", better: .lower)
        case .learnerProfit: .init("learner profit", unit: "currency per learner, W(T) − B₀", better: .higher, onlyWhen: "learner_share > 0")
        case .beliefProfit: .init("belief-agent profit", unit: "currency per belief agent, W(T) − B₀", better: .higher, onlyWhen: "learner_share > 0")
        case .learnerWealthShare: .init("learners' wealth share", unit: "fraction of final wealth", better: .higher, onlyWhen: "learner_share > 0")
        case .policyNorm: .init("policy norm", unit: "‖W‖_F at the end", onlyWhen: "learner_share > 0")
        }
    }
}

