import CatallaxModel
import Foundation
import Testing

/// Help output is part of the interface: it is compared verbatim with the
/// files in Snapshots/, at COLUMNS=100. Every registered scenario gets its
/// own `run NAME --help` and `scenarios NAME` snapshots; a missing one fails
/// and says how to record it (see ``Snapshot``).
@Suite struct HelpSnapshotTests {
    @Test(arguments: ["catallax", "run", "sweep", "optimize", "sensitivity", "merge", "report", "bench", "scenarios"])
    func helpMatchesItsSnapshot(command: String) throws {
        let arguments = command == "catallax" ? ["--help"] : [command, "--help"]
        let result = try CommandRunner.run(arguments)
        #expect(result.status == 0)
        try Snapshot.expect(result.output, matches: "\(command)-help")
    }

    @Test(arguments: Scenario.all.map(\.name))
    func runHelpOfAScenarioMatchesItsSnapshot(scenario: String) throws {
        let result = try CommandRunner.run(["run", scenario, "--help"])
        #expect(result.status == 0, "\(result.error)")
        try Snapshot.expect(result.output, matches: "run-help-\(scenario)")
    }

    @Test(arguments: Scenario.all.map(\.name))
    func scenarioInFullMatchesItsSnapshot(scenario: String) throws {
        let result = try CommandRunner.run(["scenarios", scenario])
        #expect(result.status == 0, "\(result.error)")
        try Snapshot.expect(result.output, matches: "scenarios-\(scenario)")
    }
}
