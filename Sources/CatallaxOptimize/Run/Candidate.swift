import CatallaxModel
import CatallaxReduce

/// One evaluated candidate of a search: where it is, what its replicates
/// gave, and how it stands against the objective and the constraints.
public struct Candidate: Sendable {
    /// Its position in the order candidates were proposed, from 0.
    public var index: Int
    /// The search space (block) it belongs to.
    public var block: Int
    /// The search's generation that proposed it.
    public var generation: Int
    /// Its unit coordinates in the block's searched ranges.
    public var fractions: [Double]
    /// The checked parameters, `nil` when the point is not valid.
    public var parameters: ScenarioParameters?
    /// The coordinates the block set, as result files write them.
    public var coordinates: [(key: String, value: String)]
    /// Why the point is not valid, if it is not.
    public var refusal: String?
    /// How far it misses the design constraints (0 when it meets them):
    /// such a candidate is judged infeasible and never run.
    public var designMiss = 0.0
    /// Runs the search had spent, all blocks, once the first replicates of
    /// its generation had run (its own included): where it stands on a
    /// convergence plot. A pure function of the spec, like every decision of the search.
    public var cumulativeRuns = 0
    /// The outcomes of replicates `0 ..< outcomes.count`.
    public private(set) var outcomes: [RunOutcome] = []
    /// The statistics of the metrics a search reads, by metric index, as of the last ``record(_:summarizing:)``:
    /// a search compares every candidate with the incumbent many times per generation, and sorting for quantiles each time would cost more than the runs.
    /// An array by metric index rather than a dictionary: no hashing on the search's hot path.
    var _summaries: [MetricSummary?] = []

    /// Appends the outcomes of the next replicates and summarizes `metrics` over all of them.
    public mutating func record(_ new: [RunOutcome], summarizing metrics: [Metric]) {
        outcomes += new
        _summaries = Array(repeating: nil, count: (metrics.map(\.index).max() ?? -1) + 1)
        for metric in metrics { _summaries[metric.index] = _summary(of: metric) }
    }

    /// The statistics of `metric` over the replicates so far.
    public func summary(of metric: Metric) -> MetricSummary {
        (metric.index < _summaries.count ? _summaries[metric.index] : nil) ?? _summary(of: metric)
    }

    func _summary(of metric: Metric) -> MetricSummary {
        var accumulator = MetricAccumulator()
        for outcome in outcomes {
            if outcome.failure != nil { accumulator.recordFailure() } else if let value = outcome[metric] { accumulator.add(value) }
        }
        return accumulator.summary()
    }

    /// Whether it is run: a valid point that meets the design constraints.
    public var isRunnable: Bool { parameters != nil && designMiss == 0 }
}
