import CatallaxNumerics

/// The running sums of a batch's metrics over the window `t ≥ T₀`: every
/// strategy's share summed per lane (`[lane·m + k]`), Welford's moments of
/// strategy 1's share (no stored path), and the mean payoff.
///
/// ```
/// k ← k + 1,   δ = p − μ,   μ ← μ + δ/k,   M₂ ← M₂ + δ·(p − μ),   var = M₂/k
/// ```
@usableFromInline
struct EvolutionaryGamesSums<V: LaneVector> {
    @usableFromInline let strategies: Int
    @usableFromInline var count = 0.0
    @usableFromInline var shareSum: [Double]
    @usableFromInline var mean = V()
    /// Welford's `M₂` of strategy 1's share.
    @usableFromInline var squares = V()
    @usableFromInline var payoff = V()

    @inlinable init(strategies m: Int) {
        strategies = m
        shareSum = Array(repeating: 0, count: V.scalarCount * m)
    }

    /// Adds one measured step: the shares `[lane·m + k]` after it and each lane's mean payoff in it.
    @inlinable
    mutating func add(shares: [Double], payoff f: V) {
        count += 1
        var first = V()
        for lane in 0..<V.scalarCount {
            first[lane] = shares[lane * strategies]
            for k in 0..<strategies { shareSum[lane * strategies + k] += shares[lane * strategies + k] }
        }
        let delta = first - mean
        mean += delta / count
        squares += delta * (first - mean)
        payoff += f
    }
}
