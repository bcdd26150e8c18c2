/// The metrics of one run of the `token-launch` scenario, by the names used
/// in result files (`docs/TokenLaunch.md`, "Metrics").
///
/// ```
/// volatility     = sd(n−1) of ln(P_{t+1}/P_t), t = 0 … T−1
/// tracking_error = √(mean_{t=1…T} (P_t/P* − 1)²)
/// inflation      = units minted by rewards / S_init
/// unbacked       = U / (c·R(S))  at the end
/// ```
public enum TokenLaunchMetric: String, CaseIterable, Sendable, Codable, ScenarioMetric {
    /// Sample standard deviation of the log returns.
    case volatility
    /// `ln(P_T/P_0)`.
    case logReturn = "log_return"
    /// RMS relative distance of the price from the target.
    case trackingError = "tracking_error"
    /// Gini of holdings at the end.
    case giniFinal = "gini_final"
    /// Mean of the Gini of holdings sampled every 10 steps.
    case giniMean = "gini_mean"
    /// Units minted by rewards over the starting supply.
    case inflation
    /// Units burned by the sell penalty over the starting supply.
    case burned
    /// The reserve's shortfall over what the curve owes, at the end.
    case unbacked
    /// The least treasury balance over its start.
    case treasuryMin = "treasury_min"
    /// Rewards the treasury could not pay, over the traders' starting currency.
    case unpaid
    /// Unlocked airdrop units sold, over the airdrop.
    case unlockSold = "unlock_sold"
    /// The commission rate at the end.
    case commissionFinal = "commission_final"
    /// Currency paid by buyers plus refunds before fees, per step.
    case volume
    /// Sells refused because the reserve could not pay.
    case refusedSells = "refused_sells"

    /// What reports say of the metric.
    public var declaration: MetricDeclaration {
        switch self {
        case .volatility: .init("volatility", unit: "sd of log returns", better: .lower)
        case .logReturn: .init("log return", unit: "ln(P_T/P_0)")
        case .trackingError: .init("tracking error", unit: "RMS of P/P* − 1", better: .lower)
        case .giniFinal: .init("final Gini of holdings", unit: "Gini", better: .lower)
        case .giniMean: .init("mean Gini of holdings", unit: "Gini", better: .lower)
        case .inflation: .init("inflation", unit: "minted units / S_init", better: .lower)
        case .burned: .init("burned", unit: "burned units / S_init")
        case .unbacked: .init("unbacked reserve", unit: "share of the reserve owed (negative: a surplus)", better: .lower)
        case .treasuryMin: .init("treasury minimum", unit: "share of T₀", better: .higher, onlyWhen: "treasury > 0")
        case .unpaid: .init("unpaid rewards", unit: "share of N·B₀", better: .lower)
        case .unlockSold: .init("unlocked sold", unit: "share of the airdrop", onlyWhen: "airdrop ≥ 1 token")
        case .commissionFinal: .init("final commission", unit: "fraction of trade value")
        case .volume: .init("volume", unit: "currency per step", better: .higher)
        case .refusedSells: .init("refused sells", unit: "sells", better: .lower)
        }
    }
}
