import CatallaxNumerics

/// The keys of the runs in a batch's lanes: lane `j` draws from Philox keyed
/// by `(key0[j], key1[j])`.
public struct LaneKeys<V: LaneVector>: Sendable {
    /// Low key word of every lane, in the low half of its 64-bit lane.
    public var key0: V.Bits
    /// High key word of every lane, in the low half of its 64-bit lane.
    public var key1: V.Bits

    /// The keys of `runs`, one per lane; missing lanes repeat the last key
    /// (their results are discarded).
    public init(_ runs: [RunKey]) {
        precondition(!runs.isEmpty && runs.count <= V.scalarCount, "a batch holds 1…\(V.scalarCount) runs")
        key0 = V.Bits()
        key1 = V.Bits()
        for lane in 0..<V.scalarCount {
            let words = runs[min(lane, runs.count - 1)].words
            key0[lane] = UInt64(words[0])
            key1[lane] = UInt64(words[1])
        }
    }

    /// The key of the run in lane `lane`, for kernels that run each lane on its own.
    @inlinable
    public func runKey(lane: Int) -> RunKey {
        RunKey(words: SIMD2(UInt32(truncatingIfNeeded: key0[lane]), UInt32(truncatingIfNeeded: key1[lane])))
    }
}
