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
        for run in record.outcomes.keys.sorted() {
            let outcome = record.outcomes[run]!
            while hexKeys.count <= run.replicate {
                hexKeys.append(String(RunKey(seed: record.seed, replicate: UInt64(hexKeys.count)).value, radix: 16))
            }
            CSV.append(["\(run.point)"] + record.coordinates[run.point]
                       + ["\(run.replicate)", seed, hexKeys[run.replicate], outcome.failure ?? "ok"]
                       + metrics.map { CSV.number(outcome[$0]) }, to: &stream)
        }
    }
}
