// Each lane width's `_bits…` requirements, forwarded to the one vector
// operation `CLaneArithmetic` defines for it (see LaneBits+Arithmetic.swift).

import CLaneArithmetic

extension SIMD2 where Scalar == UInt64 {
    @inlinable @inline(__always)
    public static func _bitsAdd(_ a: Self, _ b: Self) -> Self { catallax_bits2_add(a, b) }
    @inlinable @inline(__always)
    public static func _bitsSubtract(_ a: Self, _ b: Self) -> Self { catallax_bits2_subtract(a, b) }
    @inlinable @inline(__always)
    public static func _bitsMultiply(_ a: Self, _ b: Self) -> Self { catallax_bits2_multiply(a, b) }
    @inlinable @inline(__always)
    public static func _bitsAnd(_ a: Self, _ b: Self) -> Self { catallax_bits2_and(a, b) }
    @inlinable @inline(__always)
    public static func _bitsOr(_ a: Self, _ b: Self) -> Self { catallax_bits2_or(a, b) }
    @inlinable @inline(__always)
    public static func _bitsXor(_ a: Self, _ b: Self) -> Self { catallax_bits2_xor(a, b) }
    @inlinable @inline(__always)
    public static func _bitsShiftLeft(_ a: Self, _ count: UInt64) -> Self { catallax_bits2_shift_left(a, count) }
    @inlinable @inline(__always)
    public static func _bitsShiftRight(_ a: Self, _ count: UInt64) -> Self { catallax_bits2_shift_right(a, count) }
    @inlinable @inline(__always)
    public static func _bitsShiftRight(_ a: Self, _ counts: Self) -> Self { catallax_bits2_shift_right_each(a, counts) }
}

extension SIMD4 where Scalar == UInt64 {
    @inlinable @inline(__always)
    public static func _bitsAdd(_ a: Self, _ b: Self) -> Self { catallax_bits4_add(a, b) }
    @inlinable @inline(__always)
    public static func _bitsSubtract(_ a: Self, _ b: Self) -> Self { catallax_bits4_subtract(a, b) }
    @inlinable @inline(__always)
    public static func _bitsMultiply(_ a: Self, _ b: Self) -> Self { catallax_bits4_multiply(a, b) }
    @inlinable @inline(__always)
    public static func _bitsAnd(_ a: Self, _ b: Self) -> Self { catallax_bits4_and(a, b) }
    @inlinable @inline(__always)
    public static func _bitsOr(_ a: Self, _ b: Self) -> Self { catallax_bits4_or(a, b) }
    @inlinable @inline(__always)
    public static func _bitsXor(_ a: Self, _ b: Self) -> Self { catallax_bits4_xor(a, b) }
    @inlinable @inline(__always)
    public static func _bitsShiftLeft(_ a: Self, _ count: UInt64) -> Self { catallax_bits4_shift_left(a, count) }
    @inlinable @inline(__always)
    public static func _bitsShiftRight(_ a: Self, _ count: UInt64) -> Self { catallax_bits4_shift_right(a, count) }
    @inlinable @inline(__always)
    public static func _bitsShiftRight(_ a: Self, _ counts: Self) -> Self { catallax_bits4_shift_right_each(a, counts) }
}

extension SIMD8 where Scalar == UInt64 {
    @inlinable @inline(__always)
    public static func _bitsAdd(_ a: Self, _ b: Self) -> Self { catallax_bits8_add(a, b) }
    @inlinable @inline(__always)
    public static func _bitsSubtract(_ a: Self, _ b: Self) -> Self { catallax_bits8_subtract(a, b) }
    @inlinable @inline(__always)
    public static func _bitsMultiply(_ a: Self, _ b: Self) -> Self { catallax_bits8_multiply(a, b) }
    @inlinable @inline(__always)
    public static func _bitsAnd(_ a: Self, _ b: Self) -> Self { catallax_bits8_and(a, b) }
    @inlinable @inline(__always)
    public static func _bitsOr(_ a: Self, _ b: Self) -> Self { catallax_bits8_or(a, b) }
    @inlinable @inline(__always)
    public static func _bitsXor(_ a: Self, _ b: Self) -> Self { catallax_bits8_xor(a, b) }
    @inlinable @inline(__always)
    public static func _bitsShiftLeft(_ a: Self, _ count: UInt64) -> Self { catallax_bits8_shift_left(a, count) }
    @inlinable @inline(__always)
    public static func _bitsShiftRight(_ a: Self, _ count: UInt64) -> Self { catallax_bits8_shift_right(a, count) }
    @inlinable @inline(__always)
    public static func _bitsShiftRight(_ a: Self, _ counts: Self) -> Self { catallax_bits8_shift_right_each(a, counts) }
}
