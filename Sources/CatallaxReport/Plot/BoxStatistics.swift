import CatallaxReduce

/// The five numbers of a box plot (Tukey's rule), the mean and the outliers
/// of a sample.
///
/// ```
/// Q1, median, Q3 = Q(0.25), Q(0.5), Q(0.75)          (Hyndman–Fan type 7)
/// whiskers       = the most extreme values within [Q1 − 1.5·IQR, Q3 + 1.5·IQR],  IQR = Q3 − Q1
/// outliers       = the values beyond the whiskers
/// ```
/// Non-finite values are left out.
struct BoxStatistics: Sendable, Equatable {
    /// The quartiles.
    var q1: Double, median: Double, q3: Double
    /// The whiskers' ends: observed values, never the fences themselves.
    var lowerWhisker: Double, upperWhisker: Double
    /// Values beyond the whiskers, ascending.
    var outliers: [Double]
    /// The arithmetic mean.
    var mean: Double
    /// How many finite values.
    var count: Int

    /// The statistics of `values`; `nil` when none is finite.
    /// - Complexity: O(n log n).
    init?(_ values: [Double]) {
        let sorted = values.filter(\.isFinite).sorted()
        guard !sorted.isEmpty else { return nil }
        let q1 = Quantiles.linear(ofSorted: sorted, at: 0.25)!, q3 = Quantiles.linear(ofSorted: sorted, at: 0.75)!
        let (lowFence, highFence) = (q1 - 1.5 * (q3 - q1), q3 + 1.5 * (q3 - q1))
        let inside = sorted.filter { $0 >= lowFence && $0 <= highFence }
        self.q1 = q1
        self.q3 = q3
        median = Quantiles.linear(ofSorted: sorted, at: 0.5)!
        lowerWhisker = inside.first ?? q1
        upperWhisker = inside.last ?? q3
        outliers = sorted.filter { $0 < lowFence || $0 > highFence }
        mean = sorted.reduce(0, +) / Double(sorted.count)
        count = sorted.count
    }
}
