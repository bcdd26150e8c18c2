import Foundation
import Testing

/// A text output compared verbatim with a file in `Snapshots/`.
///
/// With the environment variable `RECORD_SNAPSHOTS=1`, the output is written
/// to `Tests/catallaxTests/Snapshots/<name>.txt` instead (and the test fails,
/// so that a recording run is never mistaken for a passing one); check the
/// file, then build and run the tests again without the variable.
enum Snapshot {
    /// Whether this test run records snapshots rather than checking them.
    static var isRecording: Bool { ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" }

    /// The snapshots' folder in the source tree, where recording writes.
    static func sourceFolder(_ filePath: String = #filePath) -> URL {
        URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    }

    /// The command that records the snapshots.
    static let recordCommand =
        "RECORD_SNAPSHOTS=1 swift test --filter catallaxTests.HelpSnapshotTests"

    /// Expects `output` to equal the snapshot `name` (`Snapshots/<name>.txt`
    /// in the test bundle), or records it.
    static func expect(_ output: String, matches name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        if isRecording {
            let url = sourceFolder().appendingPathComponent("\(name).txt")
            try Data(output.utf8).write(to: url)
            Issue.record("Recorded \(url.path); check it, then run the tests without RECORD_SNAPSHOTS.", sourceLocation: sourceLocation)
            return
        }
        guard let url = Bundle.module.url(forResource: "Snapshots/\(name)", withExtension: "txt") else {
            Issue.record("""
                There is no snapshot Snapshots/\(name).txt. Record it with `\(recordCommand)` \
                (it writes Tests/catallaxTests/Snapshots/\(name).txt), check the file, then build and test again.
                """, sourceLocation: sourceLocation)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(output == expected, "output differs from Snapshots/\(name).txt; if the change is intended, re-record it with `\(recordCommand)`.",
                sourceLocation: sourceLocation)
    }
}
