import CatallaxModel
import Foundation
import Testing

/// The ways to ask for one scenario's run help give the same text: the run
/// command's help, then that scenario's parameters only.
@Suite struct RunHelpTests {
    @Test(arguments: Scenario.all.map(\.name))
    func everySpellingOfAScenariosRunHelpAgrees(scenario: String) throws {
        let reference = try CommandRunner.run(["run", scenario, "--help"])
        for arguments in [["run", scenario, "-h"], ["run", "-h", scenario], ["help", "run", scenario],
                          ["run", scenario, "--replicates", "3", "--help"]] {
            let result = try CommandRunner.run(arguments)
            #expect(result.status == 0, "\(arguments)")
            #expect(result.output == reference.output, "\(arguments)")
        }
    }

    @Test func aScenariosRunHelpListsItsParametersAndNoOthers() throws {
        for scenario in Scenario.all {
            let output = try CommandRunner.run(["run", scenario.name, "--help"]).output
            for (title, _) in scenario.parameterGroups { #expect(output.contains("\n\(title):\n")) }
            for other in Scenario.all where other != scenario {
                for (title, _) in other.parameterGroups where !scenario.parameterGroups.contains(where: { $0.title == title }) {
                    #expect(!output.contains("\n\(title):\n"), "\(scenario.name)'s help shows \(title)")
                }
            }
        }
    }

    @Test func runHelpWithoutAScenarioNamesThemAndSaysWhereTheParametersAre() throws {
        let result = try CommandRunner.run(["run", "--help"])
        #expect(result.status == 0)
        // The list wraps at the terminal width: compare with line breaks read as spaces.
        let flowed = result.output.replacingOccurrences(of: "\n", with: " ")
        #expect(flowed.contains("Scenarios: \(Scenario.all.map(\.name).joined(separator: ", "))."))
        #expect(result.output.contains("`catallax run NAME --help`"))
        #expect(result.output.contains("`catallax scenarios NAME`"))
        for scenario in Scenario.all {
            for (title, _) in scenario.parameterGroups { #expect(!result.output.contains("\(title):")) }
        }
    }

    @Test func scenariosWithoutANameListsEveryScenarioAndTheWayToSeeOne() throws {
        let result = try CommandRunner.run(["scenarios"])
        #expect(result.status == 0)
        for scenario in Scenario.all { #expect(result.output.contains("\n\(scenario.name): ") || result.output.hasPrefix("\(scenario.name): ")) }
        #expect(result.output.contains("`catallax scenarios NAME` shows one scenario in full"))
    }

    @Test func anUnknownScenarioIsBadInputWithASuggestion() throws {
        let name = Scenario.all[Scenario.all.count - 1].name
        let misspelt = String(name.dropLast())
        let allowed = Scenario.all.map(\.name).joined(separator: ", ")
        for arguments in [["scenarios", misspelt], ["run", misspelt]] {
            let result = try CommandRunner.run(arguments)
            #expect(result.status == 2)
            #expect(result.output.isEmpty)
            #expect(result.error == "error: There is no scenario '\(misspelt)'. Did you mean '\(name)'? Allowed: \(allowed).\n")
        }
    }
}
