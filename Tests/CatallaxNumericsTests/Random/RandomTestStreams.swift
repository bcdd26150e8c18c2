import CatallaxNumerics

/// Seeded streams of Philox blocks for the distribution tests: lane `i` of
/// block `b` is run `(seed 2024, point 0, replicate i)` at counter
/// `(b, 0, purpose, 0)`, drawn four lanes at a time (words in 64-bit lanes).
enum RandomTestStreams {
    static let laneKeys: (SIMD4<UInt64>, SIMD4<UInt64>) = {
        var k0 = SIMD4<UInt64>(), k1 = SIMD4<UInt64>()
        for i in 0..<4 {
            let words = RunKey(seed: 2024, point: 0, replicate: UInt64(i)).words
            k0[i] = UInt64(words[0])
            k1[i] = UInt64(words[1])
        }
        return (k0, k1)
    }()

    /// The four words of `blocks` blocks on each of four lanes, block-major.
    static func blocks(_ blocks: Int, purpose: DrawPurpose) -> [(SIMD4<UInt64>, SIMD4<UInt64>, SIMD4<UInt64>, SIMD4<UInt64>)] {
        (0..<blocks).map { b in
            let counter = DrawCounter(step: UInt32(b), agent: 0, purpose: purpose).words
            return Philox4x32.block(counter: counter, key0: laneKeys.0, key1: laneKeys.1)
        }
    }
}
