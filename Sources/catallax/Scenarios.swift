import ArgumentParser
import CatallaxModel

extension Catallax {
    /// `catallax scenarios [NAME]`: what can be run, or one scenario in full.
    struct Scenarios: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Lists the scenarios this build can run, with their metrics and parameters.",
            discussion: "With a scenario's name, shows that scenario in full: its metrics (title, unit, which way is better) and each parameter's symbol, meaning, unit, default and allowed values.")

        @Argument(help: "A scenario to show in full (default: list them all).")
        var name: String?

        func run() throws {
            guard let name else {
                print(ScenarioHelp.list)
                return
            }
            print(ScenarioHelp.full(try Scenario(named: name), width: HangingText.terminalWidth))
        }
    }
}
