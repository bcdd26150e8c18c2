/// The functions of the `test-function` scenario: classic optimization and
/// sensitivity-analysis benchmarks with known answers.
///
/// ```
/// sphere      f = Σᵢ xᵢ²                                          min 0 at x = 0
/// ellipsoid   f = Σᵢ 10^(6(i−1)/(n−1))·xᵢ²   (n = 1: x₁²)         min 0 at x = 0
/// rosenbrock  f = Σ_{i<n} 100(x_{i+1} − xᵢ²)² + (1 − xᵢ)²          min 0 at x = 1,  n ≥ 2
/// ishigami    f = sin x₁ + a·sin² x₂ + b·x₃⁴·sin x₁               x ∈ [−π, π]³,  n = 3
/// sobol-g     f = Πᵢ (|4xᵢ − 2| + aᵢ)/(1 + aᵢ)                    x ∈ [0, 1]ⁿ,  aᵢ ≥ 0
/// ```
///
/// Sums and products run over `i = 1 … n`, `n` the point's dimension. See
/// `docs/TestFunction.md` for the sources and the known sensitivity indices.
public enum TestFunction: String, CaseIterable, Sendable, Codable, ParameterChoice {
    /// `Σ xᵢ²`.
    case sphere
    /// Hansen's separable ellipsoid, condition number 10⁶.
    case ellipsoid
    /// Rosenbrock's (1960) valley.
    case rosenbrock
    /// Ishigami and Homma's (1990) function of three inputs.
    case ishigami
    /// Sobol's (1993) G function, as Saltelli uses it.
    case sobolG = "sobol-g"

    /// The dimensions the function is defined for.
    public var dimensions: ClosedRange<Int> {
        switch self {
        case .sphere, .ellipsoid, .sobolG: 1...8
        case .rosenbrock: 2...8
        case .ishigami: 3...3
        }
    }

    /// The box every input must lie in, or `nil` for the whole real line.
    ///
    /// ```
    /// ishigami: [−π, π]   (π as Double.pi, just below π)
    /// sobol-g:  [0, 1]
    /// ```
    public var inputDomain: ClosedRange<Double>? {
        switch self {
        case .sphere, .ellipsoid, .rosenbrock: nil
        case .ishigami: -Double.pi...Double.pi
        case .sobolG: 0...1
        }
    }

    /// ``inputDomain`` as the error messages write it.
    var _inputDomainText: String {
        switch self {
        case .sphere, .ellipsoid, .rosenbrock: "ℝ"
        case .ishigami: "[−π, π]"
        case .sobolG: "[0, 1]"
        }
    }
}
