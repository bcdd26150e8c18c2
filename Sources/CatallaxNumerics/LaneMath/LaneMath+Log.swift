extension LaneMath {
    /// The natural logarithm `ln x` on every lane.
    ///
    /// ```
    /// x = 2ᵏ·(1 + f),  1 + f ∈ [√½, √2)
    /// ln x = k·ln 2 + ln(1 + f),   ln(1 + f) = 2·atanh(s),   s = f/(2 + f)
    /// ```
    /// Domain: `x ≥ 0`, subnormals included. `log(0) = −∞`, `log(+∞) = +∞`,
    /// negative `x` or NaN gives NaN (domain error).
    ///
    /// The numerical traps avoided: near `x = 1` the reduction gives the exact
    /// `f = x − 1` (no digit of the small result is lost to `k·ln 2`, which is
    /// 0 there), and the series runs in `s = f/(2 + f)`, a third the size of
    /// `f`, so seven terms suffice; subnormal `x` is scaled by `2⁵²` first so
    /// its exponent field is exact. Relative error ≤ 1e-14 (measured ≤ 2 ulp,
    /// `docs/LaneMath.md`).
    /// - Parameter x: Non-negative arguments, one per lane.
    /// - Returns: `ln x` per lane.
    @inlinable @_transparent
    public static func log<V: LaneVector>(_ x: V) -> V {
        let isSubnormal = x .< 0x1p-1022
        let normal = x.replacing(with: x * 0x1p52, where: isSubnormal)
        let exponentCorrection = V(repeating: 0).replacing(with: -52, where: isSubnormal)
        let split = _splitExponent(normal)
        // 2 + f as m + 1 (the same double) so it need not wait for f.
        let y = _logOnePlusReduced(split.m - 1, twoPlusF: split.m + 1, k: split.k + exponentCorrection)
        // +∞ and NaN lanes pass through; 0 gives −∞; negatives give NaN.
        return y.replacing(with: x, where: .!(x .< .infinity))
            .replacing(with: -.infinity, where: x .== 0)
            .replacing(with: .nan, where: x .< 0)
    }

    /// `x = 2ᵏ·m` with `m ∈ [√½, √2)`, for positive normal `x`.
    ///
    /// Adding the bits of `1 − √½` below the exponent field carries into it
    /// exactly when the significand reaches `√2`, so `⌊(bits + c) / 2⁵²⌋` is
    /// the biased `k`, and subtracting `k·2⁵²` from the bits divides by `2ᵏ`
    /// without rounding; `f = m − 1` is then exact (Sterbenz). `k` is turned
    /// into a double by the `2⁵²` shifter (no 64-bit integer conversion in AVX2).
    /// - Returns: `m`, `k` as a double, and `biasedK·2⁵²` (the bits of `2ᵏ`).
    @inlinable @_transparent
    internal static func _splitExponent<V: LaneVector>(_ x: V) -> (m: V, k: V, powerBits: V.Bits) {
        let bits = x.bitPattern
        let carried = bits &+ V.Bits(repeating: 0x3ff0_0000_0000_0000 &- 0x3fe6_a09e_667f_3bcd)
        let biasedK = carried &>> 52
        let powerBits = biasedK &<< 52
        let significand = V(bitPattern: (bits &- powerBits) &+ V.Bits(repeating: 0x3ff0_0000_0000_0000))
        let k = V(bitPattern: biasedK | V.Bits(repeating: 0x4330_0000_0000_0000)) - V(repeating: 0x1p52 + 1023)
        return (significand, k, powerBits)
    }

    /// `k·ln 2 + ln(1 + f)` for `f ∈ [√½ − 1, √2 − 1]` (slightly beyond is fine),
    /// given `twoPlusF = 2 + f` (rounded).
    ///
    /// ```
    /// s = f/(2 + f),  z = s²,  ln(1 + f) = 2·atanh(s) = 2s + s·z·T(z),  2s = f − s·f
    /// result = s·z·T(z) + (k·ln2Hi + (k·ln2Lo + (f − s·f)))
    /// ```
    /// `|s| ≤ 0.1716`, `z ≤ 0.02944`. `T` is the degree-6 minimax fit (Remez
    /// exchange, weighted for the relative error of `ln(1 + f)`) of
    /// `(2·atanh(s) − 2s)/s³`: error 1.3e-18 before rounding, 1.6e-18 with the
    /// coefficients rounded to double. Writing `2s` as `f − s·f` (fdlibm's
    /// identity) keeps the exact `f` as the leading term: the two roundings
    /// in `s` only reach the result through `s·f ≤ 0.21·f`, and tiny or
    /// subnormal `f` comes back exactly (`2·(f/2)` would round). The bracket
    /// does not depend on `T`, so it is computed while `T` is and a single
    /// FMA follows the polynomial, a short dependency chain that lets
    /// successive calls overlap in a loop. `k·ln2Hi` is exact inside its FMA.
    @inlinable @_transparent
    internal static func _logOnePlusReduced<V: LaneVector>(_ f: V, twoPlusF: V, k: V) -> V {
        let s = f / twoPlusF
        let z = s * s
        let z2 = z * z
        let z4 = z2 * z2
        let t01 = _fma(z, 0x1.999999997fe68p-2, 0x1.5555555555592p-1)
        let t23 = _fma(z, 0x1.c71c520fa3ca7p-3, 0x1.24924941e86d3p-2)
        let t45 = _fma(z, 0x1.39a1d41fdc0d4p-3, 0x1.74663dc6b5d0bp-3)
        let t03 = _fma(z2, t23, t01)
        let t46 = _fma(z2, 0x1.2f0487a4aca01p-3, t45)
        let t = _fma(z4, t46, t03)
        // For k = 0 both outer FMAs return f − s·f unchanged.
        let bracket = _fma(k, _ln2Hi, _fma(k, _ln2Lo, _fma(-s, f, f)))
        return _fma(s * z, t, bracket)
    }
}
