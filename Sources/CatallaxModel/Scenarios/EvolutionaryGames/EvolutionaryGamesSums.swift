import CatallaxNumerics

/// The running sums of a batch's metrics over the window `t ≥ T₀`: every
/// strategy's share summed per lane (`[lane·m + k]`), Welford's moments of
/// strategy 1's share (``LaneMoments``, no stored path), and the mean payoff.
@usableFromInline
struct EvolutionaryGamesSums<V: LaneVector> {
    @usableFromInline let strategies: Int
    @usableFromInline var shareSum: [Double]
    @usableFromInline var firstShare = LaneMoments<V>()
    @usableFromInline var payoff = V()

    @inlinable init(strategies m: Int) {
        strategies = m
        shareSum = Array(repeating: 0, count: V.scalarCount * m)
    }

    /// Adds one measured step: the shares `[lane·m + k]` after it and each lane's mean payoff in it.
    @inlinable
    mutating func add(shares: [Double], payoff f: V) {
        var first = V()
        for lane in 0..<V.scalarCount {
            first[lane] = shares[lane * strategies]
            for k in 0..<strategies { shareSum[lane * strategies + k] += shares[lane * strategies + k] }
        }
        firstShare.add(first)
        payoff += f
    }
}
