/// The metrics of one run of the `test-function` scenario, by the names used
/// in result files.
///
/// ```
/// value = f(x) + σ·z,   z ~ N(0, 1) from the run's stream
/// exact = f(x)
/// ```
///
/// See `docs/TestFunction.md`.
public enum TestFunctionMetric: String, CaseIterable, Sendable, Codable, ScenarioMetric {
    /// One noisy evaluation `f(x) + σ·z`.
    case value
    /// `f(x)` without the noise, the same in every replicate.
    case exact

    /// What reports say of the metric.
    public var declaration: MetricDeclaration {
        switch self {
        case .value: .init("value f(x) + noise", unit: "function value", better: .lower)
        case .exact: .init("exact f(x)", unit: "function value", better: .lower)
        }
    }
}
