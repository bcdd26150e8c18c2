import CatallaxReduce

/// Which number of a candidate's replicates an objective or a constraint
/// reads: its mean, a quantile, or an end of the mean's 95% interval.
public enum ObjectiveStatistic: String, CaseIterable, Sendable, Codable {
    /// The mean over the replicates.
    case mean
    /// The 5%, 50% and 95% quantiles.
    case q05, q50, q95
    /// The lower and upper ends of the mean's 95% Student-t interval
    /// (a pessimistic objective: `ci_high` of a cost).
    case ciLow = "ci_low", ciHigh = "ci_high"

    /// The statistic's value in `summary`, `nil` when no replicate succeeded.
    public func value(in summary: MetricSummary) -> Double? {
        switch self {
        case .mean: summary.mean
        case .q05: summary.q05
        case .q50: summary.q50
        case .q95: summary.q95
        case .ciLow: summary.ciLow
        case .ciHigh: summary.ciHigh
        }
    }
}
