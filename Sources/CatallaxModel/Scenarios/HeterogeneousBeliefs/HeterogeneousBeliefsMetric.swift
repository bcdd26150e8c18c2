/// The metrics of one run of the `heterogeneous-beliefs` scenario, over the
/// window `t = T₀ … T − 1` (`W` steps), by the names used in result files.
///
/// ```
/// ρ_t = x_t − R·x_{t−1}                          excess return
/// volatility = sd(ρ_t),   mean_deviation = mean |x_t|,   amplitude = (max x − min x)/2
/// ```
///
/// See `docs/HeterogeneousBeliefs.md`, "Metrics".
public enum HeterogeneousBeliefsMetric: String, CaseIterable, Sendable, Codable, ScenarioMetric {
    /// Population standard deviation of the excess return `ρ_t`.
    case volatility
    /// `(1/W) Σ |x_t|`, the mean mispricing.
    case meanDeviation = "mean_deviation"
    /// `(max x_t − min x_t)/2`: 0 when the run rests at a steady state.
    case amplitude
    /// `(1/W) Σ ñ_t`, the trend followers' mean share.
    case trendShare = "trend_share"
    /// The largest Lyapunov exponent of the orbit (continuum only): > 0 is chaos.
    case lyapunov
    /// `(1/W) Σ (π_{1,t} − C)`, the fundamentalists' net profit a step.
    case fundamentalistProfit = "fundamentalist_profit"
    /// `(1/W) Σ π_{2,t}`, the trend followers' profit a step.
    case trendProfit = "trend_profit"
    /// `|x_{T−1}|`, the last mispricing.
    case finalDeviation = "final_deviation"

    /// What reports say of the metric.
    public var declaration: MetricDeclaration {
        switch self {
        case .volatility: .init("volatility of excess returns", unit: "money/step", better: .lower)
        case .meanDeviation: .init("mean |deviation| from the fundamental", unit: "money", better: .lower)
        case .amplitude: .init("amplitude of the deviation (0 at rest)", unit: "money", better: .lower)
        case .trendShare: .init("trend followers' share", unit: "share", better: .neither)
        case .lyapunov: .init("largest Lyapunov exponent (> 0: chaos)", unit: "per step", better: .lower)
        case .fundamentalistProfit: .init("fundamentalists' net profit", unit: "money/step", better: .neither)
        case .trendProfit: .init("trend followers' profit", unit: "money/step", better: .neither)
        case .finalDeviation: .init("final |deviation|", unit: "money", better: .lower)
        }
    }
}
