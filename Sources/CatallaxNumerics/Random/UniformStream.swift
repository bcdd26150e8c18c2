/// A sequence of uniform doubles for one lane, read in order: for set-up
/// work whose number of draws depends on earlier draws (a graph generator
/// redrawing a rejected pair), which cannot name each draw by its use.
///
/// ```
/// block b = Philox4x32(counter: (b ≫ 32, b mod 2³², purpose, stream), key)
/// draws 2b, 2b + 1 = unitInterval(word 0, word 1), unitInterval(word 2, word 3)
/// ```
/// The stream is still a pure function of the run's key, its purpose and
/// its stream number, so a run stays the same whatever lane it runs in
/// (`docs/Philox.md`, "Streams").
/// The counter's first word is the block number's high half, not a step, so
/// a stream must use a purpose no per-step draw uses (``DrawPurpose/graph``).
public struct UniformStream: Sendable {
    /// The lane's Philox key words.
    public let key: SIMD2<UInt32>
    /// What the stream is for (counter word 2).
    public let purpose: DrawPurpose
    /// Which of several streams of the same purpose (counter word 3).
    public let stream: UInt32
    /// The next block to compute.
    @usableFromInline var _block: UInt64 = 0
    /// The second draw of the last block, not yet read.
    @usableFromInline var _spare: Double?

    /// The stream `stream` of `purpose` under `key`, at its first draw.
    @inlinable
    public init(key: RunKey, purpose: DrawPurpose, stream: UInt32 = 0) {
        self.key = key.words
        self.purpose = purpose
        self.stream = stream
    }

    /// The next uniform draw, in the open interval (0, 1).
    @inlinable
    public mutating func next() -> Double {
        if let spare = _spare {
            _spare = nil
            return spare
        }
        let counter = SIMD4<UInt32>(UInt32(truncatingIfNeeded: _block >> 32), UInt32(truncatingIfNeeded: _block), purpose.rawValue, stream)
        let words = Philox4x32.block(counter: counter, key: key)
        _block += 1
        _spare = Philox4x32.unitInterval(hi: words[2], lo: words[3])
        return Philox4x32.unitInterval(hi: words[0], lo: words[1])
    }

    /// A uniform integer in `0..<count`: `min(⌊u·count⌋, count − 1)`.
    ///
    /// Exact to 2⁻⁵² relative bias in each cell's probability, far below
    /// what a Monte Carlo run can see.
    /// - Precondition: `count > 0`.
    @inlinable
    public mutating func index(below count: Int) -> Int {
        precondition(count > 0, "a uniform index needs a positive count")
        return Swift.min(Int(next() * Double(count)), count - 1)
    }
}
