/// The parameters of one point of the `test-function` scenario: a known
/// function evaluated at `x`, plus Gaussian noise drawn from the run's
/// stream.
///
/// ```
/// value = f(x₁ … xₙ) + σ·z,   z ~ N(0, 1)
/// exact = f(x₁ … xₙ)
/// ```
///
/// ``init()`` is the sphere at `x = 0` in three dimensions without noise.
/// See `docs/TestFunction.md`.
public struct TestFunctionParameters: ScenarioPoint {
    /// `f`, the function evaluated.
    public var function: TestFunction = .sphere
    /// `n`, how many of the inputs count (3 by default, so every function
    /// is valid when only ``function`` changes).
    public var dimension = 3
    /// `x₁ … x₈`; those past ``dimension`` are ignored.
    public var inputs = SIMD8<Double>(repeating: 0)
    /// Ishigami's `a`.
    public var ishigamiA = 7.0
    /// Ishigami's `b`.
    public var ishigamiB = 0.1
    /// Sobol-G's `a₁ … a₈`, each `≥ 0`: small is important.
    public var sobolCoefficients = SIMD8<Double>(0, 1, 4.5, 9, 99, 99, 99, 99)
    /// `σ`, the standard deviation of the additive Gaussian noise.
    public var noise = 0.0

    /// The default point.
    public init() {}

    /// One evaluation per run, whatever the dimension (see
    /// `docs/TestFunction.md`: a run's cost is its draw and bookkeeping).
    ///
    /// ```
    /// agentSteps = 1
    /// ```
    public var agentSteps: Double { 1 }

    /// `f(x)` without noise, the run's `exact` metric.
    ///
    /// ```
    /// exact = f(x₁ … xₙ)      (formulas on ``TestFunction``)
    /// ```
    public var exactValue: Double {
        function.value(at: inputs, dimension: dimension, ishigami: (ishigamiA, ishigamiB), sobol: sobolCoefficients)
    }

    /// The largest `|z|` a Box–Muller deviate of the run's stream can take:
    /// `√(106 ln 2) ≈ 8.57`, since `u₁ ≥ 2⁻⁵³`; rounded up.
    public static let largestDeviate = 8.58
}
