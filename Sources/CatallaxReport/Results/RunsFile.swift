import CatallaxModel
import CatallaxNumerics
import CatallaxSweep

/// `runs.csv`: one row per run, in point then replicate order — the point's
/// index and coordinates, the replicate, the sweep's seed, the run's Philox
/// key (shared by replicate `r` of every point: common random numbers), `ok` or the failure's reason, and every metric (empty where a metric
/// does not apply).
public enum RunsFile {
    /// The file's text.
    /// - Complexity: O(runs × metrics).
    public static func text(_ record: SweepRecord) -> String {
        var text = ""
        write(record, to: &text)
        return text
    }

    /// Appends the file's text to `stream`, one row at a time.
    /// - Complexity: O(runs × metrics).
    public static func write(_ record: SweepRecord, to stream: inout some ByteSink) {
        let metrics = record.reduction.metrics
        appendHeader(columns: record.columns, metrics: metrics, to: &stream)
        let spelling = Spelling(seed: record.seed)
        FinishedPoint.forEach(in: record.outcomes) { point in
            appendRows(point, coordinates: record.coordinates[point.point], metrics: metrics, spelling: spelling, to: &stream)
        }
    }

    /// Appends the header line.
    public static func appendHeader(columns: [String], metrics: [Metric], to stream: inout some TextOutputStream) {
        CSV.append(["point"] + columns + ["replicate", "seed", "run_key", "status"] + metrics.map(\.name), to: &stream)
    }

    /// The parts of a row shared by many: the seed, and the run key of each
    /// replicate (replicate `r` of every point shares its key) in hexadecimal.
    public struct Spelling: Sendable {
        let _seed: UInt64
        /// The sweep's seed as written.
        let seed: String
        /// `keys[r]`: replicate `r`'s key, for the first replicates.
        let _keys: [String]

        /// The spelling of a sweep with seed `seed`.
        public init(seed: UInt64) {
            _seed = seed
            self.seed = "\(seed)"
            _keys = (0..<1024).map { Self._key(seed, $0) }
        }

        /// Replicate `replicate`'s run key in hexadecimal.
        func key(_ replicate: Int) -> String {
            replicate < _keys.count ? _keys[replicate] : Self._key(_seed, replicate)
        }

        static func _key(_ seed: UInt64, _ replicate: Int) -> String {
            String(RunKey(seed: seed, replicate: UInt64(replicate)).value, radix: 16)
        }
    }

    /// Appends the rows of one point's runs (in the order given).
    /// - Parameters:
    ///   - coordinates: the point's coordinates, one per column.
    /// - Complexity: O(runs × metrics).
    public static func appendRows(_ point: FinishedPoint, coordinates: [String], metrics: [Metric], spelling: Spelling,
                                  to stream: inout some ByteSink) {
        guard !point.replicates.isEmpty else { return }
        // Each point's coordinates are escaped once, as `,c₁,c₂,…`.
        let prefix = String(point.point) + coordinates.map { "," + CSV.escaped($0) }.joined() + ","
        for (replicate, outcome) in zip(point.replicates, point.outcomes) {
            stream.write(prefix)
            stream.write(integer: replicate)
            stream.write(ascii: UInt8(ascii: ","))
            stream.write(spelling.seed)
            stream.write(ascii: UInt8(ascii: ","))
            stream.write(spelling.key(replicate))
            stream.write(ascii: UInt8(ascii: ","))
            stream.write(CSV.escaped(outcome.failure ?? "ok"))
            for metric in metrics { CSV.appendField(outcome[metric], to: &stream) }
            stream.write(ascii: UInt8(ascii: "\n"))
        }
    }
}
