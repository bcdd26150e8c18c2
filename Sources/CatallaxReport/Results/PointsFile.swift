import CatallaxModel
import CatallaxReduce

/// `points.csv`: one row per point, in point order — its index, its rank by
/// the objective (1 for the best: the whole ranking, of which
/// `summary.json` lists the top) and coordinates, then per
/// metric its count, failures, mean, standard deviation, 95% confidence
/// interval, min, 5/50/95% quantiles and max, in columns named
/// `<metric>_<statistic>` so data-frame libraries read it without reshaping.
public enum PointsFile {
    /// The statistics' column suffixes, in order.
    public static let statistics = ["count", "failures", "mean", "sd", "ci_low", "ci_high", "min", "q05", "q50", "q95", "max"]

    /// The file's text.
    public static func text(_ record: SweepRecord) -> String {
        var text = ""
        write(record, to: &text)
        return text
    }

    /// Appends the file's text to `stream`, one row at a time.
    /// - Complexity: O(points × metrics).
    public static func write(_ record: SweepRecord, to stream: inout some ByteSink) {
        appendHeader(columns: record.columns, metrics: record.reduction.metrics.map(\.name), to: &stream)
        var ranks = [Int](repeating: 0, count: record.reduction.summaries.count)
        for entry in record.reduction.ranking.entries { ranks[entry.pointIndex] = entry.rank }
        let table = record.reduction.summaries
        for point in table.indices {
            appendLead(point: point, rank: ranks[point], to: &stream)
            appendTail(coordinates: record.coordinates[point], summaries: table[point], to: &stream)
        }
    }

    /// Appends the header line.
    public static func appendHeader(columns: [String], metrics: [String], to stream: inout some TextOutputStream) {
        CSV.append(["point", "rank"] + columns + metrics.flatMap { m in statistics.map { "\(m)_\($0)" } }, to: &stream)
    }

    /// Appends the start of a row: `<point>,<rank>`.
    public static func appendLead(point: Int, rank: Int, to stream: inout some ByteSink) {
        stream.write(integer: point)
        stream.write(ascii: UInt8(ascii: ","))
        stream.write(integer: rank)
    }

    /// Appends the rest of a row, from the comma before the coordinates to
    /// the line feed: what a streamed sweep spells before the ranks are known.
    /// - Complexity: O(metrics).
    public static func appendTail(coordinates: [String], summaries: [MetricSummary], to stream: inout some ByteSink) {
        // Written field by field: numbers need no quoting, coordinates may.
        for coordinate in coordinates {
            stream.write(ascii: UInt8(ascii: ","))
            stream.write(CSV.escaped(coordinate))
        }
        for s in summaries {
            stream.write(ascii: UInt8(ascii: ","))
            stream.write(integer: s.count)
            stream.write(ascii: UInt8(ascii: ","))
            stream.write(integer: s.failures)
            // Nine numbers, no array of them.
            CSV.appendField(s.mean, to: &stream)
            CSV.appendField(s.standardDeviation, to: &stream)
            CSV.appendField(s.ciLow, to: &stream)
            CSV.appendField(s.ciHigh, to: &stream)
            CSV.appendField(s.min, to: &stream)
            CSV.appendField(s.q05, to: &stream)
            CSV.appendField(s.q50, to: &stream)
            CSV.appendField(s.q95, to: &stream)
            CSV.appendField(s.max, to: &stream)
        }
        stream.write(ascii: UInt8(ascii: "\n"))
    }
}
