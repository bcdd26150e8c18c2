/// A SIMD vector of `Double` holding one value per lane, where a lane is one
/// replicate of a batch run in lockstep.
///
/// The kernel is generic over `LaneVector` so one source serves every lane
/// width (`SIMD2`, `SIMD4`, `SIMD8` of `Double`); it is specialized at the
/// batch boundary, never called through an existential.
///
/// `Bits` and `Words` are vectors with the same lane count, used to reach a
/// lane's IEEE bit pattern (`Bits`) and to draw random 32-bit words (`Words`).
public protocol LaneVector: SIMD, Sendable where Scalar == Double {
    /// One `UInt64` per lane: a lane's bit pattern or integer part.
    associatedtype Bits: SIMD & Sendable where Bits.Scalar == UInt64, Bits.MaskStorage.Scalar == Int64
    /// One `UInt32` per lane: the random words the counter-based generator returns.
    associatedtype Words: SIMD & Sendable where Words.Scalar == UInt32, Words.MaskStorage.Scalar == Int32
}

extension SIMD2: LaneVector where Scalar == Double {
    public typealias Bits = SIMD2<UInt64>
    public typealias Words = SIMD2<UInt32>
}

extension SIMD4: LaneVector where Scalar == Double {
    public typealias Bits = SIMD4<UInt64>
    public typealias Words = SIMD4<UInt32>
}

extension SIMD8: LaneVector where Scalar == Double {
    public typealias Bits = SIMD8<UInt64>
    public typealias Words = SIMD8<UInt32>
}
