// Benchmarks of CatallaxReduce: a sweep's runs reduced to per-point
// statistics and a ranking (`SweepReduction`), in runs reduced per second.

import Benchmark
import BenchmarkRates
import CatallaxModel
import CatallaxReduce
import CatallaxSweep
import Foundation
import Synchronization

let benchmarks: @Sendable () -> Void = {
    reductionBenchmark("Reduce quick sweep (64 points × 16 replicates)", points: 64, replicates: 16)
    reductionBenchmark("Reduce headline-sized sweep (256 points × 64 replicates)", points: 256, replicates: 64)
}

/// Runs reduced per second.
let runs = Rate("runs/s", tolerance: 15)

/// `SweepReduction` of `points × replicates` outcomes with the metrics a
/// sweep without shock reports, ranked by volatility: what `catallax sweep`
/// does once every run is in.
func reductionBenchmark(_ name: String, points: Int, replicates: Int) {
    let metrics = ScenarioParameters(CurveVolatilityParameters.reference(.linear)).reportedMetrics
    let objective = Scenario(CurveVolatilityParameters.self).defaultObjective
    Benchmark(name, configuration: runs.configuration(maxDuration: .seconds(2))) { benchmark, outcomes in
        benchmark.measure(runs, work: Double(outcomes.count)) {
            SweepReduction(outcomes: outcomes, points: points, metrics: metrics,
                           objective: objective, order: .ascending).runCount
        }
    } setup: {
        tiledOutcomes(points: points, replicates: replicates)
    }
}

/// Every run of `Sweeps/curve-volatility-quick.toml` (64 points × 16
/// replicates), run once on first use: real metric values, ties and spreads
/// included.
let quickOutcomes: [RunID: RunOutcome] = {
    let specPath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sweeps/curve-volatility-quick.toml").path
    let spec: SweepSpec
    do { spec = try SweepSpec.load(contentsOf: specPath) } catch {
        fatalError("cannot load the quick sweep: \(error)")
    }
    let executor = SweepExecutor(points: spec.points.map(\.parameters), seed: spec.seed,
                                 threads: ProcessInfo.processInfo.activeProcessorCount)
    let plan = Plan(points: spec.points.count, replicates: spec.replicates, batchSize: 16)
    let collected = Mutex<[RunID: RunOutcome]>([:])
    executor.run(plan) { result in
        collected.withLock { all in
            for (replicate, outcome) in zip(result.batch.replicates, result.outcomes) {
                all[RunID(point: result.batch.point, replicate: replicate)] = outcome
            }
        }
    }
    return collected.withLock { $0 }
}()

/// `points × replicates` outcomes, run `(p, r)` taking the quick sweep's run
/// `(p mod 64, r mod 16)`: a sweep of that size with realistic values,
/// without running it.
func tiledOutcomes(points: Int, replicates: Int) -> [RunID: RunOutcome] {
    var outcomes: [RunID: RunOutcome] = [:]
    outcomes.reserveCapacity(points * replicates)
    for p in 0..<points {
        for r in 0..<replicates {
            outcomes[RunID(point: p, replicate: r)] = quickOutcomes[RunID(point: p % 64, replicate: r % 16)]
        }
    }
    return outcomes
}
