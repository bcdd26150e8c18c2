/// One metric a scenario reports for every run: its name in result files,
/// its position in ``RunOutcome/values``, and what reports say of it.
///
/// Each scenario declares its metrics once, as the cases of a
/// ``ScenarioMetric`` enumeration; a metric is only meaningful together with
/// the scenario that produced the outcome.
public struct Metric: Hashable, Sendable, CustomStringConvertible {
    /// The name in result files (`volatility`, `max_drawdown`, `efficiency`).
    public let name: String
    /// The position of the metric's value in ``RunOutcome/values``.
    public let index: Int
    /// What it is, for titles (`max drawdown`).
    public let title: String
    /// The unit of its values (`fraction of peak price`).
    public let unit: String
    /// Which values are better, for the default ranking order.
    public let better: MetricDirection
    /// When it exists only for some points: the condition in words
    /// (`shock > 0`), for the message when a sweep asks for it elsewhere.
    public let condition: String?

    /// Creates a metric.
    public init(name: String, index: Int, title: String? = nil, unit: String = "", better: MetricDirection = .neither,
                condition: String? = nil) {
        self.name = name
        self.index = index
        self.title = title ?? name.replacingOccurrences(of: "_", with: " ")
        self.unit = unit
        self.better = better
        self.condition = condition
    }

    public var description: String { name }

    /// `title (unit)`: `max drawdown (fraction of peak price)`.
    public var titleWithUnit: String { unit.isEmpty ? title : "\(title) (\(unit))" }

    /// Every case of a scenario's metric enumeration, indexed in case order
    /// (the order of its outcomes' values).
    public static func all<M: ScenarioMetric>(of _: M.Type) -> [Metric] {
        M.allCases.enumerated().map { index, metric in
            let d = metric.declaration
            return Metric(name: metric.rawValue, index: index, title: d.title, unit: d.unit, better: d.better, condition: d.condition)
        }
    }
}

/// Which values of a metric are better.
public enum MetricDirection: String, Sendable, Codable {
    /// Lower is better (volatility, drawdown): rank ascending.
    case lower
    /// Higher is better (efficiency, fill rate): rank descending.
    case higher
    /// Neither (volume, a return): rank ascending unless told otherwise.
    case neither
}

/// A scenario's metrics: an enumeration whose raw values are the names in
/// result files and whose case order is the order of ``RunOutcome/values``.
public protocol ScenarioMetric: CaseIterable, RawRepresentable<String>, Sendable, Equatable {
    /// What reports say of the metric.
    var declaration: MetricDeclaration { get }
}

/// What reports say of a metric: title, unit, which way is better and when
/// it exists.
public struct MetricDeclaration: Sendable {
    /// Its title (`max drawdown`).
    public var title: String
    /// Its unit (`fraction of peak price`).
    public var unit: String
    /// Which values are better.
    public var better: MetricDirection
    /// When it exists only for some points, the condition in words.
    public var condition: String?

    /// Creates a declaration.
    public init(_ title: String, unit: String, better: MetricDirection = .neither, onlyWhen condition: String? = nil) {
        self.title = title
        self.unit = unit
        self.better = better
        self.condition = condition
    }
}

extension ScenarioMetric {
    /// The metric's position in ``RunOutcome/values``.
    public var outcomeIndex: Int { Array(Self.allCases).firstIndex(of: self)! }
}
