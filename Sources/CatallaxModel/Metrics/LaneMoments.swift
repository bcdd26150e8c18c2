import CatallaxNumerics

/// Welford's running mean and sum of squared deviations of one value per
/// lane, so a run's variance needs no stored path (B. P. Welford 1962):
///
/// ```
/// k ← k + 1,   δ = x − μ,   μ ← μ + δ/k,   M₂ ← M₂ + δ·(x − μ),   population variance = M₂/k
/// ```
@usableFromInline
struct LaneMoments<V: LaneVector> {
    /// `k`, the values added (the same in every lane).
    @usableFromInline var count = 0.0
    /// `μ` per lane.
    @usableFromInline var mean = V()
    /// `M₂` per lane.
    @usableFromInline var squaredDeviations = V()

    @inlinable init() {}

    /// Adds one value per lane.
    @inlinable
    mutating func add(_ x: V) {
        count += 1
        let delta = x - mean
        mean += delta / count
        squaredDeviations += delta * (x - mean)
    }

    /// The population standard deviation `√(M₂/k)` per lane.
    @inlinable
    var populationStandardDeviation: V { (squaredDeviations / count).squareRoot() }
}
