import Foundation
import Testing

/// The spec reader's fuzzing corpus replayed on every test run: the inputs
/// libFuzzer kept for reaching new code (`Fuzz/SpecReader/corpus`) and every
/// input that once crashed or hung a reader (`Fuzz/SpecReader/regressions`),
/// each accepted or refused naming the file and the key or line.
@Suite struct FuzzCorpusTests {
    static func inputs(_ folder: String) -> [URL] {
        let url = SpecFixture.packageRoot.appendingPathComponent("Fuzz/SpecReader/\(folder)")
        return ((try? FileManager.default.contentsOfDirectory(at: url, includingPropertiesForKeys: nil)) ?? [])
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    @Test(arguments: ["corpus", "regressions"])
    func everyKeptInputIsAcceptedOrClearlyRefused(_ folder: String) throws {
        let inputs = Self.inputs(folder)
        #expect(!inputs.isEmpty, "no inputs in Fuzz/SpecReader/\(folder)")
        for input in inputs {
            SpecMutationTests.expectAcceptedOrClearlyRefused(Array(try Data(contentsOf: input)), "\(folder)/\(input.lastPathComponent)")
        }
    }
}
