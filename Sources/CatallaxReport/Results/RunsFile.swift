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
    public static func write(_ record: SweepRecord, to stream: inout some TextOutputStream) {
        let metrics = record.reduction.metrics
        CSV.append(["point"] + record.columns + ["replicate", "seed", "run_key", "status"] + metrics.map(\.name), to: &stream)
        let seed = "\(record.seed)"
        // Replicate r of every point shares its key (common random numbers): spelled once per replicate.
        var hexKeys: [String] = []
        // Runs come point by point: each point's coordinates are escaped once, as `,c₁,c₂,…`.
        var coordinatesPoint = -1
        var coordinates = ""
        for run in record.outcomes.keys.sorted() {
            let outcome = record.outcomes[run]!
            while hexKeys.count <= run.replicate {
                hexKeys.append(String(RunKey(seed: record.seed, replicate: UInt64(hexKeys.count)).value, radix: 16))
            }
            if run.point != coordinatesPoint {
                coordinatesPoint = run.point
                coordinates = record.coordinates[run.point].map { "," + CSV.escaped($0) }.joined()
            }
            stream.write(String(run.point))
            stream.write(coordinates)
            stream.write(",")
            stream.write(String(run.replicate))
            stream.write(",")
            stream.write(seed)
            stream.write(",")
            stream.write(hexKeys[run.replicate])
            stream.write(",")
            stream.write(CSV.escaped(outcome.failure ?? "ok"))
            for metric in metrics { CSV.appendField(outcome[metric], to: &stream) }
            stream.write("\n")
        }
    }
}
