import CatallaxModel
@testable import CatallaxSweep
import Foundation
import Testing

/// Sweep texts for the spec tests: a valid header to put blocks under, and
/// helpers that decode or expect an error.
enum SpecFixture {
    /// The file name every test spec claims to come from.
    static let file = "Sweeps/test.toml"

    /// A valid top level with no blocks.
    static let header = """
        name = "test"
        scenario = "curve-volatility"
        seed = 7
        replicates = 4

        """

    /// The spec of `header + body`.
    static func spec(_ body: String) throws -> SweepSpec {
        try SweepSpec(parsing: header + body, file: file)
    }

    /// The error decoding `text` throws, recording an issue if it throws none.
    static func error(in text: String, sourceLocation: SourceLocation = #_sourceLocation) -> SpecError? {
        #expect(throws: SpecError.self, sourceLocation: sourceLocation) { try SweepSpec(parsing: text, file: file) }
    }

    /// The error `header + body` throws.
    static func error(_ body: String, sourceLocation: SourceLocation = #_sourceLocation) -> SpecError? {
        error(in: header + body, sourceLocation: sourceLocation)
    }

    /// The numbers of column `key` over all points.
    static func column(_ spec: SweepSpec, _ key: String) -> [Double] {
        spec.points.map { Double($0.coordinate(key) ?? "") ?? .nan }
    }

    /// The root of the package (for `Sweeps/*.toml`).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Checks that `error` is a whole sentence naming the file, the key path
    /// and each of `allowed`.
    static func expectMessage(_ error: SpecError?, keyPath: String, mentions allowed: [String],
                              sourceLocation: SourceLocation = #_sourceLocation) {
        guard let error else { return }
        let message = error.description
        #expect(error.keyPath == keyPath, sourceLocation: sourceLocation)
        #expect(message.contains(file), "message does not name the file: \(message)", sourceLocation: sourceLocation)
        #expect(message.contains("'\(keyPath)'"), "message does not name \(keyPath): \(message)", sourceLocation: sourceLocation)
        for word in allowed {
            #expect(message.contains(word), "message does not say '\(word)': \(message)", sourceLocation: sourceLocation)
        }
        #expect(message.first?.isUppercase == true && message.hasSuffix("."), "not a sentence: \(message)", sourceLocation: sourceLocation)
    }
}
