import CatallaxModel

/// One parameter point's runs reduced to statistics: for each metric the
/// point reports, its ``MetricSummary`` over the replicates, with failed
/// runs counted, never dropped; and the throughput of the runs.
///
/// ```
/// summaries[m]        = MetricAccumulator over outcomes[r][metrics[m]], r = 0 … R−1,
///                       a failed run counted as a failure of every metric
/// agentStepsPerSecond = R · agentSteps(point) / seconds
/// ```
/// The values enter in replicate order, so the statistics do not depend on
/// the order the runs finished in (see ``MetricAccumulator``).
public struct PointSummary: Sendable {
    /// The point.
    public var parameters: ScenarioParameters
    /// Every replicate's outcome, replicate `r` at index `r`.
    public var outcomes: [RunOutcome]
    /// Wall-clock seconds the runs took.
    public var seconds: Double
    /// The metrics the point reports, in outcome order.
    public let metrics: [Metric]
    /// Per metric (parallel to ``metrics``): the statistics over the
    /// successful runs, with the failures counted.
    public let summaries: [MetricSummary]

    /// Summarizes `outcomes`, the replicates of the point `parameters` that
    /// took `seconds` of wall-clock time.
    /// - Complexity: O(R·M·log R) for R replicates and M metrics (quantiles sort).
    public init(parameters: ScenarioParameters, outcomes: [RunOutcome], seconds: Double) {
        self.parameters = parameters
        self.outcomes = outcomes
        self.seconds = seconds
        metrics = parameters.reportedMetrics
        summaries = metrics.map { metric in
            var accumulator = MetricAccumulator()
            for outcome in outcomes {
                if outcome.failure != nil { accumulator.recordFailure() }
                else if let value = outcome[metric] { accumulator.add(value) }
            }
            return accumulator.summary()
        }
    }

    /// The failed replicates, in replicate order, each with its reason.
    public var failures: [(replicate: Int, reason: String)] {
        outcomes.enumerated().compactMap { replicate, outcome in outcome.failure.map { (replicate, $0) } }
    }

    /// Agent-steps of all the runs: `R · agentSteps(point)`.
    public var agentSteps: Double { Double(outcomes.count) * parameters.agentSteps }

    /// Agent-steps per second of wall-clock time.
    public var agentStepsPerSecond: Double { agentSteps / seconds }
}
