// Benchmarks of CatallaxSweep: the kernel on all cores through the executor,
// per curve family, and the quick headline sweep (Sweeps/
// curve-volatility-quick.toml), executor alone and end to end, in
// agent-steps per second.

import Benchmark
import BenchmarkRates
import CatallaxModel
import CatallaxReduce
import CatallaxReport
import CatallaxSweep
import Foundation

let benchmarks: @Sendable () -> Void = {
    for family in CurveFamily.allCases {
        executorBenchmark(family)
    }
    quickSweepBenchmarks()
}

/// Agent-steps per second: `N·T` per run.
let agentSteps = Rate("agent-steps/s", tolerance: 15)
/// The end-to-end sweep also writes files: its tolerance is wider.
let sweepAgentSteps = Rate("agent-steps/s", tolerance: 20)

/// Every core the process may use.
let cores = ProcessInfo.processInfo.activeProcessorCount

// MARK: - The kernel on all cores

/// Replicates 0…15 of the family's reference point (1.6·10⁷ agent-steps)
/// through `PointRunner`, what `catallax run` does: four batches of four
/// lanes spread over every core. Divided by "Kernel <family>, 1 core" of
/// CatallaxModelBenchmarks, it is the parallel speed-up.
func executorBenchmark(_ family: CurveFamily) {
    let parameters = ScenarioParameters(CurveVolatilityParameters.reference(family))
    let runner = PointRunner(parameters: parameters, seed: 1, threads: cores)
    let replicates = 16
    let work = Double(replicates) * parameters.agentSteps
    Benchmark("Kernel \(family.rawValue), all cores", configuration: agentSteps.configuration(maxDuration: .seconds(3))) { benchmark in
        benchmark.measure(agentSteps, work: work) { runner.run(replicates: replicates).outcomes }
    }
}

// MARK: - The quick sweep

/// `Sweeps/curve-volatility-quick.toml` of the engine's repository, found
/// from this file's path so the suite runs from any folder.
let quickSpecPath = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // CatallaxSweepBenchmarks
    .deletingLastPathComponent()  // Benchmarks (targets)
    .deletingLastPathComponent()  // Benchmarks (package)
    .deletingLastPathComponent()  // the engine
    .appendingPathComponent("Sweeps/curve-volatility-quick.toml").path

func quickSweepBenchmarks() {
    let spec: SweepSpec
    do { spec = try SweepSpec.load(contentsOf: quickSpecPath) } catch {
        fatalError("cannot load the quick sweep: \(error.description)")
    }
    let work = spec.points.reduce(0.0) { $0 + $1.parameters.agentSteps } * Double(spec.replicates)

    // Every run of the spec through the executor alone: no journal,
    // statistics or files (what `catallax bench --spec` measures).
    let executor = SweepExecutor(points: spec.points.map(\.parameters), seed: spec.seed, threads: cores)
    let plan = Plan(points: spec.points.count, replicates: spec.replicates, batchSize: 16)
    Benchmark("Quick sweep, executor only", configuration: agentSteps.configuration(maxDuration: .seconds(4))) { benchmark in
        benchmark.measure(agentSteps, work: work) { executor.run(plan) { _ in } }
    }

    // What `catallax sweep Sweeps/curve-volatility-quick.toml --force` does:
    // load the spec, run every batch with the journal, reduce, and write
    // runs.csv, points.csv and summary.json into a scratch folder.
    let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("catallax-benchmark-quick-sweep-\(ProcessInfo.processInfo.processIdentifier)")
    Benchmark("Quick sweep, end to end", configuration: sweepAgentSteps.configuration(maxDuration: .seconds(6))) { benchmark in
        try benchmark.measure(sweepAgentSteps, work: work) { try runQuickSweep(into: folder) }
    } teardown: {
        try? FileManager.default.removeItem(at: folder)
    }
}

/// One `catallax sweep` of the quick spec into `folder`, from the file to
/// the result files.
func runQuickSweep(into folder: URL) throws -> Int {
    let spec = try SweepSpec.load(contentsOf: quickSpecPath)
    let work = SweepSession.Work(points: spec.points.map(\.parameters), replicates: spec.replicates,
                                 seed: spec.seed, specHash: spec.hashHex)
    var options = SweepOptions(folder: folder, threads: cores)
    options.force = true
    let clock = ContinuousClock()
    let start = clock.now
    let outcomes = try SweepSession(work, options: options, otherResultsHash: nil).run()
    let elapsed = clock.now - start
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    let record = SweepRecord(
        spec: spec, specText: try String(contentsOfFile: quickSpecPath, encoding: .utf8), outcomes: outcomes,
        shard: .whole,
        timing: .init(engineVersion: "benchmark", cores: cores, cpu: Machine.cpuName, threads: cores,
                      laneWidth: LaneWidth.standard.rawValue, batchSize: options.batchSize, wallSeconds: seconds,
                      agentStepsPerSecond: spec.points.reduce(0.0) { $0 + $1.parameters.agentSteps }
                          * Double(spec.replicates) / seconds,
                      resumedRuns: 0))
    try ResultFolder.write(record, to: folder)
    return outcomes.count
}
