/// Count, mean, sum of squared deviations, minimum and maximum of a stream of
/// finite values, updated one value at a time in O(1) memory.
///
/// The update is Welford's (1962):
/// ```
/// n  ← n + 1
/// δ  ← x − x̄
/// x̄  ← x̄ + δ / n
/// M₂ ← M₂ + δ · (x − x̄)        // x̄ already updated
/// ```
/// so that `M₂ = Σ (xᵢ − x̄)²` and the sample variance is `s² = M₂ / (n − 1)`.
///
/// The trap it avoids: the textbook one-pass formula `(Σx² − (Σx)²/n)/(n − 1)`
/// subtracts two nearly equal large numbers when the mean is large compared
/// with the spread, and can lose every significant digit or even go negative.
/// Welford's update only ever adds non-negative terms `δ · (x − x̄)` to `M₂`.
///
/// Undefined statistics are `nil`, never NaN: `mean`, `min` and `max` for
/// `count == 0`; `variance`, `standardDeviation` and `standardError` for
/// `count < 2`.
///
/// Domain: finite values (see ``add(_:)``) whose spread `max − min` is below
/// `√Double.greatestFiniteMagnitude ≈ 1.3e154`, so that `δ²` cannot overflow.
///
/// Two accumulators combine with ``merge(with:)`` (Chan, Golub & LeVeque 1979).
/// Floating-point merging is deterministic but not associative: see
/// `docs/RunningMoments.md` for why the sweep's bit-identity rests on a fixed
/// merge order instead.
///
/// - Welford, B. P. (1962). Note on a method for calculating corrected sums of
///   squares and products. *Technometrics* 4(3), 419–420.
public struct RunningMoments: Hashable, Sendable {
    /// Number of values added, `n ≥ 0`.
    public internal(set) var count: Int

    /// Running mean `x̄`; 0 while empty (exposed as `nil` by ``mean``).
    internal var _mean: Double

    /// Sum of squared deviations from the mean, `M₂ = Σ (xᵢ − x̄)² ≥ 0`.
    ///
    /// Exposed so the state can be journaled and compared exactly; use
    /// ``variance`` for the statistic.
    public internal(set) var sumOfSquaredDeviations: Double

    /// Smallest value so far; `+∞` while empty (exposed as `nil` by ``min``).
    internal var _min: Double

    /// Largest value so far; `−∞` while empty (exposed as `nil` by ``max``).
    internal var _max: Double

    /// An empty accumulator: `n = 0`.
    public init() {
        count = 0
        _mean = 0
        sumOfSquaredDeviations = 0
        _min = .infinity
        _max = -.infinity
    }

    /// An accumulator holding `values`, added one by one in sequence order.
    ///
    /// - Parameter values: finite values (see ``add(_:)``).
    /// - Complexity: O(n).
    public init<S: Sequence>(_ values: S) where S.Element == Double {
        self.init()
        for x in values { add(x) }
    }

    /// Adds one finite value by Welford's update.
    ///
    /// ```
    /// n ← n + 1;  δ = x − x̄;  x̄ ← x̄ + δ/n;  M₂ ← M₂ + δ·(x − x̄)
    /// ```
    /// The factor `x − x̄` uses the *updated* mean, so `δ·(x − x̄) = δ²·(n−1)/n`
    /// without forming `δ²·(n−1)/n` (one rounding fewer).
    ///
    /// - Precondition: `x.isFinite`. A NaN or infinity would poison every
    ///   later statistic. Per-run metrics go through
    ///   ``MetricAccumulator/add(_:)``, which counts a non-finite value as a
    ///   failure instead of trapping.
    /// - Parameter x: the value, in the metric's own units.
    public mutating func add(_ x: Double) {
        precondition(x.isFinite, "RunningMoments.add: non-finite value \(x); record it as a failure instead")
        count += 1
        let delta = x - _mean
        _mean += delta / Double(count)
        sumOfSquaredDeviations += delta * (x - _mean)
        if x < _min { _min = x }
        if x > _max { _max = x }
    }

    /// The arithmetic mean `x̄ = Σ xᵢ / n`, or `nil` when `n = 0`.
    public var mean: Double? { count > 0 ? _mean : nil }

    /// The smallest value added, or `nil` when `n = 0`.
    public var min: Double? { count > 0 ? _min : nil }

    /// The largest value added, or `nil` when `n = 0`.
    public var max: Double? { count > 0 ? _max : nil }

    /// The sample (Bessel-corrected) variance, or `nil` when `n < 2`.
    ///
    /// ```
    /// s² = M₂ / (n − 1)
    /// ```
    /// Units: the metric's units squared. Never negative, even after
    /// rounding: in ``add(_:)`` the rounded new mean lies between the old
    /// mean and `x`, so `δ` and `x − x̄` never have opposite signs, and a merge
    /// only adds non-negative terms.
    public var variance: Double? {
        guard count >= 2 else { return nil }
        return sumOfSquaredDeviations / Double(count - 1)
    }

    /// The sample standard deviation `s = √(M₂ / (n − 1))`, or `nil` when `n < 2`.
    public var standardDeviation: Double? { variance?.squareRoot() }

    /// The standard error of the mean, or `nil` when `n < 2`.
    ///
    /// ```
    /// SE = s / √n
    /// ```
    public var standardError: Double? {
        guard let s = standardDeviation else { return nil }
        return s / Double(count).squareRoot()
    }
}
