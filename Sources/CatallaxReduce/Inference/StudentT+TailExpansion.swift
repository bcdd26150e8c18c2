#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension StudentT {
    /// The upper tail `P(T > t) = ½·I_x(a, ½)` for `a = ν/2 ≥ 15` and
    /// `λ = log1p(t²/ν) ≤ 1`, by an expansion in incomplete gamma functions.
    ///
    /// Why: there the continued fraction for `I_x(a, ½)` has `x` within
    /// `O(1/a)` of 1, its odd coefficients are close to −1, and Lentz's
    /// recurrences cancel: the error grows like `a·ε` (4e-11 at `ν = 1e6`,
    /// 1e-6 at `ν = 1e10`). This expansion adds positive terms instead.
    ///
    /// Derivation: with `w = e^{−τ}` in `I_x(a, ½) = ∫₀ˣ w^{a−1}(1 − w)^{−½} dw / B(a, ½)`,
    /// ```
    /// I_x(a, ½) = 1/B(a, ½) · ∫_λ^∞ e^{−aτ} (1 − e^{−τ})^{−½} dτ,   λ = −log x
    /// (1 − e^{−τ})^{−½} = τ^{−½} · Σₖ cₖ τᵏ,    Σₖ cₖ τᵏ = √(τ / (1 − e^{−τ}))
    /// I_x(a, ½) = 1/B(a, ½) · Σₖ cₖ Eₖ,         Eₖ = a^{−(k+½)} · Γ(k + ½, aλ)
    /// E₀ = √π · erfc(√(aλ)) / √a
    /// Eₖ = ((k − ½)·Eₖ₋₁ + λ^{k−½} · e^{−aλ}) / a      (upward recurrence of Γ(s, z))
    /// ```
    /// The `cₖ` come from the Bernoulli numbers (`τ/(1 − e^{−τ}) = Σ (−1)ⁿ Bₙ τⁿ/n!`,
    /// then a square root of the series; `c₁ = ¼`, `c₂ = 1/96`, `c₃ = −1/384`)
    /// and decay like `(2π)^{−k}`, the series' radius of convergence being
    /// `2π`. The expansion is asymptotic in `a`; the part of the integral
    /// beyond `τ = 2π`, where the series diverges, is below
    /// `e^{−a(2π − λ)} < 1e-34` relative for `a ≥ 15`, `λ ≤ 1`. Every term of
    /// the recurrence is positive, so it is stable; with `1/B(a, ½) = G(a)/√π`
    /// (``_gammaRatio(_:)``) the result is `G(a)/(2√π) · Σₖ cₖ Eₖ`. The same
    /// idea (a large-`a` expansion of `I_x(a, b)` in incomplete gamma
    /// functions) is DiDonato & Morris's BGRAT; with `b = ½` the incomplete
    /// gamma functions reduce to `erfc` and elementary terms.
    ///
    /// - DiDonato, A. R. & Morris, A. H. (1992). Algorithm 708: Significant
    ///   digit computation of the incomplete beta function ratios.
    ///   *ACM TOMS* 18(3), 360–373.
    internal static func _upperTailExpansion(a: Double, lambda: Double) -> Double {
        let z = a * lambda
        let expMinusZ = exp(-z)
        var e = Double.pi.squareRoot() * erfc(z.squareRoot()) / a.squareRoot()
        var sum = e
        var lambdaPower = 1 / lambda.squareRoot()  // λ^{k−½} for k = 0
        for k in 1..<_tailCoefficients.count {
            lambdaPower *= lambda
            e = ((Double(k) - 0.5) * e + lambdaPower * expMinusZ) / a
            let term = _tailCoefficients[k] * e
            sum += term
            if term.magnitude <= 1e-17 * sum { break }
        }
        return _gammaRatio(a) / (2 * Double.pi.squareRoot()) * sum
    }

    /// `cₖ` with `Σₖ cₖ τᵏ = √(τ/(1 − e^{−τ}))`, k = 0…24 (exact rationals
    /// rounded to `Double`; `|c₂₅| < 3e-21`).
    private static let _tailCoefficients: [Double] = [
        1.0, 0.25, 0.010416666666666666, -0.0026041666666666665, -9.765625e-05,
        5.154079861111111e-05, 1.2756024718915344e-06, -1.110097087880291e-06,
        -1.9670584004181822e-08, 2.4836319884715677e-08, 3.3966619960386745e-10,
        -5.690071833942187e-10, -6.3372301556671304e-12, 1.3251315155878903e-11,
        1.2468358960996804e-13, -3.1229993780631886e-13, -2.546988626356897e-15,
        7.426702350918158e-15, 5.3488858900327365e-17, -1.778579261088922e-16,
        -1.1473989542270475e-18, 4.283476654726128e-18, 2.5030337435180244e-20,
        -1.0363862910759544e-19, -5.535498379178477e-22,
    ]
}
