import CatallaxNumerics

/// The running sums of a batch's metrics over the window `t ≥ T₀`, one lane
/// per replicate; the excess return's moments are Welford's (``LaneMoments``),
/// so its variance needs no stored path.
@usableFromInline
struct HeterogeneousBeliefsSums<V: LaneVector> {
    @usableFromInline var returns = LaneMoments<V>()
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
        returns.add(rho)
        absoluteDeviation += x.replacing(with: -x, where: x .< 0)
        highest = V.maximum(highest, x)
        lowest = V.minimum(lowest, x)
        share += n
        fundamentalistProfit += f
        trendProfit += h
    }
}
