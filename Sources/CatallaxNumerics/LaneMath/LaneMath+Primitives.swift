// Lane-wise building blocks shared by the LaneMath functions. All are
// `@inline(__always)`, so after specialization each is one or two vector
// instructions.

extension LaneMath {
    /// `a·b + c` with one rounding (one `vfmadd` per register).
    @inlinable @_transparent
    internal static func _fma<V: LaneVector>(_ a: V, _ b: V, _ c: V) -> V {
        c.addingProduct(a, b)
    }

    /// `a·b + c` with one rounding, `b` broadcast.
    @inlinable @_transparent
    internal static func _fma<V: LaneVector>(_ a: V, _ b: Double, _ c: V) -> V {
        c.addingProduct(a, V(repeating: b))
    }

    /// `a·b + c` with one rounding, `b` and `c` broadcast (a polynomial pair).
    @inlinable @_transparent
    internal static func _fma<V: LaneVector>(_ a: V, _ b: Double, _ c: Double) -> V {
        V(repeating: c).addingProduct(a, V(repeating: b))
    }

    /// `|x|` by clearing the sign bit (one `vandpd`).
    @inlinable @_transparent
    internal static func _magnitude<V: LaneVector>(_ x: V) -> V {
        V(bitPattern: x.bitPattern & V.Bits(repeating: 0x7fff_ffff_ffff_ffff))
    }

    /// `x` clamped to `[lower, upper]`; NaN lanes stay NaN (`vmaxpd`/`vminpd`
    /// with the bound first return the second operand when unordered).
    @inlinable @_transparent
    internal static func _clamped<V: LaneVector>(_ x: V, lower: Double, upper: Double) -> V {
        let raised = x.replacing(with: lower, where: x .< lower)
        return raised.replacing(with: upper, where: raised .> upper)
    }

    /// `ln 2` split for Cody–Waite reduction with FMA: `_ln2Hi` is `ln 2`
    /// rounded to a double, `_ln2Lo` the rest (`|ln 2 − hi − lo| < 2⁻¹⁰⁶`).
    /// With FMA, `x − n·_ln2Hi` is exact for `|n| ≤ 1100` (the product is not
    /// rounded and the difference has at most 53 significant bits).
    @inlinable @_transparent
    internal static var _ln2Hi: Double { 0x1.62e42fefa39efp-1 }

    /// The low part of `ln 2` (see `_ln2Hi`).
    @inlinable @_transparent
    internal static var _ln2Lo: Double { 0x1.abc9e3b39803fp-56 }
}
