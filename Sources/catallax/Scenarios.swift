import ArgumentParser
import CatallaxModel

extension Catallax {
    /// `catallax scenarios`: what can be run.
    struct Scenarios: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Lists the scenarios this build can run, with their metrics and parameters.")

        func run() {
            for entry in ScenarioCatalog.all {
                print("\(entry.name): \(entry.summary)")
                print("  metrics: \(entry.metrics.joined(separator: ", "))")
                print("  parameters: \(entry.parameters.map(\.key).joined(separator: ", "))")
            }
        }
    }
}
