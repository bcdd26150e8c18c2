extension LaneMath {
    /// The softplus `ln(1 + eˣ)` on every lane, without overflow or premature
    /// underflow.
    ///
    /// ```
    /// softplus(x) = max(x, 0) + ln(1 + e^(−|x|))
    /// ```
    /// Domain: all of `Double`; the result is in `[0, +∞]` and finite for
    /// finite `x`. `softplus(x) = x` for large `x` (`> 37`, to rounding),
    /// `≈ eˣ` for very negative `x` (it underflows to 0 exactly where `eˣ`
    /// does, near `−745.13`), `softplus(−∞) = 0`, `softplus(+∞) = +∞`, NaN
    /// gives NaN.
    ///
    /// The numerical traps avoided: `eˣ` overflows for `x > 709.78` although
    /// the result is ≈ `x`, and `log(1 + eˣ)` returns 0 for `x < −37` although
    /// the result is ≈ `eˣ`. With `y = e^(−|x|) ∈ (0, 1]`, `u = 1 + y` and its
    /// exact rounding error feed the `ln(1 + f)` kernel of `log1p`, where `k` is
    /// only 0 or 1. Relative error ≤ 1e-14 (measured ≤ 2 ulp,
    /// `docs/LaneMath.md`) where the result is normal.
    /// - Parameter x: Arguments, one per lane.
    /// - Returns: `ln(1 + eˣ)` per lane.
    @inlinable @_transparent
    public static func softplus<V: LaneVector>(_ x: V) -> V {
        // y = e^(−|x|), the `exp` steps with only the lower clamp needed.
        let negativeMagnitude = V(bitPattern: x.bitPattern | V.Bits(repeating: 0x8000_0000_0000_0000))
        let clamped = negativeMagnitude.replacing(with: -746, where: negativeMagnitude .< -746)
        let (r, shifted) = _reduceByLn2(clamped)
        let q = _expm1Quotient(r)
        let (scaleLow, scaleHigh) = _twoFactorPowerOfTwo(shifted)
        let y = _fma(scaleLow * (r * r), q, _fma(scaleLow, r, scaleLow)) * scaleHigh
        // ln(1 + y): u ∈ [1, 2], so u − 1 is exact (Sterbenz) and so is the
        // Fast2Sum error y − (u − 1). Halve u (k = 1) when y ≥ √2 − 1 (tested
        // on y so it need not wait for u; either choice is valid at the edge).
        let u = 1 + y
        let roundingError = y - (u - 1)
        let isUpper = y .>= 0x1.a827999fcef32p-2
        let inversePower = V(repeating: 1).replacing(with: 0.5, where: isUpper)
        let k = V(repeating: 0).replacing(with: 1, where: isUpper)
        let f = _fma(roundingError, inversePower, _fma(u, inversePower, V(repeating: -1)))
        let twoPlusF = _fma(roundingError, inversePower, _fma(u, inversePower, V(repeating: 1)))
        let logOnePlusY = _logOnePlusReduced(f, twoPlusF: twoPlusF, k: k)
        return x.replacing(with: 0, where: x .< 0) + logOnePlusY
    }
}
