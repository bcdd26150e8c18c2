// `V` and `V.Bits` of one conformance differ only in scalar type:
// `SIMDn<Double>` and `SIMDn<UInt64>` have the same size and lane order, so a
// bit cast reinterprets all lanes at once. After specialization it is a no-op
// (the lane-by-lane form compiled to extracts and inserts per lane).

extension LaneVector {
    /// The IEEE-754 bit pattern of every lane.
    ///
    /// ```
    /// bits[i] = self[i].bitPattern
    /// ```
    @inlinable @inline(__always)
    public var bitPattern: Bits {
        unsafeBitCast(self, to: Bits.self)
    }

    /// Lanes whose IEEE-754 bit patterns are `bits`.
    ///
    /// ```
    /// self[i] = Double(bitPattern: bits[i])
    /// ```
    /// - Parameter bits: One 64-bit pattern per lane.
    @inlinable @inline(__always)
    public init(bitPattern bits: Bits) {
        self = unsafeBitCast(bits, to: Self.self)
    }
}

extension LaneVector {
    /// Every lane's exact non-negative integer value as a 64-bit integer.
    ///
    /// ```
    /// bits[i] = (self[i] + 2⁵²).bitPattern − (2⁵²).bitPattern = Int(self[i])
    /// ```
    /// For an integer `0 ≤ y < 2⁵²`, `y + 2⁵²` is exact and its significand's
    /// low bits are `y`, so one addition and one integer subtraction convert
    /// all lanes at once, with no checked per-lane conversion (which the
    /// compiler emits lane by lane). The caller guarantees the range;
    /// outside it the result is meaningless.
    @inlinable @inline(__always)
    public var exactIntegerBits: Bits {
        (self + Self(repeating: 0x1p52)).bitPattern &- Bits(repeating: (0x1p52 as Double).bitPattern)
    }
}
