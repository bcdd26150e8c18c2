import ArgumentParser
import CatallaxModel

extension Catallax {
    /// `catallax scenarios`: what can be run.
    struct Scenarios: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Lists the scenarios this build can run, with their metrics and parameters.")

        func run() {
            for scenario in Scenario.allCases {
                print("\(scenario.name): \(scenario.summary)")
                print("  metrics: \(scenario.metrics.map(\.name).joined(separator: ", "))")
                print("  parameters: \(scenario.descriptors.map(\.key).joined(separator: ", "))")
            }
        }
    }
}
