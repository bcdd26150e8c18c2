#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension TestFunction {
    /// `f(x)` over the first `n` coordinates of `x`.
    ///
    /// ```
    /// f = sphere | ellipsoid | rosenbrock | ishigami(a, b) | sobol-g(a₁ … aₙ)   (formulas on the type)
    /// ```
    /// The inputs are a `SIMD8`, so an evaluation allocates nothing. Not
    /// checked here: the point's ``TestFunctionParameters/validate()`` has
    /// checked `n` and the domain.
    /// - Parameters:
    ///   - x: The inputs `x₁ … x₈`; those past `n` are ignored.
    ///   - n: The dimension, within ``dimensions``.
    ///   - ishigami: Ishigami's `(a, b)`.
    ///   - sobol: Sobol-G's `a₁ … a₈`.
    /// - Returns: `f(x)`, which overflows to ±∞ only for inputs of huge magnitude.
    /// - Complexity: O(n).
    public func value(at x: SIMD8<Double>, dimension n: Int, ishigami: (a: Double, b: Double), sobol: SIMD8<Double>) -> Double {
        switch self {
        case .sphere: Self._sphere(x, n)
        case .ellipsoid: Self._ellipsoid(x, n)
        case .rosenbrock: Self._rosenbrock(x, n)
        case .ishigami: Self._ishigami(x, a: ishigami.a, b: ishigami.b)
        case .sobolG: Self._sobolG(x, n, sobol)
        }
    }

    /// `Σᵢ xᵢ²`, summed in coordinate order.
    static func _sphere(_ x: SIMD8<Double>, _ n: Int) -> Double {
        var sum = 0.0
        for i in 0..<n { sum += x[i] * x[i] }
        return sum
    }

    /// `Σᵢ 10^(6(i−1)/(n−1))·xᵢ²`; `x₁²` when `n = 1`.
    ///
    /// The weight is `pow(10, e)` with `e = 6i/(n − 1)` (0-based `i`): whole
    /// exponents give exact powers of ten (1, 10³, 10⁶ for `n = 3`).
    static func _ellipsoid(_ x: SIMD8<Double>, _ n: Int) -> Double {
        guard n > 1 else { return x[0] * x[0] }
        var sum = 0.0
        for i in 0..<n { sum += pow(10, 6 * Double(i) / Double(n - 1)) * x[i] * x[i] }
        return sum
    }

    /// `Σ_{i<n} 100(x_{i+1} − xᵢ²)² + (1 − xᵢ)²`.
    static func _rosenbrock(_ x: SIMD8<Double>, _ n: Int) -> Double {
        var sum = 0.0
        for i in 0..<(n - 1) {
            let valley = x[i + 1] - x[i] * x[i], gap = 1 - x[i]
            sum += 100 * valley * valley + gap * gap
        }
        return sum
    }

    /// `sin x₁ + a·sin² x₂ + b·x₃⁴·sin x₁`, evaluated as `sin x₁·(1 + b·x₃⁴) + a·sin² x₂`.
    static func _ishigami(_ x: SIMD8<Double>, a: Double, b: Double) -> Double {
        let s2 = sin(x[1]), x3Squared = x[2] * x[2]
        return sin(x[0]) * (1 + b * x3Squared * x3Squared) + a * s2 * s2
    }

    /// `Πᵢ (|4xᵢ − 2| + aᵢ)/(1 + aᵢ)`, multiplied in coordinate order.
    static func _sobolG(_ x: SIMD8<Double>, _ n: Int, _ a: SIMD8<Double>) -> Double {
        var product = 1.0
        for i in 0..<n { product *= (abs(4 * x[i] - 2) + a[i]) / (1 + a[i]) }
        return product
    }
}
