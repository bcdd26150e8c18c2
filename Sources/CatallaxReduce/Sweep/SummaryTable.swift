/// Every point's ``MetricSummary`` of every metric, stored flat: a sweep of
/// a million points holds six million summaries, which as `[[MetricSummary]]`
/// cost 160 bytes each (nine optional doubles, each padded to 16 bytes) plus
/// an array per point; here they cost 82 (nine doubles, a presence mask and
/// the two counts).
///
/// A *brief* table (``init(metricCount:reservingPoints:brief:)``) keeps less:
/// of every point only the count, failures, mean and confidence interval
/// (34 bytes a summary: what the ranking and the report's charts read), and
/// every statistic only of the points it is told to keep whole
/// (``keepWhole(_:ofPoint:)``, the best ones, which the tables list). A
/// streamed sweep keeps one, its `points.csv` holding every statistic.
///
/// A collection of points: `table[p]` is point `p`'s summaries in metric
/// order, built on access; ``summary(point:metric:)`` reads one.
public struct SummaryTable: RandomAccessCollection, Sendable {
    /// Summaries per point: the reduction's metrics.
    public let metricCount: Int
    /// Whether only the count, failures, mean and interval are kept of points not kept whole.
    public let isBrief: Bool
    /// The statistics stored per summary, as indices into ``_statistics(of:)``'s order.
    let _stored: [Int]
    /// `_slot[s]`: where statistic `s` is among ``_stored``, −1 when it is not stored.
    let _slot: [Int]
    var _pointCount = 0
    var _counts: [Int32] = []
    var _failures: [Int32] = []
    /// ``_stored`` statistics per summary, in that order; 0 where undefined.
    var _values: [Double] = []
    /// Bit `i` set when stored statistic `i` of the summary is defined.
    var _defined: [UInt16] = []
    /// Every statistic of the points kept whole (a brief table's best points).
    var _whole: [Int: [MetricSummary]] = [:]

    /// The nine optional statistics of `s`, in storage order.
    static func _statistics(of s: MetricSummary) -> [Double?] {
        [s.mean, s.standardDeviation, s.ciLow, s.ciHigh, s.min, s.q05, s.q50, s.q95, s.max]
    }

    /// An empty table of `metricCount` summaries per point, with room for
    /// `points`; `brief` keeps only the count, failures, mean and interval
    /// of points not kept whole.
    public init(metricCount: Int, reservingPoints points: Int = 0, brief: Bool = false) {
        self.metricCount = metricCount
        isBrief = brief
        let stored = brief ? [0, 2, 3] : Array(0..<9)
        _stored = stored
        _slot = (0..<9).map { stored.firstIndex(of: $0) ?? -1 }
        let summaries = metricCount * points
        _counts.reserveCapacity(summaries)
        _failures.reserveCapacity(summaries)
        _values.reserveCapacity(summaries * stored.count)
        _defined.reserveCapacity(summaries)
    }

    /// Appends one point's summaries, one per metric.
    /// - Precondition: `summaries.count == metricCount`, counts below 2³¹.
    public mutating func append(_ summaries: [MetricSummary]) {
        precondition(summaries.count == metricCount, "SummaryTable: \(summaries.count) summaries for \(metricCount) metrics")
        for s in summaries {
            _counts.append(Int32(s.count))
            _failures.append(Int32(s.failures))
            let statistics = Self._statistics(of: s)
            var defined: UInt16 = 0
            for (i, k) in _stored.enumerated() {
                if statistics[k] != nil { defined |= 1 << i }
                _values.append(statistics[k] ?? 0)
            }
            _defined.append(defined)
        }
        _pointCount += 1
    }

    /// Keeps every statistic of point `point` (of a brief table, whose rows hold only some).
    /// - Precondition: `summaries.count == metricCount`.
    public mutating func keepWhole(_ summaries: [MetricSummary], ofPoint point: Int) {
        precondition(summaries.count == metricCount, "SummaryTable: \(summaries.count) summaries for \(metricCount) metrics")
        if isBrief { _whole[point] = summaries }
    }

    /// Point `point`'s summary of metric `metric` (an index into the
    /// reduction's metrics); of a brief table's point not kept whole, only
    /// the count, failures, mean and interval.
    public func summary(point: Int, metric: Int) -> MetricSummary {
        if let whole = _whole[point] { return whole[metric] }
        let k = point * metricCount + metric
        let defined = _defined[k], base = k * _stored.count
        func value(_ statistic: Int) -> Double? {
            let i = _slot[statistic]
            return i >= 0 && defined & (1 << i) != 0 ? _values[base + i] : nil
        }
        return MetricSummary(count: Int(_counts[k]), failures: Int(_failures[k]), mean: value(0), standardDeviation: value(1),
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
