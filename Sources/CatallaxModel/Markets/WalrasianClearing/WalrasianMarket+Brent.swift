// Brent's root finder on the excess demand (Brent 1973, ch. 4, the
// `zero` procedure; the layout follows Numerical Recipes' `zbrent`).
//
// State: b is the best estimate (|Z(b)| ≤ |Z(c)|), c the other end of a
// bracket [b, c] around the sign change, a the previous b. Each step tries
// inverse quadratic interpolation through (a, b, c) (or the secant through
// (a, b) when a = c); the step is accepted only if it falls inside the
// bracket and shrinks faster than the step before last, otherwise the
// step bisects. Steps shorter than tol₁ are lengthened to tol₁ so that
// progress never stalls on rounding.

extension WalrasianMarket {
    /// The root of `Z` on `[lower, upper]` and the number of evaluations.
    internal func _brentRoot(
        _ lower: Double, _ upper: Double, tolerance: Double, maximumIterations: Int
    ) throws(MarketError) -> (Double, Int) {
        var a = lower, b = upper
        var fa = try _excess(a), fb = try _excess(b)
        var evaluations = 2
        if fa == 0 { return (a, evaluations) }
        if fb == 0 { return (b, evaluations) }
        if (fa > 0) == (fb > 0) {
            throw .notBracketed(lower: lower, upper: upper, excessAtLower: fa, excessAtUpper: fb)
        }
        var c = b, fc = fb
        var d = b - a, e = d
        for _ in 0..<maximumIterations {
            if (fb > 0) == (fc > 0) {
                // b and c on the same side: the bracket is [a, b]; restart c.
                c = a; fc = fa
                d = b - a; e = d
            }
            if abs(fc) < abs(fb) {
                a = b; b = c; c = a
                fa = fb; fb = fc; fc = fa
            }
            let tol1 = 2 * Double.ulpOfOne * abs(b) + 0.5 * tolerance
            let half = 0.5 * (c - b)
            if abs(half) <= tol1 || fb == 0 { return (b, evaluations) }
            if abs(e) >= tol1 && abs(fa) > abs(fb) {
                let s = fb / fa
                var p: Double, q: Double
                if a == c {
                    // Secant.
                    p = 2 * half * s
                    q = 1 - s
                } else {
                    // Inverse quadratic interpolation.
                    let qa = fa / fc, r = fb / fc
                    p = s * (2 * half * qa * (qa - r) - (b - a) * (r - 1))
                    q = (qa - 1) * (r - 1) * (s - 1)
                }
                if p > 0 { q = -q }
                p = abs(p)
                // Accept if inside the bracket and shrinking fast enough.
                if 2 * p < min(3 * half * q - abs(tol1 * q), abs(e * q)) {
                    e = d
                    d = p / q
                } else {
                    d = half; e = d
                }
            } else {
                d = half; e = d
            }
            a = b; fa = fb
            b += abs(d) > tol1 ? d : (half > 0 ? tol1 : -tol1)
            fb = try _excess(b)
            evaluations += 1
        }
        throw .didNotConverge(method: "Brent's method", iterations: maximumIterations, bracketWidth: abs(c - b))
    }

    /// `Z(p)`, or an error when it is not finite.
    internal func _excess(_ price: Double) throws(MarketError) -> Double {
        let z = excessDemand(atPrice: price)
        guard z.isFinite else { throw .nonFiniteExcessDemand(price: price, value: z) }
        return z
    }
}
