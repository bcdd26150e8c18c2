/// What one run produced: its metrics, or the reason it failed.
///
/// A failed run keeps the metrics it had (possibly non-finite) so that the
/// failure can be inspected; reductions count it as a failure, never drop it.
public struct RunOutcome: Sendable, Equatable {
    /// Metric values in the order of the scenario's ``Scenario/metrics``;
    /// `nil` where a metric does not apply (shock metrics of a run without
    /// shock, book metrics of a market without a book).
    public var values: [Double?]
    /// Why the run failed, or `nil` when it succeeded.
    public var failure: String?

    /// Creates an outcome.
    public init(values: [Double?], failure: String?) {
        self.values = values
        self.failure = failure
    }

    /// The value of `metric`, if the run reports it.
    public subscript(metric: Metric) -> Double? {
        metric.index < values.count ? values[metric.index] : nil
    }

    /// The value of a scenario's metric, if the run reports it.
    public subscript<M: ScenarioMetric>(metric: M) -> Double? {
        let index = metric.outcomeIndex
        return index < values.count ? values[index] : nil
    }
}
