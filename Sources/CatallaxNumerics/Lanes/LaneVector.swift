/// A SIMD vector of `Double` holding one value per lane, where a lane is one
/// replicate of a batch run in lockstep.
///
/// The kernel is generic over `LaneVector` so one source serves every lane
/// width (`SIMD2`, `SIMD4`, `SIMD8` of `Double`); it is specialized at the
/// batch boundary, never called through an existential.
///
/// `Bits` has the same lane count, one `UInt64` per lane: a lane's IEEE bit
/// pattern, or a random 32-bit word in its low half.
///
/// The `_lanes…` requirements route lane comparisons to each concrete type's
/// single vector compare (see `LaneVector+Compare.swift`): the standard
/// library's generic `SIMD` comparison is a per-lane loop that the optimizer
/// leaves as a branchy scalar loop for eight lanes. The other `_lanes…`
/// requirements do the same for arithmetic, rounding and selection (see
/// `LaneVector+Arithmetic.swift`): each is one vector operation of
/// `CLaneArithmetic`, where the standard library's generic forms are loops
/// over lanes that cost the optimizer most of a kernel's compile time.
public protocol LaneVector: SIMD, Sendable where Scalar == Double {
    /// One `UInt64` per lane: a lane's bit pattern or integer part.
    associatedtype Bits: LaneBits

    /// Lane-wise ordered `a < b` as one vector compare (false where either is NaN).
    static func _lanesLess(_ a: Self, _ b: Self) -> SIMDMask<MaskStorage>
    /// Lane-wise ordered `a <= b` as one vector compare (false where either is NaN).
    static func _lanesLessOrEqual(_ a: Self, _ b: Self) -> SIMDMask<MaskStorage>
    /// Lane-wise ordered `a == b` as one vector compare (false where either is NaN).
    static func _lanesEqual(_ a: Self, _ b: Self) -> SIMDMask<MaskStorage>
    /// Lane-wise unordered `a != b` as one vector compare (true where either is NaN).
    static func _lanesNotEqual(_ a: Self, _ b: Self) -> SIMDMask<MaskStorage>
    /// Lane-wise `a + b` as one vector addition.
    static func _lanesAdd(_ a: Self, _ b: Self) -> Self
    /// Lane-wise `a − b` as one vector subtraction.
    static func _lanesSubtract(_ a: Self, _ b: Self) -> Self
    /// Lane-wise `a × b` as one vector multiplication.
    static func _lanesMultiply(_ a: Self, _ b: Self) -> Self
    /// Lane-wise `a ÷ b` as one vector division.
    static func _lanesDivide(_ a: Self, _ b: Self) -> Self
    /// Lane-wise `−a` as one sign flip.
    static func _lanesNegate(_ a: Self) -> Self
    /// Lane-wise `a·b + c` with one rounding, as one vector FMA.
    static func _lanesFusedMultiplyAdd(_ a: Self, _ b: Self, _ c: Self) -> Self
    /// Lane-wise correctly rounded `√a` as one vector square root.
    static func _lanesSquareRoot(_ a: Self) -> Self
    /// Lane-wise `⌊a⌋`.
    static func _lanesFloor(_ a: Self) -> Self
    /// Lane-wise `⌈a⌉`.
    static func _lanesCeiling(_ a: Self) -> Self
    /// Lane-wise `a` rounded toward zero.
    static func _lanesTruncate(_ a: Self) -> Self
    /// Lane-wise `a` rounded to the nearest integer, halves away from zero.
    static func _lanesRoundHalfAway(_ a: Self) -> Self
    /// Lane-wise `a` rounded to the nearest integer, halves to even.
    static func _lanesRoundHalfEven(_ a: Self) -> Self
    /// Per lane, `b` where `mask` is set, else `a`, as one blend.
    static func _lanesSelect(_ mask: SIMDMask<MaskStorage>, _ b: Self, _ a: Self) -> Self
    /// The AND of a mask's lanes (`-1` when all are set), folded in vector halves (see `LaneVector+MaskReduction.swift`).
    static func _foldAnd(_ m: SIMDMask<MaskStorage>) -> MaskStorage.Scalar
    /// The OR of a mask's lanes (`-1` when one is set), folded in vector halves.
    static func _foldOr(_ m: SIMDMask<MaskStorage>) -> MaskStorage.Scalar
}

extension SIMD2: LaneVector where Scalar == Double {
    public typealias Bits = SIMD2<UInt64>
}

extension SIMD4: LaneVector where Scalar == Double {
    public typealias Bits = SIMD4<UInt64>
}

extension SIMD8: LaneVector where Scalar == Double {
    public typealias Bits = SIMD8<UInt64>
}

