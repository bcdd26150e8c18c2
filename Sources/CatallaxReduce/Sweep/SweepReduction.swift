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
        // One point's accumulators at a time, summarized as soon as its runs are read (runs sorted: point, then
        // replicate), so a million points never hold every value and every summary at once.
        let empty = Array(repeating: MetricAccumulator(), count: metrics.count)
        let emptySummaries = empty.map { $0.summary() }
        var summaries = SummaryTable(metricCount: metrics.count, reservingPoints: points)
        var current = empty
        var currentHasRuns = false
        var failed = 0
        func close() {
            summaries.append(currentHasRuns ? current.map { $0.summary() } : emptySummaries)
            current = empty
            currentHasRuns = false
        }
        for run in outcomes.keys.sorted() {
            while summaries.count < run.point { close() }
            let outcome = outcomes[run]!
            currentHasRuns = true
            if outcome.failure != nil { failed += 1 }
            for (m, metric) in metrics.enumerated() {
                if outcome.failure != nil {
                    current[m].recordFailure()
                } else if let value = outcome[metric] {
                    current[m].add(value)
                }
            }
        }
        while summaries.count < points { close() }
        self.summaries = summaries
        self.metrics = metrics
        self.objective = objective
        let column = metrics.firstIndex(of: objective) ?? 0
        self.ranking = Ranking(summaries.indices.lazy.map { summaries.summary(point: $0, metric: column) }, order: order)
        self.runCount = outcomes.count
        self.failedRuns = failed
    }
}
