import ArgumentParser
import CatallaxModel
import CatallaxReduce
import CatallaxReport
import CatallaxSweep
import Dispatch
import Foundation

extension Catallax {
    /// `catallax run`: many seeded replicates of one parameter point.
    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Runs one parameter point of a scenario for many seeded replicates and prints its metrics.",
            discussion: ScenarioHelp.runDiscussion)

        @OptionGroup var scenario: ScenarioOptions

        @Option(help: "Seeded replicates to run.")
        var replicates: Int = 64

        @Option(help: "The seed s; replicate r draws from Philox keyed by (s, point 0, r).")
        var seed: UInt64 = 1

        @Option(help: "Writes every replicate's price path P_0…P_T to this CSV file (columns replicate, step, price).")
        var paths: String?

        @Flag(help: "Prints the results as JSON instead of a table.")
        var json = false

        @OptionGroup var execution: ExecutionOptions

        func validate() throws {
            guard replicates >= 1 else { throw ValidationError("--replicates must be at least 1, got \(replicates).") }
        }

        func run() throws {
            let parameters = try scenario.parameters()
            let runner = PointRunner(parameters: parameters, seed: seed, threads: execution.threads, laneWidth: execution.lanes(for: parameters.scenario))
            let start = DispatchTime.now().uptimeNanoseconds
            let (outcomes, pricePaths) = runner.run(replicates: replicates, recordingPaths: paths != nil)
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            let text = PointSummaryText(summary: PointSummary(parameters: parameters, outcomes: outcomes, seconds: seconds),
                                        seed: seed, threads: execution.threads, laneWidth: execution.laneWidth(for: parameters.scenario))
            if let paths {
                let url = URL(fileURLWithPath: paths)
                do { try PathsFile.write(replicatePaths: pricePaths, to: url) }
                catch { throw BadInput(message: "--paths: cannot write '\(url.path)': \(error.localizedDescription)") }
            }
            print(json ? try text.json() : text.table())
        }
    }
}
