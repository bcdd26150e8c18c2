import ArgumentParser
import CatallaxModel
import CatallaxReport
import CatallaxSweep
import Dispatch
import Foundation
import Synchronization

extension Catallax {
    /// `catallax bench`: the kernel's speed at the reference point.
    struct Bench: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Measures the kernels in agent-steps per second at each scenario's reference points, on one core and on all cores.",
            discussion: """
            Reference points: the representative points each scenario declares. \
            A quick look at the kernels' speed; the full suite lives in Benchmarks/ (swift package benchmark). \
            With --spec, runs every run of a sweep spec through the executor alone (no journal, statistics \
            or files) on all threads: the ceiling the sweep's own throughput is compared with.
            """)

        @Option(help: "A sweep spec whose point mix to measure instead of the reference points.")
        var spec: String?

        @Option(name: .customLong("scenario"), help: "A scenario to measure; repeat for several (default: every scenario).")
        var scenarioNames: [String] = []

        @Option(help: "Runs per measurement at 10⁶ agent-steps a run; smaller runs are repeated to the same agent-steps, up to 65 536 runs.")
        var runs: Int = 256

        @Option(help: "Measurements per configuration; the median is shown.")
        var repeats: Int = 3

        @OptionGroup var execution: ExecutionOptions

        func validate() throws {
            guard runs >= 1 else { throw ValidationError("--runs must be at least 1, got \(runs).") }
            guard repeats >= 1 else { throw ValidationError("--repeats must be at least 1, got \(repeats).") }
        }

        func run() throws {
            if let spec {
                try measureSpec(spec)
                return
            }
            let cores = execution.threads
            let scenarios = scenarioNames.isEmpty ? Scenario.all : try scenarioNames.map { try Scenario(named: $0) }
            var table = TextTable(header: ["scenario", "point", "1 core (agent-steps/s)", "\(cores) cores (agent-steps/s)", "scaling"])
            for scenario in scenarios {
                for (label, parameters) in scenario.referencePoints {
                    let single = median(measure(parameters, threads: 1))
                    let all = median(measure(parameters, threads: cores))
                    table.rows.append([scenario.name, label, NumberFormat.significant(single), NumberFormat.significant(all),
                                       String(format: "%.2fx", all / single)])
                }
            }
            print("catallax bench: \(NumberFormat.significant(Double(runs) * 1e6)) agent-steps × \(repeats) repeats per cell, lane width \(execution.requestedLaneWidth.map(String.init) ?? "each scenario's default"), reference constants")
            print(table.rendered)
        }

        /// Every run of the spec through the executor, `repeats` times.
        func measureSpec(_ path: String) throws {
            let sweep: SweepSpec
            do { sweep = try SweepSpec.load(contentsOf: path) } catch { throw BadInput(message: error.description) }
            // Listed before timing: the kernel's rate, not the building of points.
            let points = sweep.points.parameters.listed
            let executor = SweepExecutor(points: points, seed: sweep.seed,
                                         threads: execution.threads, laneWidth: execution.lanes(for: sweep.scenario))
            let plan = Plan(points: sweep.points.count, replicates: sweep.replicates, batchSize: 16)
            // The work the runs did (runs that stop early do less than declared); the same each repeat.
            var agentSteps = 0.0
            let rates = (0..<repeats).map { _ in
                let start = DispatchTime.now().uptimeNanoseconds
                let done = Mutex(0.0)
                executor.run(plan) { result in done.withLock { $0 += result.agentSteps } }
                agentSteps = done.withLock { $0 }
                return agentSteps / (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            }
            print("catallax bench --spec \(path): \(plan.runCount) runs, \(NumberFormat.significant(agentSteps)) agent-steps, \(execution.threads) threads, lane width \(execution.laneWidth(for: sweep.scenario))")
            print("kernel only: \(NumberFormat.significant(median(rates))) agent-steps/s (median of \(repeats))")
        }

        /// Agent-steps per second of `repeats` timed sweeps of about
        /// `runs × 10⁶` agent-steps each.
        func measure(_ parameters: ScenarioParameters, threads: Int) -> [Double] {
            let runner = PointRunner(parameters: parameters, seed: 1, threads: threads, laneWidth: execution.lanes(for: parameters.scenario))
            // Capped: a scenario of tiny runs (test-function has one agent-step)
            // would otherwise ask for 10⁸ runs, whose outcomes fill the memory.
            let sameWork = Int(min(Double(self.runs) * 1e6 / parameters.agentSteps, 65_536).rounded())
            // At least one batch a thread, so the 2-core column is not one
            // core's batch (runs that stop early declare their cap, not their work).
            let runs = max(execution.laneWidth(for: parameters.scenario) * threads, sameWork)
            return (0..<repeats).map { repeatIndex in
                let start = DispatchTime.now().uptimeNanoseconds
                let outcomes = runner.run(replicates: runs, offset: repeatIndex * runs).outcomes
                let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                precondition(outcomes.count == runs)
                return outcomes.reduce(0) { $0 + parameters.agentSteps(of: $1) } / seconds
            }
        }

        func median(_ values: [Double]) -> Double {
            let sorted = values.sorted()
            return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
        }
    }
}
