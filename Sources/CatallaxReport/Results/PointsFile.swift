import CatallaxReduce

/// `points.csv`: one row per point — its index and coordinates, then per
/// metric its count, failures, mean, standard deviation, 95% confidence
/// interval, min, 5/50/95% quantiles and max, in columns named
/// `<metric>_<statistic>` so data-frame libraries read it without reshaping.
public enum PointsFile {
    /// The statistics' column suffixes, in order.
    public static let statistics = ["count", "failures", "mean", "sd", "ci_low", "ci_high", "min", "q05", "q50", "q95", "max"]

    /// The file's text.
    public static func text(_ record: SweepRecord) -> String {
        let metrics = record.reduction.metrics
        var text = CSV.line(["point"] + record.columns + metrics.flatMap { m in statistics.map { "\(m.name)_\($0)" } })
        for (point, summaries) in record.reduction.summaries.enumerated() {
            var fields = ["\(point)"] + record.coordinates[point]
            for s in summaries {
                fields += ["\(s.count)", "\(s.failures)"]
                fields += [s.mean, s.standardDeviation, s.ciLow, s.ciHigh, s.min, s.q05, s.q50, s.q95, s.max].map(CSV.number)
            }
            text += CSV.line(fields)
        }
        return text
    }
}
