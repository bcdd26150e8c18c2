/// A scenario the engine can run, as its declarations say: name, summary,
/// metrics, parameters, families, default objective and reference points.
///
/// A thin view of a ``ScenarioPoint`` type, so that the sweep, reduction,
/// report and command line handle every scenario alike without naming one.
/// The registered scenarios are ``all``.
public struct Scenario: Hashable, Sendable, CustomStringConvertible {
    @usableFromInline let _point: any ScenarioPoint.Type

    /// The scenario declared by `Point`.
    public init<Point: ScenarioPoint>(_ point: Point.Type) {
        _point = point
    }

    init(_declaredBy point: any ScenarioPoint.Type) {
        _point = point
    }

    /// The registered scenario called `name`.
    /// - Throws: ``ParameterError/unknownScenario(name:allowed:)``.
    public init(named name: String) throws(ParameterError) {
        guard let scenario = Self.all.first(where: { $0.name == name }) else {
            throw .unknownScenario(name: name, allowed: Self.all.map(\.name))
        }
        self = scenario
    }

    /// The name users type, lower case with hyphens.
    public var name: String { _point.name }

    /// One sentence on what the scenario models.
    public var summary: String { _point.summary }

    public var description: String { name }

    /// Every metric a run can report, in the order of ``RunOutcome/values``.
    public var metrics: [Metric] { Self._metrics(of: _point) }

    static func _metrics<Point: ScenarioPoint>(of _: Point.Type) -> [Metric] { Metric.all(of: Point.MetricKind.self) }

    /// The metric called `name`, if the scenario has one.
    public func metric(named name: String) -> Metric? {
        metrics.first { $0.name == name }
    }

    /// The metric points are ranked by unless a sweep says otherwise.
    public var defaultObjective: Metric { Self._objective(of: _point) }

    static func _objective<Point: ScenarioPoint>(of _: Point.Type) -> Metric {
        Metric.all(of: Point.MetricKind.self)[Point.defaultObjective.outcomeIndex]
    }

    /// The design quantities a search can constrain, with their meanings (`DesignQuantity`).
    public var designQuantities: [(name: String, summary: String)] { Self._designQuantities(of: _point) }

    static func _designQuantities<Point: ScenarioPoint>(of _: Point.Type) -> [(name: String, summary: String)] {
        Point.designQuantities.map { ($0.name, $0.summary) }
    }

    /// The families whose members bring parameters of their own, if any.
    public var families: ParameterFamilies? { _point.families }

    /// The most replicates its kernel gains from running in lockstep (``ScenarioPoint/widestUsefulLanes``).
    public var widestUsefulLanes: Int { _point.widestUsefulLanes }

    /// The parameters grouped for help: the stored fields, then each family's own.
    public var parameterGroups: [(title: String, descriptors: [ParameterDescriptor])] {
        let fields = (title: _point.parameterTitle, descriptors: _point.descriptors)
        let families = families.map { f in
            f.members.map { (title: "Parameters of \(f.key)=\($0.word)", descriptors: $0.descriptors) }
        } ?? []
        return [fields] + families
    }

    /// Every parameter key once, in help order (the stored fields, then each
    /// family's own parameters; a key several families share appears once,
    /// as the first family declares it).
    public var descriptors: [ParameterDescriptor] {
        var seen = Set<String>()
        return parameterGroups.flatMap(\.descriptors).filter { seen.insert($0.key).inserted }
    }

    /// The points `catallax bench`, the benchmarks and the contract tests run.
    public var referencePoints: [(label: String, parameters: ScenarioParameters)] { Self._referencePoints(of: _point) }

    static func _referencePoints<Point: ScenarioPoint>(of _: Point.Type) -> [(label: String, parameters: ScenarioParameters)] {
        Point.referencePoints.map { ($0.label, ScenarioParameters($0.point)) }
    }

    /// The point given by `key = value` assignments over the defaults.
    /// - Throws: ``ParameterError`` naming the key, the value and what is allowed.
    public func parameters(assigning assignments: [(key: String, value: ParameterValue)]) throws(ParameterError) -> ScenarioParameters {
        try Self._parameters(of: _point, assigning: assignments)
    }

    static func _parameters<Point: ScenarioPoint>(
        of _: Point.Type, assigning assignments: [(key: String, value: ParameterValue)]
    ) throws(ParameterError) -> ScenarioParameters {
        ScenarioParameters(try Point(assigning: assignments))
    }

    /// The default point.
    public var defaultParameters: ScenarioParameters { Self._default(of: _point) }

    static func _default<Point: ScenarioPoint>(of _: Point.Type) -> ScenarioParameters { ScenarioParameters(Point()) }

    public static func == (lhs: Self, rhs: Self) -> Bool { ObjectIdentifier(lhs._point) == ObjectIdentifier(rhs._point) }

    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(_point)) }
}
