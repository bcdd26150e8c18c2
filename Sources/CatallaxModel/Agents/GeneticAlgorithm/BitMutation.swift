import CatallaxNumerics

/// Bit mutation (Holland 1975; Arifovic 1994): each of a string's `ℓ` bits
/// flips with probability `μ`, independently.
///
/// ```
/// bit b flips  ⇔  word b mod 4 of block (t, agent, genetic, first + ⌊b/4⌋) < round(μ·2³²)
/// ```
///
/// The words come from the run's Philox key at a counter the caller names,
/// so a mutation depends only on where it happens (`docs/Cobweb.md`, "Draw order").
public struct BitMutation: Sendable {
    /// `μ` as a threshold on uniform words.
    public let trial: BernoulliThreshold
    /// Whether `μ = 0` (then nothing is drawn).
    public let isOff: Bool

    /// Mutation with rate `rate` per bit.
    @inlinable
    public init(rate: Double) {
        trial = BernoulliThreshold(probability: rate)
        isOff = rate == 0
    }

    /// `s` with its `bits` low bits mutated, reading the blocks
    /// `(step, agent, genetic, firstIndex + ⌊b/4⌋)` of `key`.
    /// - Complexity: O(ℓ), `⌈ℓ/4⌉` Philox blocks.
    @inlinable
    public func mutated(_ s: UInt64, bits: Int, key: RunKey, step: Int, agent: Int, firstIndex: Int) -> UInt64 {
        guard !isOff else { return s }
        var out = s
        var block = SIMD4<UInt32>()
        for b in 0..<bits {
            if b % 4 == 0 { block = key.block(step: step, agent: agent, purpose: .genetic, index: firstIndex + b / 4) }
            if trial.accepts(block[b % 4]) { out ^= 1 as UInt64 &<< UInt64(b) }
        }
        return out
    }
}
