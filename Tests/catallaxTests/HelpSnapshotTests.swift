import Foundation
import Testing

/// Help output is part of the interface: it is compared verbatim with the
/// files in Snapshots/ (regenerate them with `catallax <command> --help`
/// at COLUMNS=100 when a change is intended).
@Suite struct HelpSnapshotTests {
    @Test(arguments: ["catallax", "run", "sweep", "merge", "bench", "scenarios"])
    func helpMatchesItsSnapshot(command: String) throws {
        let arguments = command == "catallax" ? ["--help"] : [command, "--help"]
        let result = try CommandRunner.run(arguments)
        #expect(result.status == 0)
        let url = try #require(Bundle.module.url(forResource: "Snapshots/\(command)-help", withExtension: "txt"))
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(result.output == expected)
    }
}
