import CatallaxNumerics

/// The running sums of a batch's metrics over the window `t ≥ T₀`, one lane
/// per replicate. The excess return's variance is Welford's, so it needs no
/// second pass over a stored path:
///
/// ```
/// k ← k + 1,   δ = ρ − m,   m ← m + δ/k,   M₂ ← M₂ + δ·(ρ − m),   var = M₂/k
/// ```
@usableFromInline
struct HeterogeneousBeliefsSums<V: LaneVector> {
    @usableFromInline var count = 0.0
    @usableFromInline var returnMean = V()
    /// Welford's `M₂`, so that `M₂/W` is the variance.
    @usableFromInline var returnSquares = V()
    @usableFromInline var absoluteDeviation = V()
    @usableFromInline var highest = V(repeating: -.infinity)
    @usableFromInline var lowest = V(repeating: .infinity)
    @usableFromInline var share = V()
    @usableFromInline var logGrowth = V()
    @usableFromInline var fundamentalistProfit = V()
    @usableFromInline var trendProfit = V()

    @inlinable init() {}

    /// Adds one measured step.
    @inlinable
    mutating func add(deviation x: V, excessReturn rho: V, share n: V, fundamentalistProfit f: V, trendProfit h: V) {
        count += 1
        let delta = rho - returnMean
        returnMean += delta / count
        returnSquares += delta * (rho - returnMean)
        absoluteDeviation += x.replacing(with: -x, where: x .< 0)
        highest = V.maximum(highest, x)
        lowest = V.minimum(lowest, x)
        share += n
        fundamentalistProfit += f
        trendProfit += h
    }
}
