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
        let metrics = record.reduction.metrics
        var text = CSV.line(["point"] + record.columns + ["replicate", "seed", "run_key", "status"] + metrics.map(\.name))
        for run in record.outcomes.keys.sorted() {
            let outcome = record.outcomes[run]!
            let hexKey = String(RunKey(seed: record.seed, replicate: UInt64(run.replicate)).value, radix: 16)
            text += CSV.line(["\(run.point)"] + record.coordinates[run.point]
                             + ["\(run.replicate)", "\(record.seed)", hexKey, outcome.failure ?? "ok"]
                             + metrics.map { CSV.number(outcome[$0]) })
        }
        return text
    }
}
