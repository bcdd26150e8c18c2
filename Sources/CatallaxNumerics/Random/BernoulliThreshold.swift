/// A Bernoulli trial of probability `p` decided by one 32-bit random word, so
/// one Philox block serves four trials.
///
/// ```
/// t = round(p · 2³²)                  ∈ {0, 1, …, 2³²}
/// success ⇔ w < t                     w uniform on {0, …, 2³² − 1}
/// P(success) = p̂ = t / 2³²,          |p̂ − p| ≤ 2⁻³³ < 2⁻³²
/// ```
///
/// Exact at the ends: `p = 0` never succeeds and `p = 1` always does. The
/// trap avoided: `t = 2³²` for `p = 1` does not fit in a 32-bit word, and
/// clamping it to `2³² − 1` would fail one word in 2³²; the comparison is
/// made in 64 bits instead. Comparing words rather than doubles
/// also spares the conversion to a uniform double.
///
/// For the activity of agents `4a … 4a+3` at step `t`, draw one block at
/// ``DrawCounter`` `(t, a, .activity, 0)` and test word `j` for agent `4a + j`.
public struct BernoulliThreshold: Hashable, Sendable {
    /// The threshold `t ∈ [0, 2³²]`; words below it succeed. Held in 64 bits
    /// because `t = 2³²` (for `p = 1`) does not fit in 32.
    @usableFromInline internal let _threshold: Int64

    /// The threshold for success probability `probability`.
    ///
    /// ```
    /// t = round(p · 2³²)   (ties to even)
    /// ```
    ///
    /// `p · 2³²` is exact (a power-of-two scaling), so `t` is the correctly
    /// rounded threshold.
    ///
    /// - Parameter probability: `p`, with `0 ≤ p ≤ 1` (a precondition: validate
    ///   parameters where they are read).
    public init(probability: Double) {
        precondition((0...1).contains(probability), "probability \(probability) is outside [0, 1]")
        _threshold = Int64((probability * 0x1p32).rounded(.toNearestOrEven))
    }

    /// The probability `p̂ = t / 2³²` that a uniform word succeeds: the rounded `p`.
    ///
    /// ```
    /// p̂ = t · 2⁻³²,   |p̂ − p| ≤ 2⁻³³
    /// ```
    public var effectiveProbability: Double {
        Double(_threshold) * 0x1p-32
    }

    /// Whether the trial decided by the random word `word` succeeds.
    ///
    /// ```
    /// success ⇔ word < t
    /// ```
    ///
    /// - Parameter word: a uniform random 32-bit word.
    /// - Returns: `true` with probability ``effectiveProbability``.
    @inlinable @inline(__always)
    public func accepts(_ word: UInt32) -> Bool {
        Int64(word) < _threshold
    }

    /// Whether the trial of each lane succeeds, as a mask of 32-bit lanes.
    ///
    /// ```
    /// mask[i] = words[i] < t
    /// ```
    ///
    /// - Parameter words: one uniform random word per lane.
    /// - Returns: per lane, `true` with probability ``effectiveProbability``.
    @inlinable @inline(__always)
    public func accepts<W: SIMD>(_ words: W) -> SIMDMask<W.MaskStorage> where W.Scalar == UInt32 {
        SIMDMask(_maskStorage(words, as: W.MaskStorage.self))
    }

    /// Whether the trial of each lane succeeds, as a mask over `Double`
    /// lanes, ready for `replacing(with:where:)` on lane vectors.
    ///
    /// ```
    /// mask[i] = words[i] < t
    /// ```
    ///
    /// - Parameters:
    ///   - words: one uniform random 32-bit word per lane, in the low half of
    ///     a 64-bit lane (the form ``Philox4x32/block(counter:key0:key1:)`` returns).
    ///   - lanes: the lane vector type the mask will select on.
    /// - Returns: per lane, `true` with probability ``effectiveProbability``.
    @inlinable @inline(__always)
    public func accepts<V: LaneVector>(_ words: V.Bits, as lanes: V.Type) -> SIMDMask<V.MaskStorage> {
        SIMDMask(_maskStorage(words, as: V.MaskStorage.self))
    }

    /// The mask lanes `−1` (success) or `0`, by arithmetic rather than a
    /// comparison per lane, which the optimizer keeps as a scalar loop for
    /// generic SIMD types.
    ///
    /// `d = word − t` lies in `[−2³², 2³² − 1]` and is negative exactly on
    /// success, so its arithmetic shift by 63 is the mask lane.
    @inlinable @inline(__always)
    internal func _maskStorage<W: SIMD, M: SIMD>(
        _ words: W, as _: M.Type
    ) -> M where W.Scalar: FixedWidthInteger & UnsignedInteger, M.Scalar: FixedWidthInteger & SignedInteger {
        var storage = M()
        for i in storage.indices {
            storage[i] = M.Scalar(truncatingIfNeeded: (Int64(truncatingIfNeeded: words[i]) &- _threshold) &>> 63)
        }
        return storage
    }
}
