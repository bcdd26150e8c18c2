/// A two-sided Student-t confidence interval for the mean of independent,
/// identically distributed values.
///
/// ```
/// x̄ ± t_{1−α/2, n−1} · s / √n,      α = 1 − level
/// ```
/// with `x̄` the sample mean, `s` the sample standard deviation (n − 1) and
/// `t_{q, ν}` the `q`-quantile of Student's t with `ν` degrees of freedom
/// (``StudentT/quantile(probability:degreesOfFreedom:)``). Exact when the
/// values are normal; for other distributions it relies on the central limit
/// theorem, which is good for the 64 replicates of the headline sweep unless
/// the metric is very skewed.
///
/// Undefined for `n < 2` (no `s`, no degrees of freedom): the initializers
/// return `nil`, never an interval of NaNs. A sample with `s = 0` gives the
/// zero-width interval `[x̄, x̄]`.
///
/// The trap it avoids: using the normal quantile 1.96 for small `n`, which
/// gives intervals too narrow (at `n = 2` the correct factor is 12.7).
///
/// - Student (1908). The probable error of a mean. *Biometrika* 6(1), 1–25.
public struct ConfidenceInterval: Hashable, Sendable, Codable {
    /// The centre, the sample mean `x̄`.
    public var mean: Double

    /// The half-width `t_{1−α/2, n−1} · s/√n ≥ 0`, in the values' units.
    public var halfWidth: Double

    /// The confidence level `1 − α`, in `(0, 1)`.
    public var level: Double

    /// The lower end `x̄ − halfWidth`.
    public var lowerBound: Double { mean - halfWidth }

    /// The upper end `x̄ + halfWidth`.
    public var upperBound: Double { mean + halfWidth }

    /// The interval for a sample summarized by its mean, standard deviation
    /// and size.
    ///
    /// ```
    /// halfWidth = t_{1−α/2, n−1} · s / √n
    /// ```
    /// - Parameters:
    ///   - mean: the sample mean `x̄`, finite.
    ///   - standardDeviation: the sample standard deviation `s ≥ 0` (n − 1
    ///     denominator), finite.
    ///   - count: the sample size `n`.
    ///   - level: the confidence level `1 − α` in `(0, 1)`; 0.95 by default.
    /// - Returns: the interval, or `nil` when `count < 2`.
    /// - Precondition: `0 < level < 1`, `mean` finite, `standardDeviation`
    ///   finite and `≥ 0`.
    public init?(mean: Double, standardDeviation: Double, count: Int, level: Double = 0.95) {
        precondition(level > 0 && level < 1, "ConfidenceInterval: level must be in (0, 1), got \(level)")
        precondition(mean.isFinite, "ConfidenceInterval: mean must be finite, got \(mean)")
        precondition(standardDeviation.isFinite && standardDeviation >= 0,
                     "ConfidenceInterval: standardDeviation must be finite and ≥ 0, got \(standardDeviation)")
        guard count >= 2 else { return nil }
        // 1 − α/2 = 1 − (1 − level)/2; for level 0.95 this is exactly 0.975.
        let probability = 1 - (1 - level) / 2
        let t = probability == 0.975 && count - 1 < Self._t975.count
            ? Self._t975[count - 1] : StudentT.quantile(probability: probability, degreesOfFreedom: Double(count - 1))
        self.mean = mean
        self.halfWidth = t * standardDeviation / Double(count).squareRoot()
        self.level = level
    }

    /// `t_{0.975, ν}` for `ν = 1 … 1023` (index `ν`; index 0 unused), the
    /// 95% intervals' quantile, computed once: a sweep of a million points
    /// needs a few distinct sample sizes, not a million incomplete-beta
    /// inversions. The same function computes it, so the bits are the same.
    static let _t975: [Double] = (0..<1024).map { ν in
        ν == 0 ? .nan : StudentT.quantile(probability: 0.975, degreesOfFreedom: Double(ν))
    }

    /// The interval for the values summarized by `moments`.
    ///
    /// - Parameters:
    ///   - moments: the sample's running moments.
    ///   - level: the confidence level `1 − α` in `(0, 1)`; 0.95 by default.
    /// - Returns: the interval, or `nil` when `moments.count < 2` or the
    ///   mean or standard deviation overflowed (finite values near
    ///   `Double.greatestFiniteMagnitude`, such as a diverging model's, whose
    ///   squared deviations exceed it): no finite interval describes them.
    /// - Precondition: `0 < level < 1`.
    public init?(_ moments: RunningMoments, level: Double = 0.95) {
        guard let mean = moments.mean, let s = moments.standardDeviation, mean.isFinite, s.isFinite else { return nil }
        self.init(mean: mean, standardDeviation: s, count: moments.count, level: level)
    }
}
