import CatallaxModel
import CatallaxReduce

/// A bound on a statistic of a metric that a candidate must meet
/// (`volume mean ≥ 2e5`, `log_return q05 ≥ −0.1`), judged honestly under
/// noise: a bound on the mean is met when the mean's whole 95% interval is
/// on the right side, missed when the whole interval is on the wrong side,
/// and undecided otherwise (more replicates decide it).
///
/// ```
/// mean ≥ c:  feasible ⇔ ciLow ≥ c,   infeasible ⇔ ciHigh < c
/// mean ≤ c:  feasible ⇔ ciHigh ≤ c,  infeasible ⇔ ciLow > c
/// ```
/// A quantile has no interval here: it is compared as it stands.
public struct MetricConstraint: Sendable, Equatable {
    /// Which side of the bound is allowed.
    public enum Side: String, Sendable, Equatable {
        /// The statistic must be at least the bound.
        case atLeast = "at_least"
        /// The statistic must be at most the bound.
        case atMost = "at_most"
    }

    /// The metric constrained.
    public var metric: Metric
    /// Which of its statistics.
    public var statistic: ObjectiveStatistic
    /// Which side of ``bound`` is allowed.
    public var side: Side
    /// The bound `c`.
    public var bound: Double

    /// Creates a constraint.
    public init(metric: Metric, statistic: ObjectiveStatistic, side: Side, bound: Double) {
        self.metric = metric
        self.statistic = statistic
        self.side = side
        self.bound = bound
    }

    /// Whether a candidate meets the constraint, as far as its replicates tell.
    public enum Judgement: String, Sendable, Equatable {
        /// Met beyond reasonable doubt.
        case feasible
        /// Missed beyond reasonable doubt, or no replicate succeeded.
        case infeasible
        /// The interval straddles the bound.
        case undecided
    }

    /// Judges the metric's statistics over a candidate's replicates.
    public func judge(_ summary: MetricSummary) -> Judgement {
        guard let value = statistic.value(in: summary) else { return .infeasible }
        let (low, high) = statistic == .mean ? (summary.ciLow ?? value, summary.ciHigh ?? value) : (value, value)
        switch side {
        case .atLeast: return low >= bound ? .feasible : high < bound ? .infeasible : .undecided
        case .atMost: return high <= bound ? .feasible : low > bound ? .infeasible : .undecided
        }
    }

    /// How far the statistic is on the wrong side (0 when met): the
    /// penalty an infeasible candidate's objective carries, so a search
    /// is led back toward the feasible region.
    public func violation(_ summary: MetricSummary) -> Double {
        guard let value = statistic.value(in: summary) else { return .infinity }
        return side == .atLeast ? max(0, bound - value) : max(0, value - bound)
    }
}
