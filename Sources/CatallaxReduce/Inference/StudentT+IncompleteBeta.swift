#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension StudentT {
    /// The mass beyond `t` and within `±t`, for `t ≥ 0`:
    /// `upperTail = P(T > t)`, `central = P(|T| ≤ t) = 1 − 2·upperTail`.
    ///
    /// Exactly one of the two was evaluated directly (`tailIsDirect` says
    /// which) and carries full relative precision; the other is `1 − …` of it.
    internal struct _Split {
        var upperTail: Double
        var central: Double
        var tailIsDirect: Bool
    }

    /// Upper tail and central mass at `t ≥ 0` (see ``_Split``).
    ///
    /// With `a = ν/2`, `b = ½`, `r² = t²/ν`, `x = 1/(1 + r²)`, `y = r²/(1 + r²)`:
    /// ```
    /// P(T > t) = ½ · I_x(a, b),     P(|T| ≤ t) = I_y(b, a)
    /// I_x(a, b) = x^a y^b / (a·B(a, b)) · CF(a, b, x)          (A&S 26.5.8)
    /// I_y(b, a) = x^a y^b / (b·B(a, b)) · CF(b, a, y)
    /// ```
    /// The continued fraction for `I_x(a, b)` converges fast for
    /// `x < (a + 1)/(a + b + 2)`; otherwise `I_y(b, a)` is in its fast region.
    /// In the first region, for `a ≥ 15` and `λ = −log x ≤ 1`, the fraction is
    /// ill-conditioned and ``_upperTailExpansion(a:lambda:)`` is used instead.
    /// Both share the prefactor `x^a · y^b / B(a, ½)`, computed as
    /// `exp(a · log x) · √y · Γ(a + ½) / (Γ(a) · √π)` with `log x = −log1p(r²)`.
    internal static func _split(at t: Double, degreesOfFreedom nu: Double) -> _Split {
        if t == 0 { return _Split(upperTail: 0.5, central: 0, tailIsDirect: false) }
        if t == .infinity { return _Split(upperTail: 0, central: 1, tailIsDirect: true) }
        if nu == .infinity {
            // Standard normal: P(Z > t) = ½ erfc(t/√2), P(|Z| ≤ t) = erf(t/√2);
            // both are accurate to a few ulps relative over their whole range.
            let z = t / 2.0.squareRoot()
            let upper = 0.5 * erfc(z)
            return _Split(upperTail: upper, central: erf(z), tailIsDirect: upper < 0.25)
        }
        let a = 0.5 * nu
        let b = 0.5
        let r = t / nu.squareRoot()
        let r2 = r * r
        let x = 1 / (1 + r2)
        let y = r <= 1 ? r2 / (1 + r2) : 1 / (1 + 1 / r2)
        let logX = _logX(r: r)
        if x < (a + 1) / (a + b + 2), a >= 15, -logX <= 1 {
            // Lentz's recurrences cancel here for large a; see the expansion.
            let upper = _upperTailExpansion(a: a, lambda: -logX)
            return _Split(upperTail: upper, central: 1 - 2 * upper, tailIsDirect: true)
        }
        let prefactor = exp(a * logX) * y.squareRoot() * _gammaRatio(a) / Double.pi.squareRoot()
        if x < (a + 1) / (a + b + 2) {
            let ix = prefactor / a * _incompleteBetaFraction(a: a, b: b, x: x)
            return _Split(upperTail: 0.5 * ix, central: 1 - ix, tailIsDirect: true)
        }
        let iy = prefactor / b * _incompleteBetaFraction(a: b, b: a, x: y)
        return _Split(upperTail: 0.5 * (1 - iy), central: iy, tailIsDirect: false)
    }

    /// The density `f(t)` for `t ≥ 0`.
    ///
    /// ```
    /// f(t) = Γ(a + ½) / (Γ(a) · √(πν)) · exp((a + ½) · log x),   a = ν/2
    /// ```
    /// with `log x = −log1p(t²/ν)` as in ``_split(at:degreesOfFreedom:)``;
    /// for `ν = ∞`, `f(t) = exp(−t²/2)/√(2π)`.
    internal static func _density(at t: Double, degreesOfFreedom nu: Double) -> Double {
        if nu == .infinity {
            return exp(-0.5 * t * t) / (2 * Double.pi).squareRoot()
        }
        let a = 0.5 * nu
        let r = t / nu.squareRoot()
        return _gammaRatio(a) / (Double.pi * nu).squareRoot() * exp((a + 0.5) * _logX(r: r))
    }

    /// `log x = log(1/(1 + r²)) = −log1p(r²)`, without overflowing `r²`.
    ///
    /// Past `r = 1e150`, `log1p(r²) = 2·log r + log1p(r⁻²)` and the second
    /// term (below 1e-300) is dropped.
    private static func _logX(r: Double) -> Double {
        r < 1e150 ? -log1p(r * r) : -2 * log(r)
    }

    /// The gamma-function ratio `G(a) = Γ(a + ½) / Γ(a)` for `a ≥ ½`.
    ///
    /// For `a < 30`, directly from `tgamma` (no overflow below 171). Beyond,
    /// from Stirling's series `log Γ(z) = (z − ½)·log z − z + ½·log 2π + ω(z)`:
    /// ```
    /// log G(a) = ½·log a + (a·log1p(1/(2a)) − ½) + ω(a + ½) − ω(a)
    /// ω(z) = 1/(12z) − 1/(360z³) + 1/(1260z⁵) − 1/(1680z⁷)   (error < 5e-17 at z ≥ 30)
    /// ```
    /// The trap it avoids: `exp(lgamma(a + ½) − lgamma(a))` cancels two
    /// numbers of size `a·log a`, losing `log₁₀(a·log a)` digits.
    internal static func _gammaRatio(_ a: Double) -> Double {
        if a < 30 { return tgamma(a + 0.5) / tgamma(a) }
        return a.squareRoot() * exp(a * log1p(0.5 / a) - 0.5 + _stirlingTail(a + 0.5) - _stirlingTail(a))
    }

    /// Stirling's correction `ω(z) = log Γ(z) − ((z − ½)·log z − z + ½·log 2π)`,
    /// four terms, for `z ≥ 30`.
    private static func _stirlingTail(_ z: Double) -> Double {
        let w = 1 / (z * z)
        return (1.0 / 12 - w * (1.0 / 360 - w * (1.0 / 1260 - w * (1.0 / 1680)))) / z
    }

    /// The continued fraction `CF(a, b, x)` with `I_x(a, b) = x^a (1−x)^b / (a·B(a, b)) · CF`,
    /// evaluated by the modified Lentz method.
    ///
    /// ```
    /// CF = 1/(1 + d₁/(1 + d₂/(1 + …)))                          (A&S 26.5.8)
    /// d₂ₘ₊₁ = −(a + m)(a + b + m)·x / ((a + 2m)(a + 2m + 1))
    /// d₂ₘ   =  m(b − m)·x / ((a + 2m − 1)(a + 2m))
    /// ```
    /// Lentz's method carries the ratios `C = Aₖ/Aₖ₋₁` and `D = Bₖ₋₁/Bₖ` of
    /// successive numerators and denominators instead of the numerators and
    /// denominators themselves, which would overflow; a zero ratio is nudged
    /// to 1e-300. Converges in under 50 double steps for `x < (a+1)/(a+b+2)`.
    internal static func _incompleteBetaFraction(a: Double, b: Double, x: Double) -> Double {
        let tiny = 1e-300
        var c = 1.0
        var d = 1 - (a + b) * x / (a + 1)
        if d.magnitude < tiny { d = tiny }
        d = 1 / d
        var fraction = d
        for step in 1...300 {
            let m = Double(step)
            // Even term d₂ₘ.
            var coefficient = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m))
            d = 1 + coefficient * d
            if d.magnitude < tiny { d = tiny }
            c = 1 + coefficient / c
            if c.magnitude < tiny { c = tiny }
            d = 1 / d
            fraction *= d * c
            // Odd term d₂ₘ₊₁.
            coefficient = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))
            d = 1 + coefficient * d
            if d.magnitude < tiny { d = tiny }
            c = 1 + coefficient / c
            if c.magnitude < tiny { c = tiny }
            d = 1 / d
            let factor = d * c
            fraction *= factor
            if (factor - 1).magnitude <= .ulpOfOne { break }
        }
        return fraction
    }
}
