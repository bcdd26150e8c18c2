#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension StudentT {
    /// The `t > 0` with `P(T > t) = target` (tail form) or
    /// `P(|T| ≤ t) = target` (central form).
    ///
    /// `ν = 1` and `ν = 2` have closed forms. Otherwise Newton's method runs
    /// from Hill's approximation (or, for `ν = ∞` or `ν > 1e6`, the normal
    /// quantile with the first Cornish–Fisher correction `(z³ + z)/(4ν)`,
    /// A&S 26.7.5). The tail `Q(t)` is convex and the central mass `C(t)`
    /// concave for `t > 0`, so after at most one step from the right every
    /// Newton iterate lies left of the root and they increase monotonically
    /// onto it; a step that would leave `t > 0` is replaced by halving `t`.
    internal static func _positiveQuantile(target: Double, isCentral: Bool, degreesOfFreedom nu: Double) -> Double {
        // Upper-tail probability, for the closed forms and the starting point.
        let tail = isCentral ? 0.5 * (1 - target) : target
        if nu == 1 {
            // F(t) = ½ + atan(t)/π, so C(t) = (2/π)·atan t and Q(t) = atan(1/t)/π.
            return isCentral ? tan(0.5 * Double.pi * target) : 1 / tan(Double.pi * target)
        }
        if nu == 2 {
            // F(t) = ½ + t/(2√(t² + 2)), so C(t) = t/√(t² + 2);
            // solving, t = C·√(2/(1 − C²)) with 1 − C² = 4Q(1 − Q).
            if isCentral {
                return target * (2 / ((1 - target) * (1 + target))).squareRoot()
            }
            return (1 - 2 * target) / (2 * target * (1 - target)).squareRoot()
        }
        var t: Double
        if nu <= 1e6 {
            t = _hillGuess(tail: tail, degreesOfFreedom: nu)
            // Far in the tail, Hill's y = (d·2Q)^(2/ν) underflows; use the power law.
            if !(t.isFinite && t > 0) { t = _powerTailGuess(tail: tail, degreesOfFreedom: nu) }
        } else {
            let z = -_normalQuantileGuess(lowerTail: tail)
            t = nu == .infinity ? z : z + (z * z * z + z) / (4 * nu)
        }
        for _ in 0..<50 {
            let split = _split(at: t, degreesOfFreedom: nu)
            let density = _density(at: t, degreesOfFreedom: nu)
            guard density > 0 else { break }
            // Q' = −f and C' = 2f.
            let step = isCentral
                ? (target - split.central) / (2 * density)
                : (split.upperTail - target) / density
            var next = t + step
            if !(next > 0) { next = 0.5 * t }
            let converged = (next - t).magnitude <= 4 * .ulpOfOne * next
            t = next
            if converged { break }
        }
        return t
    }

    /// Hill's (1970, Algorithm 396) approximation to the upper quantile of
    /// Student's t for `ν ≥ 3` (rougher, about 1%, for `1 < ν < 3`).
    ///
    /// With two-sided probability `P = 2·tail`, `n = ν`:
    /// ```
    /// a = 1/(n − ½),  b = 48/a²,  c = ((20700a/b − 98)a − 16)a + 96.36
    /// d = ((94.5/(b + c) − 3)/b + 1)·√(aπ/2)·n,   y = (d·P)^(2/n)
    /// small P (y > 0.05 + a):  x = Φ⁻¹(P/2) (normal), then a series in x
    ///                          giving y = expm1(a·(series)²)
    /// otherwise:               y = ((1/(((n+6)/(n·y) − 0.089d − 0.822)(n+2)·3)
    ///                              + 0.5/(n+4))·y − 1)·(n+1)/(n+2) + 1/y
    /// t = √(n·y)
    /// ```
    /// Only a starting point: relative error about 1e-5 for `ν ≥ 3`.
    internal static func _hillGuess(tail: Double, degreesOfFreedom n: Double) -> Double {
        let twoSided = 2 * tail
        let a = 1 / (n - 0.5)
        let b = 48 / (a * a)
        var c = ((20700 * a / b - 98) * a - 16) * a + 96.36
        let d = ((94.5 / (b + c) - 3) / b + 1) * (a * Double.pi / 2).squareRoot() * n
        var y = pow(d * twoSided, 2 / n)
        if y > 0.05 + a {
            // Asymptotic expansion about the normal quantile.
            let x = _normalQuantileGuess(lowerTail: tail)
            y = x * x
            if n < 5 { c += 0.3 * (n - 4.5) * (x + 0.6) }
            c = (((0.05 * d * x - 5) * x - 7) * x - 2) * x + b + c
            y = (((((0.4 * y + 6.3) * y + 36) * y + 94.5) / c - y - 3) / b + 1) * x
            y = expm1(a * y * y)
        } else {
            y = ((1 / (((n + 6) / (n * y) - 0.089 * d - 0.822) * (n + 2) * 3) + 0.5 / (n + 4)) * y - 1)
                * (n + 1) / (n + 2) + 1 / y
        }
        return (n * y).squareRoot()
    }

    /// The far-tail asymptote of the upper quantile, for tails where Hill's
    /// approximation underflows.
    ///
    /// From `f(t) ≈ G(a)/√(πν) · ν^{(ν+1)/2} · t^{−(ν+1)}` for `t² ≫ ν`
    /// (`a = ν/2`, `G(a) = Γ(a + ½)/Γ(a)`), integrated:
    /// ```
    /// log t = (log G(a) − ½·log π + (ν/2 − 1)·log ν − log Q) / ν
    /// ```
    /// (for `ν = 1`, `t = 1/(πQ)`, the leading term of `cot(πQ)`).
    internal static func _powerTailGuess(tail: Double, degreesOfFreedom nu: Double) -> Double {
        let logT = (log(_gammaRatio(0.5 * nu)) - 0.5 * log(Double.pi) + (0.5 * nu - 1) * log(nu) - log(tail)) / nu
        return exp(logT)
    }

    /// Acklam's rational approximation to the standard normal quantile
    /// `Φ⁻¹(p)` for `0 < p ≤ ½` (so the result is `≤ 0`), relative error
    /// below 1.2e-9. Only a starting point.
    ///
    /// ```
    /// p < 0.02425:  q = √(−2·log p),  Φ⁻¹(p) ≈ C(q)/D(q)        (degrees 5/4)
    /// otherwise:    q = p − ½, r = q²,  Φ⁻¹(p) ≈ q·A(r)/B(r)   (degrees 5/5)
    /// ```
    /// - Acklam, P. J. (2003). An algorithm for computing the inverse normal
    ///   cumulative distribution function.
    internal static func _normalQuantileGuess(lowerTail p: Double) -> Double {
        if p < 0.02425 {
            let q = (-2 * log(p)).squareRoot()
            let numerator = ((((-7.784894002430293e-03 * q - 3.223964580411365e-01) * q - 2.400758277161838e+00) * q
                - 2.549732539343734e+00) * q + 4.374664141464968e+00) * q + 2.938163982698783e+00
            let denominator = (((7.784695709041462e-03 * q + 3.224671290700398e-01) * q + 2.445134137142996e+00) * q
                + 3.754408661907416e+00) * q + 1
            return numerator / denominator
        }
        let q = p - 0.5
        let r = q * q
        let numerator = ((((-3.969683028665376e+01 * r + 2.209460984245205e+02) * r - 2.759285104469687e+02) * r
            + 1.383577518672690e+02) * r - 3.066479806614716e+01) * r + 2.506628277459239e+00
        let denominator = ((((-5.447609879822406e+01 * r + 1.615858368580409e+02) * r - 1.556989798598866e+02) * r
            + 6.680131188771972e+01) * r - 1.328068155288572e+01) * r + 1
        return q * numerator / denominator
    }
}
