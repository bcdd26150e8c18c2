extension LaneMath {
    /// The exponential `eˣ` on every lane.
    ///
    /// ```
    /// exp(x) = eˣ = 2ⁿ · eʳ,   n = round(x / ln 2),   r = x − n·ln 2,   |r| ≤ ½ ln 2
    /// ```
    /// Domain: all of `Double`. Above `709.782712893384` the result overflows to
    /// `+∞`; below about `−745.13` it underflows to `0` (through subnormals).
    /// `exp(−∞) = 0`, `exp(+∞) = +∞`, NaN gives NaN.
    ///
    /// The numerical trap avoided: `2ⁿ` is not representable for the `n` that
    /// the extreme finite results need (`n = 1024` for `x` in `[709.44, 709.78]`,
    /// `n < −1022` for subnormal results), so it is applied as two normal
    /// factors `2^⌊n/2⌋ · 2^⌈n/2⌉`: the first scales exactly inside the FMAs,
    /// the second product rounds only where the result is subnormal.
    /// Relative error ≤ 1e-14 (measured ≤ 1 ulp, `docs/LaneMath.md`) where the
    /// result is normal.
    /// - Parameter x: Exponents, one per lane.
    /// - Returns: `eˣ` per lane.
    @inlinable @_transparent
    public static func exp<V: LaneVector>(_ x: V) -> V {
        // Outside [−746, 710] the result is 0 or +∞ either way; clamping keeps
        // n in [−1076, 1024] so the exponent arithmetic below cannot wrap.
        let clamped = _clamped(x, lower: -746, upper: 710)
        let (r, shifted) = _reduceByLn2(clamped)
        let q = _expm1Quotient(r)
        let (scaleLow, scaleHigh) = _twoFactorPowerOfTwo(shifted)
        // 2ⁿ·eʳ = s₂·(s₁·(1 + r) + s₁r²·Q(r)); the first two terms are formed
        // while Q is evaluated, so only one FMA and the product follow it.
        let linear = _fma(scaleLow, r, scaleLow)
        return _fma(scaleLow * (r * r), q, linear) * scaleHigh
    }

    /// Cody–Waite reduction `x = n·ln 2 + r`, `|r| ≤ ½ ln 2 (1 + 2⁻⁵²)`.
    ///
    /// `n = round(x·log₂e)` is taken with the "shifter" `1.5·2⁵²`: adding it
    /// rounds to an integer, and the sum's low mantissa bits then hold `n` in
    /// two's complement (returned as `shifted` for `_twoFactorPowerOfTwo`).
    /// Valid for `|x| < 2⁵⁰`; callers clamp to `[−746, 710]`.
    @inlinable @_transparent
    internal static func _reduceByLn2<V: LaneVector>(_ x: V) -> (r: V, shifted: V) {
        let shifter = V(repeating: 0x1.8p52)
        let shifted = _fma(x, 0x1.71547652b82fep0, shifter)
        let n = shifted - shifter
        let rHigh = _fma(n, -_ln2Hi, x)       // exact (see `_ln2Hi`)
        let r = _fma(n, -_ln2Lo, rHigh)
        return (r, shifted)
    }

    /// `(2^⌊n/2⌋, 2^(n − ⌊n/2⌋))` built from exponent bits, for `n` in
    /// `[−2046, 2046]` held in the low bits of `shifted` (see `_reduceByLn2`).
    ///
    /// ```
    /// b = n + 2046 ≥ 0,  e₁ = ⌊b/2⌋ = ⌊n/2⌋ + 1023,  e₂ = b − e₁ = ⌈n/2⌉ + 1023
    /// ```
    /// Both biased exponents lie in `[1, 2046]`, so both factors are normal.
    @inlinable @_transparent
    internal static func _twoFactorPowerOfTwo<V: LaneVector>(_ shifted: V) -> (V, V) {
        let biased = shifted.bitPattern &- V.Bits(repeating: 0x4338_0000_0000_0000 &- 2046)
        let exponentLow = biased &>> 1
        let exponentHigh = biased &- exponentLow
        return (V(bitPattern: exponentLow &<< 52), V(bitPattern: exponentHigh &<< 52))
    }
}
