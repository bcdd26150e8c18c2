/// Every point's ``MetricSummary`` of every metric, stored flat: a sweep of
/// a million points holds six million summaries, which as `[[MetricSummary]]`
/// cost 160 bytes each (nine optional doubles, each padded to 16 bytes) plus
/// an array per point; here they cost 90 (nine doubles, a presence mask and
/// the two counts).
///
/// A collection of points: `table[p]` is point `p`'s summaries in metric
/// order, built on access; ``summary(point:metric:)`` reads one.
public struct SummaryTable: RandomAccessCollection, Sendable {
    /// Summaries per point: the reduction's metrics.
    public let metricCount: Int
    var _pointCount = 0
    var _counts: [Int] = []
    var _failures: [Int] = []
    /// Nine statistics per summary, in ``_statistics`` order; 0 where undefined.
    var _values: [Double] = []
    /// Bit `i` set when statistic `i` of the summary is defined.
    var _defined: [UInt16] = []

    /// Statistics stored per summary.
    static let _width = 9

    /// The nine optional statistics of `s`, in storage order.
    static func _statistics(of s: MetricSummary) -> [Double?] {
        [s.mean, s.standardDeviation, s.ciLow, s.ciHigh, s.min, s.q05, s.q50, s.q95, s.max]
    }

    /// An empty table of `metricCount` summaries per point, with room for `points`.
    public init(metricCount: Int, reservingPoints points: Int = 0) {
        self.metricCount = metricCount
        let summaries = metricCount * points
        _counts.reserveCapacity(summaries)
        _failures.reserveCapacity(summaries)
        _values.reserveCapacity(summaries * Self._width)
        _defined.reserveCapacity(summaries)
    }

    /// Appends one point's summaries, one per metric.
    /// - Precondition: `summaries.count == metricCount`.
    public mutating func append(_ summaries: [MetricSummary]) {
        precondition(summaries.count == metricCount, "SummaryTable: \(summaries.count) summaries for \(metricCount) metrics")
        for s in summaries {
            _counts.append(s.count)
            _failures.append(s.failures)
            var defined: UInt16 = 0
            for (i, x) in Self._statistics(of: s).enumerated() {
                if x != nil { defined |= 1 << i }
                _values.append(x ?? 0)
            }
            _defined.append(defined)
        }
        _pointCount += 1
    }

    /// Point `point`'s summary of metric `metric` (an index into the reduction's metrics).
    public func summary(point: Int, metric: Int) -> MetricSummary {
        let k = point * metricCount + metric
        let defined = _defined[k], base = k * Self._width
        func value(_ i: Int) -> Double? { defined & (1 << i) != 0 ? _values[base + i] : nil }
        return MetricSummary(count: _counts[k], failures: _failures[k], mean: value(0), standardDeviation: value(1),
                             ciLow: value(2), ciHigh: value(3), min: value(4), q05: value(5), q50: value(6), q95: value(7),
                             max: value(8))
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { _pointCount }

    /// Point `point`'s summaries, in metric order.
    public subscript(point: Int) -> [MetricSummary] {
        (0..<metricCount).map { summary(point: point, metric: $0) }
    }
}

extension MetricSummary {
    /// A summary from its stored statistics (a ``SummaryTable`` row).
    init(count: Int, failures: Int, mean: Double?, standardDeviation: Double?, ciLow: Double?, ciHigh: Double?,
         min: Double?, q05: Double?, q50: Double?, q95: Double?, max: Double?) {
        self.count = count
        self.failures = failures
        self.mean = mean
        self.standardDeviation = standardDeviation
        self.ciLow = ciLow
        self.ciHigh = ciHigh
        self.min = min
        self.q05 = q05
        self.q50 = q50
        self.q95 = q95
        self.max = max
    }
}
