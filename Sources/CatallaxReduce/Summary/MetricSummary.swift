/// The per-point statistics of one metric, as written to `points.csv` and
/// `summary.json`.
///
/// From the `n` finite values `x₁ … xₙ` of the successful runs:
/// ```
/// mean              = x̄                       (Welford, values in run order)
/// standardDeviation = √(Σ(xᵢ − x̄)² / (n − 1))
/// ciLow, ciHigh     = x̄ ∓ t_{1−α/2, n−1} · s/√n   (Student t, level 1 − α)
/// min, max          = x_(1), x_(n)
/// q05, q50, q95     = Q(0.05), Q(0.5), Q(0.95)      (Hyndman–Fan type 7)
/// ```
/// Undefined statistics are `nil` (empty in CSV, `null` in JSON), never NaN:
/// with `n = 0` everything but `count` and `failures`; with `n = 1` the
/// standard deviation and the interval (min, max and the quantiles are the
/// one value).
public struct MetricSummary: Hashable, Sendable, Codable {
    /// Successful runs: finite values.
    public var count: Int
    /// Failed runs: non-finite values or runs that failed without a value.
    public var failures: Int
    /// The sample mean `x̄`; `nil` when `count = 0`.
    public var mean: Double?
    /// The sample standard deviation `s` (n − 1); `nil` when `count < 2`.
    public var standardDeviation: Double?
    /// The lower end of the confidence interval of the mean; `nil` when `count < 2`.
    public var ciLow: Double?
    /// The upper end of the confidence interval of the mean; `nil` when `count < 2`.
    public var ciHigh: Double?
    /// The smallest value; `nil` when `count = 0`.
    public var min: Double?
    /// The 5% quantile; `nil` when `count = 0`.
    public var q05: Double?
    /// The median; `nil` when `count = 0`.
    public var q50: Double?
    /// The 95% quantile; `nil` when `count = 0`.
    public var q95: Double?
    /// The largest value; `nil` when `count = 0`.
    public var max: Double?

    /// Summarizes an accumulator.
    ///
    /// The moments are accumulated afresh over the values in their stored
    /// order (so they do not depend on how batches were merged), and the
    /// quantiles come from a sorted copy.
    ///
    /// - Parameters:
    ///   - accumulator: the metric's values and failures for one point.
    ///   - confidenceLevel: the level `1 − α` of the interval of the mean, in
    ///     `(0, 1)`; 0.95 by default.
    /// - Precondition: `0 < confidenceLevel < 1`.
    /// - Complexity: O(n log n).
    public init(_ accumulator: MetricAccumulator, confidenceLevel: Double = 0.95) {
        precondition(confidenceLevel > 0 && confidenceLevel < 1,
                     "MetricSummary: confidenceLevel must be in (0, 1), got \(confidenceLevel)")
        let moments = accumulator.moments
        let sorted = accumulator.values.sorted()
        let interval = ConfidenceInterval(moments, level: confidenceLevel)
        count = moments.count
        failures = accumulator.failures
        mean = moments.mean
        standardDeviation = moments.standardDeviation
        ciLow = interval?.lowerBound
        ciHigh = interval?.upperBound
        min = moments.min
        q05 = Quantiles.linear(ofSorted: sorted, at: 0.05)
        q50 = Quantiles.linear(ofSorted: sorted, at: 0.5)
        q95 = Quantiles.linear(ofSorted: sorted, at: 0.95)
        max = moments.max
    }
}
