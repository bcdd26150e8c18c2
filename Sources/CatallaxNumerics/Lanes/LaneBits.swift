/// A SIMD vector of `UInt64` holding one 64-bit word per lane: a lane
/// vector's bit patterns (`LaneVector.Bits`) or the random words of a
/// counter-based generator.
///
/// Its `_bits…` requirements make wrapping arithmetic, bitwise operations
/// and shifts one vector operation for every lane width (see
/// `LaneBits+Arithmetic.swift`); the standard library's generic forms are
/// loops over lanes.
public protocol LaneBits: SIMD, Sendable where Scalar == UInt64, MaskStorage.Scalar == Int64 {
    /// Lane-wise `a &+ b` (mod 2⁶⁴).
    static func _bitsAdd(_ a: Self, _ b: Self) -> Self
    /// Lane-wise `a &- b` (mod 2⁶⁴).
    static func _bitsSubtract(_ a: Self, _ b: Self) -> Self
    /// Lane-wise `a &* b`, the low 64 bits of the product.
    static func _bitsMultiply(_ a: Self, _ b: Self) -> Self
    /// Lane-wise `a & b`.
    static func _bitsAnd(_ a: Self, _ b: Self) -> Self
    /// Lane-wise `a | b`.
    static func _bitsOr(_ a: Self, _ b: Self) -> Self
    /// Lane-wise `a ^ b`.
    static func _bitsXor(_ a: Self, _ b: Self) -> Self
    /// Every lane shifted left by `count mod 64`.
    static func _bitsShiftLeft(_ a: Self, _ count: UInt64) -> Self
    /// Every lane shifted right (logically) by `count mod 64`.
    static func _bitsShiftRight(_ a: Self, _ count: UInt64) -> Self
    /// Each lane shifted right (logically) by its own count mod 64.
    static func _bitsShiftRight(_ a: Self, _ counts: Self) -> Self
}

extension SIMD2: LaneBits where Scalar == UInt64 {}

extension SIMD4: LaneBits where Scalar == UInt64 {}

extension SIMD8: LaneBits where Scalar == UInt64 {}
