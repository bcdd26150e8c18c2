/// One metric a scenario reports for every run: its name in result files
/// and its position in ``RunOutcome/values``.
///
/// Each scenario lists its metrics once (``Scenario/metrics``); a metric
/// is only meaningful together with the scenario that produced the outcome.
public struct Metric: Hashable, Sendable, CustomStringConvertible {
    /// The name in result files (`volatility`, `max_drawdown`, `efficiency`).
    public let name: String
    /// The position of the metric's value in ``RunOutcome/values``.
    public let index: Int

    /// Creates a metric.
    public init(name: String, index: Int) {
        self.name = name
        self.index = index
    }

    public var description: String { name }

    /// Every case of a scenario's metric enumeration, indexed in case order
    /// (the order of its outcomes' values).
    public static func all<M: CaseIterable & RawRepresentable>(of _: M.Type) -> [Metric] where M.RawValue == String {
        M.allCases.enumerated().map { Metric(name: $0.element.rawValue, index: $0.offset) }
    }

}
