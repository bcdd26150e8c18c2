/// A scenario the engine can run: its name, what it models, the metrics each
/// run reports and the parameters it accepts.
///
/// Adding a scenario means adding a case here, in ``ScenarioParameters`` and
/// in ``ScenarioBatch``; the sweep, reduction, report and command line take
/// everything else from these three.
public enum Scenario: String, CaseIterable, Sendable {
    /// Noise, momentum and fundamentalist traders on one bonding curve
    /// (`REFERENCE-SCENARIO.md`).
    case curveVolatility = "curve-volatility"

    /// The scenario called `name`.
    /// - Throws: ``ParameterError/unknownScenario(name:allowed:)``.
    public init(named name: String) throws(ParameterError) {
        guard let scenario = Self(rawValue: name) else {
            throw .unknownScenario(name: name, allowed: Self.allCases.map(\.rawValue))
        }
        self = scenario
    }

    /// The name users type (`curve-volatility`).
    public var name: String { rawValue }

    /// One sentence on what the scenario models.
    public var summary: String {
        switch self {
        case .curveVolatility:
            "Noise, momentum and fundamentalist traders on one bonding curve (REFERENCE-SCENARIO.md)."
        }
    }

    /// Every metric a run can report, in the order of ``RunOutcome/values``.
    public var metrics: [Metric] {
        switch self {
        case .curveVolatility: Metric.all(of: CurveVolatilityMetric.self)
        }
    }

    /// The metric called `name`, if the scenario has one.
    public func metric(named name: String) -> Metric? {
        metrics.first { $0.name == name }
    }

    /// The metric points are ranked by unless a sweep says otherwise.
    public var defaultObjective: Metric {
        switch self {
        case .curveVolatility: metric(named: CurveVolatilityMetric.volatility.rawValue)!
        }
    }

    /// Every parameter key once, in help order (for `curve-volatility`, the
    /// common parameters, then each family's curve parameters).
    public var descriptors: [ParameterDescriptor] {
        switch self {
        case .curveVolatility:
            var seen = Set<String>()
            return (CurveVolatilityParameters.commonDescriptors
                + CurveFamily.allCases.flatMap { CurveVolatilityParameters.curveDescriptors($0) })
                .filter { seen.insert($0.key).inserted }
        }
    }

    /// The parameters grouped for help: a title and its descriptors.
    public var parameterGroups: [(title: String, descriptors: [ParameterDescriptor])] {
        switch self {
        case .curveVolatility:
            [("Parameters of curve-volatility (--set key=value; defaults are the reference constants)", CurveVolatilityParameters.commonDescriptors)]
                + CurveFamily.allCases.map { ("Parameters of curve=\($0.rawValue)", CurveVolatilityParameters.curveDescriptors($0)) }
        }
    }
}
