// Each lane width's `_lanes…` arithmetic requirements, forwarded to the one
// vector operation `CLaneArithmetic` defines for it (see LaneVector+Arithmetic.swift).

import CLaneArithmetic

extension SIMD2 where Scalar == Double {
    @inlinable @inline(__always)
    public static func _lanesAdd(_ a: Self, _ b: Self) -> Self { catallax_lanes2_add(a, b) }
    @inlinable @inline(__always)
    public static func _lanesSubtract(_ a: Self, _ b: Self) -> Self { catallax_lanes2_subtract(a, b) }
    @inlinable @inline(__always)
    public static func _lanesMultiply(_ a: Self, _ b: Self) -> Self { catallax_lanes2_multiply(a, b) }
    @inlinable @inline(__always)
    public static func _lanesDivide(_ a: Self, _ b: Self) -> Self { catallax_lanes2_divide(a, b) }
    @inlinable @inline(__always)
    public static func _lanesNegate(_ a: Self) -> Self { catallax_lanes2_negate(a) }
    @inlinable @inline(__always)
    public static func _lanesFusedMultiplyAdd(_ a: Self, _ b: Self, _ c: Self) -> Self { catallax_lanes2_fused_multiply_add(a, b, c) }
    @inlinable @inline(__always)
    public static func _lanesSquareRoot(_ a: Self) -> Self { catallax_lanes2_square_root(a) }
    @inlinable @inline(__always)
    public static func _lanesFloor(_ a: Self) -> Self { catallax_lanes2_floor(a) }
    @inlinable @inline(__always)
    public static func _lanesCeiling(_ a: Self) -> Self { catallax_lanes2_ceiling(a) }
    @inlinable @inline(__always)
    public static func _lanesTruncate(_ a: Self) -> Self { catallax_lanes2_truncate(a) }
    @inlinable @inline(__always)
    public static func _lanesRoundHalfAway(_ a: Self) -> Self { catallax_lanes2_round_half_away(a) }
    @inlinable @inline(__always)
    public static func _lanesRoundHalfEven(_ a: Self) -> Self { catallax_lanes2_round_half_even(a) }
    @inlinable @inline(__always)
    public static func _lanesSelect(_ mask: SIMDMask<MaskStorage>, _ b: Self, _ a: Self) -> Self {
        catallax_lanes2_select(mask._storage, b, a)
    }
}

extension SIMD4 where Scalar == Double {
    @inlinable @inline(__always)
    public static func _lanesAdd(_ a: Self, _ b: Self) -> Self { catallax_lanes4_add(a, b) }
    @inlinable @inline(__always)
    public static func _lanesSubtract(_ a: Self, _ b: Self) -> Self { catallax_lanes4_subtract(a, b) }
    @inlinable @inline(__always)
    public static func _lanesMultiply(_ a: Self, _ b: Self) -> Self { catallax_lanes4_multiply(a, b) }
    @inlinable @inline(__always)
    public static func _lanesDivide(_ a: Self, _ b: Self) -> Self { catallax_lanes4_divide(a, b) }
    @inlinable @inline(__always)
    public static func _lanesNegate(_ a: Self) -> Self { catallax_lanes4_negate(a) }
    @inlinable @inline(__always)
    public static func _lanesFusedMultiplyAdd(_ a: Self, _ b: Self, _ c: Self) -> Self { catallax_lanes4_fused_multiply_add(a, b, c) }
    @inlinable @inline(__always)
    public static func _lanesSquareRoot(_ a: Self) -> Self { catallax_lanes4_square_root(a) }
    @inlinable @inline(__always)
    public static func _lanesFloor(_ a: Self) -> Self { catallax_lanes4_floor(a) }
    @inlinable @inline(__always)
    public static func _lanesCeiling(_ a: Self) -> Self { catallax_lanes4_ceiling(a) }
    @inlinable @inline(__always)
    public static func _lanesTruncate(_ a: Self) -> Self { catallax_lanes4_truncate(a) }
    @inlinable @inline(__always)
    public static func _lanesRoundHalfAway(_ a: Self) -> Self { catallax_lanes4_round_half_away(a) }
    @inlinable @inline(__always)
    public static func _lanesRoundHalfEven(_ a: Self) -> Self { catallax_lanes4_round_half_even(a) }
    @inlinable @inline(__always)
    public static func _lanesSelect(_ mask: SIMDMask<MaskStorage>, _ b: Self, _ a: Self) -> Self {
        catallax_lanes4_select(mask._storage, b, a)
    }
}

extension SIMD8 where Scalar == Double {
    @inlinable @inline(__always)
    public static func _lanesAdd(_ a: Self, _ b: Self) -> Self { catallax_lanes8_add(a, b) }
    @inlinable @inline(__always)
    public static func _lanesSubtract(_ a: Self, _ b: Self) -> Self { catallax_lanes8_subtract(a, b) }
    @inlinable @inline(__always)
    public static func _lanesMultiply(_ a: Self, _ b: Self) -> Self { catallax_lanes8_multiply(a, b) }
    @inlinable @inline(__always)
    public static func _lanesDivide(_ a: Self, _ b: Self) -> Self { catallax_lanes8_divide(a, b) }
    @inlinable @inline(__always)
    public static func _lanesNegate(_ a: Self) -> Self { catallax_lanes8_negate(a) }
    @inlinable @inline(__always)
    public static func _lanesFusedMultiplyAdd(_ a: Self, _ b: Self, _ c: Self) -> Self { catallax_lanes8_fused_multiply_add(a, b, c) }
    @inlinable @inline(__always)
    public static func _lanesSquareRoot(_ a: Self) -> Self { catallax_lanes8_square_root(a) }
    @inlinable @inline(__always)
    public static func _lanesFloor(_ a: Self) -> Self { catallax_lanes8_floor(a) }
    @inlinable @inline(__always)
    public static func _lanesCeiling(_ a: Self) -> Self { catallax_lanes8_ceiling(a) }
    @inlinable @inline(__always)
    public static func _lanesTruncate(_ a: Self) -> Self { catallax_lanes8_truncate(a) }
    @inlinable @inline(__always)
    public static func _lanesRoundHalfAway(_ a: Self) -> Self { catallax_lanes8_round_half_away(a) }
    @inlinable @inline(__always)
    public static func _lanesRoundHalfEven(_ a: Self) -> Self { catallax_lanes8_round_half_even(a) }
    @inlinable @inline(__always)
    public static func _lanesSelect(_ mask: SIMDMask<MaskStorage>, _ b: Self, _ a: Self) -> Self {
        catallax_lanes8_select(mask._storage, b, a)
    }
}
