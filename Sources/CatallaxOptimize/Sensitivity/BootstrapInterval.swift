import CatallaxReduce

/// An estimate with its percentile bootstrap confidence interval.
///
/// ```
/// [lowerBound, upperBound] = [Q_{α/2}(θ*₁ … θ*_B), Q_{1−α/2}(θ*₁ … θ*_B)],   α = 1 − level
/// ```
/// with `θ*_b` the estimate recomputed on resample `b` and `Q` the
/// linear-interpolation sample quantile (Hyndman–Fan 7,
/// ``Quantiles/linear(ofSorted:at:)``). The estimate itself comes from the
/// full sample, so it need not be the centre of the interval.
///
/// B. Efron, R. J. Tibshirani, *An Introduction to the Bootstrap*, Chapman &
/// Hall 1993, ch. 13.
public struct BootstrapInterval: Hashable, Sendable {
    /// The estimate on the full sample.
    public var estimate: Double

    /// The lower end, the `α/2` quantile of the resampled estimates.
    public var lowerBound: Double

    /// The upper end, the `1 − α/2` quantile of the resampled estimates.
    public var upperBound: Double

    /// The confidence level `1 − α`, in `(0, 1)`.
    public var level: Double

    /// Whether `value` lies in `[lowerBound, upperBound]`.
    public func contains(_ value: Double) -> Bool {
        lowerBound <= value && value <= upperBound
    }
}

extension BootstrapInterval {
    /// The percentile interval of `resampled` estimates around `estimate`.
    ///
    /// NaN resamples (a resample whose variance is 0) make the whole
    /// interval NaN rather than a quantile of the rest.
    /// - Complexity: O(B log B) for `B` resamples.
    init(estimate: Double, resampled: [Double], level: Double) {
        let sorted = resampled.sorted()
        let alpha = 1 - level
        if resampled.isEmpty || resampled.contains(where: \.isNaN) {
            self.init(estimate: estimate, lowerBound: .nan, upperBound: .nan, level: level)
        } else {
            self.init(
                estimate: estimate,
                lowerBound: Quantiles.linear(ofSorted: sorted, at: alpha / 2) ?? .nan,
                upperBound: Quantiles.linear(ofSorted: sorted, at: 1 - alpha / 2) ?? .nan,
                level: level)
        }
    }
}
