/// A scenario the engine can run: its name, what it models and the
/// parameters it accepts.
public struct ScenarioEntry: Sendable {
    /// The name users type (`curve-volatility`).
    public var name: String
    /// One sentence on what the scenario models.
    public var summary: String
    /// The metrics each run reports, by result-file name.
    public var metrics: [String]
    /// The parameters, common ones first; curve parameters depend on the family.
    public var parameters: [ParameterDescriptor]
}

/// The scenarios this build of Catallax can run.
public enum ScenarioCatalog {
    /// Every scenario, by name.
    public static let all: [ScenarioEntry] = [
        ScenarioEntry(
            name: "curve-volatility",
            summary: "Noise, momentum and fundamentalist traders on one bonding curve (REFERENCE-SCENARIO.md).",
            metrics: CurveVolatilityMetric.allCases.map(\.rawValue),
            parameters: CurveVolatilityParameters.commonDescriptors
                + CurveFamily.allCases.flatMap { CurveVolatilityParameters.curveDescriptors($0) }
        ),
    ]

    /// The scenario called `name`.
    /// - Throws: ``ParameterError/unknownScenario(name:allowed:)``.
    public static func entry(named name: String) throws(ParameterError) -> ScenarioEntry {
        if let entry = all.first(where: { $0.name == name }) { return entry }
        throw .unknownScenario(name: name, allowed: all.map(\.name))
    }
}
