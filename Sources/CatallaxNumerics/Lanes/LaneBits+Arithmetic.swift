// 64-bit lane arithmetic that is one vector operation for every lane width.
//
// As for `LaneVector`'s arithmetic (LaneVector+Arithmetic.swift), the
// standard library's generic integer `SIMD` operators are loops over lanes;
// these members are more specific, so every `B: LaneBits` expression (the
// random words of `Philox4x32`, the bit tricks of `LaneMath`) reaches the
// optimizer as vector operations. Wrapping arithmetic and bitwise operations
// are exact, so the results are the standard library's, lane for lane.

extension LaneBits {
    /// Lane-wise sum mod 2⁶⁴.
    @inlinable @_transparent
    public static func &+ (a: Self, b: Self) -> Self { _bitsAdd(a, b) }

    /// `a &+ b` with `b` in every lane.
    @inlinable @_transparent
    public static func &+ (a: Self, b: UInt64) -> Self { _bitsAdd(a, Self(repeating: b)) }

    /// `a = a &+ b`, lane-wise.
    @inlinable @_transparent
    public static func &+= (a: inout Self, b: Self) { a = _bitsAdd(a, b) }

    /// `a = a &+ b` with `b` in every lane.
    @inlinable @_transparent
    public static func &+= (a: inout Self, b: UInt64) { a = _bitsAdd(a, Self(repeating: b)) }

    /// Lane-wise difference mod 2⁶⁴.
    @inlinable @_transparent
    public static func &- (a: Self, b: Self) -> Self { _bitsSubtract(a, b) }

    /// `a &- b` with `b` in every lane.
    @inlinable @_transparent
    public static func &- (a: Self, b: UInt64) -> Self { _bitsSubtract(a, Self(repeating: b)) }

    /// `a = a &- b`, lane-wise.
    @inlinable @_transparent
    public static func &-= (a: inout Self, b: Self) { a = _bitsSubtract(a, b) }

    /// `a = a &- b` with `b` in every lane.
    @inlinable @_transparent
    public static func &-= (a: inout Self, b: UInt64) { a = _bitsSubtract(a, Self(repeating: b)) }

    /// Lane-wise product mod 2⁶⁴.
    @inlinable @_transparent
    public static func &* (a: Self, b: Self) -> Self { _bitsMultiply(a, b) }

    /// `a &* b` with `b` in every lane.
    @inlinable @_transparent
    public static func &* (a: Self, b: UInt64) -> Self { _bitsMultiply(a, Self(repeating: b)) }

    /// `a = a &* b`, lane-wise.
    @inlinable @_transparent
    public static func &*= (a: inout Self, b: Self) { a = _bitsMultiply(a, b) }

    /// `a = a &* b` with `b` in every lane.
    @inlinable @_transparent
    public static func &*= (a: inout Self, b: UInt64) { a = _bitsMultiply(a, Self(repeating: b)) }

    /// Lane-wise bitwise AND.
    @inlinable @_transparent
    public static func & (a: Self, b: Self) -> Self { _bitsAnd(a, b) }

    /// `a & b` with `b` in every lane.
    @inlinable @_transparent
    public static func & (a: Self, b: UInt64) -> Self { _bitsAnd(a, Self(repeating: b)) }

    /// `a = a & b`, lane-wise.
    @inlinable @_transparent
    public static func &= (a: inout Self, b: Self) { a = _bitsAnd(a, b) }

    /// `a = a & b` with `b` in every lane.
    @inlinable @_transparent
    public static func &= (a: inout Self, b: UInt64) { a = _bitsAnd(a, Self(repeating: b)) }

    /// Lane-wise bitwise OR.
    @inlinable @_transparent
    public static func | (a: Self, b: Self) -> Self { _bitsOr(a, b) }

    /// `a | b` with `b` in every lane.
    @inlinable @_transparent
    public static func | (a: Self, b: UInt64) -> Self { _bitsOr(a, Self(repeating: b)) }

    /// `a = a | b`, lane-wise.
    @inlinable @_transparent
    public static func |= (a: inout Self, b: Self) { a = _bitsOr(a, b) }

    /// `a = a | b` with `b` in every lane.
    @inlinable @_transparent
    public static func |= (a: inout Self, b: UInt64) { a = _bitsOr(a, Self(repeating: b)) }

    /// Lane-wise bitwise XOR.
    @inlinable @_transparent
    public static func ^ (a: Self, b: Self) -> Self { _bitsXor(a, b) }

    /// `a ^ b` with `b` in every lane.
    @inlinable @_transparent
    public static func ^ (a: Self, b: UInt64) -> Self { _bitsXor(a, Self(repeating: b)) }

    /// `a = a ^ b`, lane-wise.
    @inlinable @_transparent
    public static func ^= (a: inout Self, b: Self) { a = _bitsXor(a, b) }

    /// `a = a ^ b` with `b` in every lane.
    @inlinable @_transparent
    public static func ^= (a: inout Self, b: UInt64) { a = _bitsXor(a, Self(repeating: b)) }

    /// Every lane shifted left by `count mod 64`, as `&<<` shifts one `UInt64`.
    @inlinable @_transparent
    public static func &<< (a: Self, count: UInt64) -> Self { _bitsShiftLeft(a, count) }

    /// Every lane shifted right (logically) by `count mod 64`.
    @inlinable @_transparent
    public static func &>> (a: Self, count: UInt64) -> Self { _bitsShiftRight(a, count) }

    /// Each lane shifted right (logically) by its own count mod 64.
    @inlinable @_transparent
    public static func &>> (a: Self, counts: Self) -> Self { _bitsShiftRight(a, counts) }
}
