/// The checked parameters of one point of any scenario.
///
/// What the sweep, the reduction and the command line need of a point,
/// whatever its scenario; the registry opens it once per batch and hands
/// the concrete ``ScenarioPoint`` to its kernel.
public struct ScenarioParameters: Sendable, Equatable {
    /// The concrete point.
    public let point: any ScenarioPoint

    /// Wraps a concrete point.
    public init<Point: ScenarioPoint>(_ point: Point) {
        self.point = point
    }

    /// The parameters given by `key = value` assignments over `scenario`'s
    /// defaults, each checked against its domain, then checked together.
    /// - Throws: ``ParameterError`` naming the key, the value and what is allowed.
    public init(_ scenario: Scenario, assigning assignments: [(key: String, value: ParameterValue)]) throws(ParameterError) {
        self = try scenario.parameters(assigning: assignments)
    }

    /// The concrete point, if it is a `Point`.
    public func concrete<Point: ScenarioPoint>(_: Point.Type) -> Point? { point as? Point }

    /// The scenario the point belongs to.
    public var scenario: Scenario { Scenario(_declaredBy: type(of: point)) }

    /// Agent-steps of one run (`N·T` for the agent populations), the unit of throughput.
    public var agentSteps: Double { point.agentSteps }

    /// The agent-steps a finished run did (``ScenarioPoint/agentSteps(of:)``).
    public func agentSteps(of outcome: RunOutcome) -> Double { point.agentSteps(of: outcome) }

    /// Every parameter by its key, as the value a user would write back.
    public var keyedValues: [String: String] { point.keyedValues }

    /// The keys of this point in canonical order: the scenario's keys that
    /// exist for it (a family's own parameters only for its family).
    public var keys: [String] { point.keys }

    /// One line naming the point by what differs from the defaults.
    public var summaryLine: String { point.summaryLine }

    /// The metrics a run at this point reports, in outcome order.
    public var reportedMetrics: [Metric] { point.reportedMetrics }

    /// Whether runs at this point report `metric`, without listing them all.
    public func reports(_ metric: Metric) -> Bool { point.reports(metric: metric) }

    /// Every parameter of ``keys`` with its ``keyedValues`` text, in that order.
    public var keyedTexts: [(key: String, value: String)] { point.keyedTexts }

    /// ``keyedTexts`` spelled into `text`, with `given`'s texts in place of the point's own (``ScenarioPoint/appendKeyedTexts(to:replacing:)``).
    public func appendKeyedTexts(to text: inout ByteText, replacing given: [(key: String, value: String)]) {
        point.appendKeyedTexts(to: &text, replacing: given)
    }

    /// Each design quantity the scenario declares, by name, at this point.
    public var designQuantities: [String: Double] { Self._designQuantities(point) }

    static func _designQuantities<Point: ScenarioPoint>(_ point: Point) -> [String: Double] {
        Dictionary(uniqueKeysWithValues: Point.designQuantities.map { ($0.name, $0.value(point)) })
    }

    /// The point's family, for scenarios with families.
    public var family: ParameterFamily? { point.family }

    /// The same point cut to at most `steps` steps (for a timed calibration).
    public func shortened(toSteps steps: Int) -> Self { Self._shortened(point, steps) }

    static func _shortened<Point: ScenarioPoint>(_ point: Point, _ steps: Int) -> Self { Self(point.shortened(toSteps: steps)) }

    public static func == (lhs: Self, rhs: Self) -> Bool { _equal(lhs.point, rhs.point) }

    static func _equal<Point: ScenarioPoint>(_ lhs: Point, _ rhs: any ScenarioPoint) -> Bool { (rhs as? Point) == lhs }
}
