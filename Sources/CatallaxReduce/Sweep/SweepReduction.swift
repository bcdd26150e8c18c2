import CatallaxModel
import CatallaxSweep

/// A sweep's runs reduced to statistics per point and metric, and the points
/// ranked by the objective.
///
/// Values enter each point's accumulators in replicate order, whatever order
/// the runs finished in, so the statistics are bit-identical across thread
/// counts, batch sizes, shard splits and resumes. A failed run counts as a
/// failure of every metric; it is never dropped.
public struct SweepReduction: Sendable {
    /// The metrics reduced, in column order.
    public var metrics: [Metric]
    /// `summaries[p][m]`: point `p`'s statistics of `metrics[m]`
    /// (``SummaryTable/summary(point:metric:)`` reads one without the rest).
    public var summaries: SummaryTable
    /// Points ranked by the objective's mean.
    public var ranking: Ranking
    /// The objective metric.
    public var objective: Metric
    /// Runs reduced.
    public var runCount: Int
    /// Runs that failed.
    public var failedRuns: Int

    /// Reduces `outcomes` of a sweep with `points` points.
    /// - Parameters:
    ///   - outcomes: every run's outcome (all runs, or one shard's).
    ///   - points: the number of points.
    ///   - metrics: the metrics to reduce.
    ///   - objective: the metric whose mean ranks the points.
    ///   - order: ascending ranks the lowest mean first.
    /// - Complexity: O(R log R) for R runs.
    public init(
        outcomes: [RunID: RunOutcome], points: Int, metrics: [Metric],
        objective: Metric, order: Ranking.Order
    ) {
        // One point's runs at a time, summarized as soon as they are read (runs sorted: point, then replicate), so a
        // million points never hold every value and every summary at once.
        var summaries = SummaryTable(metricCount: metrics.count, reservingPoints: points)
        var failed = 0
        let none = Self.summaries(of: [], metrics: metrics).summaries
        FinishedPoint.forEach(in: outcomes) { point in
            while summaries.count < point.point { summaries.append(none) }
            let reduced = Self.summaries(of: point.outcomes, metrics: metrics)
            summaries.append(reduced.summaries)
            failed += reduced.failedRuns
        }
        while summaries.count < points { summaries.append(none) }
        self.init(summaries: summaries, metrics: metrics, objective: objective, order: order,
                  runCount: outcomes.count, failedRuns: failed)
    }

    /// A reduction from every point's summaries, as a sweep that summarizes
    /// each point when its runs are in (``summaries(of:metrics:)``) gathers them.
    /// - Parameters:
    ///   - summaries: every point's summaries of `metrics`, in point order.
    ///   - runCount: the runs summarized; `failedRuns`: those that failed.
    /// - Complexity: O(P log P) for P points (the ranking).
    public init(summaries: SummaryTable, metrics: [Metric], objective: Metric, order: Ranking.Order,
                runCount: Int, failedRuns: Int) {
        self.summaries = summaries
        self.metrics = metrics
        self.objective = objective
        let column = metrics.firstIndex(of: objective) ?? 0
        self.ranking = Ranking(summaries.indices.lazy.map { summaries.summary(point: $0, metric: column) }, order: order)
        self.runCount = runCount
        self.failedRuns = failedRuns
    }

    /// One point's summary of each of `metrics` from its runs' outcomes, in
    /// replicate order (the order the values enter the accumulators, so the
    /// summaries are bit-identical however the runs were scheduled), and how
    /// many of the runs failed. A failed run counts as a failure of every metric.
    /// - Complexity: O(n log n) for n runs (the quantiles).
    public static func summaries(of outcomes: some Sequence<RunOutcome>, metrics: [Metric])
        -> (summaries: [MetricSummary], failedRuns: Int) {
        var accumulators = (0..<metrics.count).map { _ in MetricAccumulator(reservingCapacity: outcomes.underestimatedCount) }
        var failed = 0
        for outcome in outcomes {
            if outcome.failure != nil { failed += 1 }
            for (m, metric) in metrics.enumerated() {
                if outcome.failure != nil {
                    accumulators[m].recordFailure()
                } else if let value = outcome[metric] {
                    accumulators[m].add(value)
                }
            }
        }
        return (accumulators.map { $0.summary() }, failed)
    }
}
