extension LaneMath {
    /// `ln(1 + x)` on every lane, accurate for tiny `x`.
    ///
    /// ```
    /// u + e = 1 + x exactly (TwoSum),   u = 2ᵏ·(1 + f₀)
    /// ln(1 + x) = k·ln 2 + ln(1 + f),   f = f₀ + e·2⁻ᵏ
    /// ```
    /// Domain: `x ≥ −1`. `log1p(−1) = −∞`, `log1p(+∞) = +∞`, `log1p(±0) = ±0`;
    /// `x < −1` or NaN gives NaN. For `|x| < 2⁻⁵³`, `log1p(x) = x` exactly
    /// (also for subnormals).
    ///
    /// The numerical trap avoided: `log(1 + x)` loses the digits of `x` that
    /// `1 + x` rounds away (everything below 1e-16). The rounding error `e` of
    /// `u = 1 + x` is recovered exactly and folded into `f`, which then holds
    /// `x` itself when `k = 0`; `f` carries a relative rounding of at most
    /// 2⁻⁵³, which `ln(1 + f)` does not amplify on `[√½ − 1, √2 − 1]`.
    /// Relative error ≤ 1e-14 (measured ≤ 2 ulp, `docs/LaneMath.md`).
    /// - Parameter x: Arguments `≥ −1`, one per lane.
    /// - Returns: `ln(1 + x)` per lane.
    @inlinable @_transparent
    public static func log1p<V: LaneVector>(_ x: V) -> V {
        // Small arguments take a short Taylor polynomial, as in expm1; each
        // lane's path depends on its own x only.
        let small = _magnitude(x) .<= 0x1p-9
        if _fastPath(V.allLanes(small)) { return _log1pSmall(x) }
        return _log1pGeneral(x).replacing(with: _log1pSmall(x), where: small)
    }

    /// `log1p(x)` for `|x| ≤ 2⁻⁹` by its Taylor series to `x⁷/7`:
    /// ```
    /// log1p(x) = x + x²·(−1/2 + x/3 − x²/4 + x³/5 − x⁴/6 + x⁵/7) + O(x⁸)
    /// ```
    /// The first omitted term is below `2⁻⁶³·|x|` there.
    @inlinable @_transparent
    internal static func _log1pSmall<V: LaneVector>(_ x: V) -> V {
        var p = _fma(x, 0x1.2492492492492p-3 /* 1/7 */, -0x1.5555555555555p-3 /* −1/6 */)
        p = _fma(x, p, V(repeating: 0x1.999999999999ap-3 /* 1/5 */))
        p = _fma(x, p, V(repeating: -0.25))
        p = _fma(x, p, V(repeating: 0x1.5555555555555p-2 /* 1/3 */))
        p = _fma(x, p, V(repeating: -0.5))
        return _fma(x * x, p, x).replacing(with: x, where: _magnitude(x) .< 0x1p-54)
    }

    @inlinable @_transparent
    internal static func _log1pGeneral<V: LaneVector>(_ x: V) -> V {
        let one = V(repeating: 1)
        let u = one + x
        // Knuth's TwoSum: no precondition on the magnitudes of 1 and x.
        let xPart = u - one
        let onePart = u - xPart
        let roundingError = (one - onePart) + (x - xPart)
        let split = _splitExponent(u)
        // 2⁻ᵏ = ½·2¹⁻ᵏ, the second factor built from exponent bits: its biased
        // exponent 2047 − (k + 1023) stays in [0, 1077] for every finite u
        // (k ≤ 1024), and ½ takes k = 1024 to the subnormal 2⁻¹⁰²⁴ exactly.
        // (At biased exponent 0 the factor reads 0; there e·2⁻ᵏ ≪ ulp(f).)
        let inversePower = V(bitPattern: V.Bits(repeating: 2047 << 52) &- split.powerBits) * 0.5
        // f and 2 + f both straight from m, side by side.
        let f = _fma(roundingError, inversePower, split.m - 1)
        let twoPlusF = _fma(roundingError, inversePower, split.m + 1)
        let y = _logOnePlusReduced(f, twoPlusF: twoPlusF, k: split.k)
        // ±0 and +∞ pass through; −1 gives −∞; below −1 NaN. NaN propagates.
        return y.replacing(with: x, where: (x .== 0) .| (x .== .infinity))
            .replacing(with: -.infinity, where: x .== -1)
            .replacing(with: .nan, where: x .< -1)
    }
}
