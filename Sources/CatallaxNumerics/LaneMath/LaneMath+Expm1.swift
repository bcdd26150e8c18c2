extension LaneMath {
    /// `eˣ − 1` on every lane, accurate for tiny `x`.
    ///
    /// ```
    /// expm1(x) = 2ⁿ·(1 + p) − 1 = 2·(t·p + (t − ½)),   t = 2ⁿ⁻¹,   p = eʳ − 1
    /// n = round(x / ln 2),   r = x − n·ln 2
    /// ```
    /// Domain: all of `Double`. `expm1(x) = −1` below about `−37.43` (where
    /// `eˣ < 2⁻⁵⁴`), overflows to `+∞` above `709.782712893384`;
    /// `expm1(±0) = ±0`, `expm1(−∞) = −1`, NaN gives NaN.
    ///
    /// The numerical trap avoided: `exp(x) − 1` cancels for small `|x|` (all
    /// digits lost below 1e-16). Here `p = eʳ − 1` comes from a polynomial
    /// `r + r²·Q(r)` with no cancellation, `t − ½` is exact, and the FMAs
    /// round `t·p + (t − ½)` twice; using `2ⁿ⁻¹` keeps `t` finite for
    /// `n = 1024`.
    /// Relative error ≤ 1e-14 (measured ≤ 2 ulp, `docs/LaneMath.md`) where the
    /// result is normal.
    /// - Parameter x: Exponents, one per lane.
    /// - Returns: `eˣ − 1` per lane.
    @inlinable @_transparent
    public static func expm1<V: LaneVector>(_ x: V) -> V {
        // Small arguments (the common case of a trade against a curve) take
        // a short Taylor polynomial; each lane's path depends on its own x
        // only, so its bits never depend on its neighbours.
        let small = _magnitude(x) .<= 0x1p-9
        if _fastPath(V.allLanes(small)) { return _expm1Small(x) }
        return _expm1General(x).replacing(with: _expm1Small(x), where: small)
    }

    /// `expm1(x)` for `|x| ≤ 2⁻⁹` by its Taylor series to `x⁶/720`:
    /// ```
    /// expm1(x) = x + x²·(1/2 + x/6 + x²/24 + x³/120 + x⁴/720) + O(x⁷)
    /// ```
    /// The first omitted term is below `2⁻⁵⁴·|x|` there.
    @inlinable @_transparent
    internal static func _expm1Small<V: LaneVector>(_ x: V) -> V {
        var p = _fma(x, 0x1.6c16c16c16c17p-10 /* 1/720 */, 0x1.1111111111111p-7 /* 1/120 */)
        p = _fma(x, p, V(repeating: 0x1.5555555555555p-5 /* 1/24 */))
        p = _fma(x, p, V(repeating: 0x1.5555555555555p-3 /* 1/6 */))
        p = _fma(x, p, V(repeating: 0.5))
        return _fma(x * x, p, x).replacing(with: x, where: _magnitude(x) .< 0x1p-54)
    }

    @inlinable @_transparent
    internal static func _expm1General<V: LaneVector>(_ x: V) -> V {
        // Below −45 the result rounds to −1, above 710 to +∞: clamping keeps
        // n in [−65, 1024] and so t = 2ⁿ⁻¹ normal.
        let clamped = _clamped(x, lower: -45, upper: 710)
        let (r, shifted) = _reduceByLn2(clamped)
        let q = _expm1Quotient(r)
        // Biased exponent of 2ⁿ⁻¹ is n + 1022 ∈ [957, 2046].
        let t = V(bitPattern: (shifted.bitPattern &- V.Bits(repeating: 0x4338_0000_0000_0000 &- 1022)) &<< 52)
        // t·p + (t − ½) with p = r + r²·Q: the terms without Q are summed
        // while Q is evaluated (for n = 0 exactly: ½r), one FMA follows Q.
        let half = _fma(t * (r * r), q, _fma(t, r, t - 0.5))
        let result = half + half
        // For |x| < 2⁻⁵⁴, expm1(x) rounds to x; returning x also keeps −0 and
        // subnormal x exact (the halving above would round them).
        return result.replacing(with: x, where: _magnitude(x) .< 0x1p-54)
    }

    /// `Q(r) ≈ (eʳ − 1 − r)/r²` for `|r| ≤ ½ ln 2 (1 + 10⁻⁴)`, so that
    /// `eʳ − 1 ≈ r + r²·Q(r)` without cancellation near 0.
    ///
    /// ```
    /// Q(r) = Σ₀⁹ cᵢ rⁱ
    /// ```
    /// The degree-9 minimax fit (Remez exchange) of the relative error of
    /// `r + r²·Q(r)` against `eʳ − 1`: 1.8e-17 before rounding, 3.4e-17 with
    /// the coefficients rounded to double. Evaluated in Estrin form: shallower
    /// dependency chains than Horner (while the lane arithmetic was the
    /// standard library's per-lane loops, a Horner chain here also exceeded
    /// the SLP vectorizer's search depth and left lanes scalar).
    /// Callers add `r + r²·Q` themselves, folded into their final FMA.
    @inlinable @_transparent
    internal static func _expm1Quotient<V: LaneVector>(_ r: V) -> V {
        let r2 = r * r
        let r4 = r2 * r2
        let r8 = r4 * r4
        let q01 = _fma(r, 0x1.5555555555539p-3, 0x1.0000000000005p-1)
        let q23 = _fma(r, 0x1.1111111118fa8p-7, 0x1.55555555522b8p-5)
        let q45 = _fma(r, 0x1.a01a017515d4ap-13, 0x1.6c16c17edba69p-10)
        let q67 = _fma(r, 0x1.71de880461ddep-19, 0x1.a019a76f4fccfp-16)
        let q89 = _fma(r, 0x1.ae6babec7c473p-26, 0x1.28a1dff2445a1p-22)
        let q03 = _fma(r2, q23, q01)
        let q47 = _fma(r2, q67, q45)
        let q07 = _fma(r4, q47, q03)
        return _fma(r8, q89, q07)
    }
}
