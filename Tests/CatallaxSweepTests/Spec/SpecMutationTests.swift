import _CatallaxTestSupport
@testable import CatallaxSweep
import Foundation
import Testing

/// Thousands of malformed sweep files made from every shipped one
/// (``SpecMutation``): each is either a valid sweep or refused with a
/// ``SpecError`` that names the file and the key or the line. A crash would
/// end the test process, so reaching the end is itself the check that none crashes.
@Suite struct SpecMutationTests {
    static let shipped: [String] = ((try? FileManager.default.contentsOfDirectory(
        atPath: SpecFixture.packageRoot.appendingPathComponent("Sweeps").path)) ?? [])
        .filter { $0.hasSuffix(".toml") }.sorted()

    static let file = "mutated.toml"

    /// Decodes `bytes`; records an issue unless it is accepted or refused naming the file and the key or line.
    static func expectAcceptedOrClearlyRefused(_ bytes: [UInt8], _ label: String, kind: SpecKind = .sweep,
                                               sourceLocation: SourceLocation = #_sourceLocation) {
        do {
            let spec = try SweepSpec(decoding: bytes, file: file, kind: kind)
            #expect(spec.runCount >= 1, "\(label)", sourceLocation: sourceLocation)
        } catch {
            #expect(error.file == file, "\(label): \(error)", sourceLocation: sourceLocation)
            #expect(error.description.contains(file), "\(label): \(error)", sourceLocation: sourceLocation)
            if case .syntax(_, let line, let column, _) = error {
                #expect(line >= 1 && column >= 1, "\(label): \(error)", sourceLocation: sourceLocation)
                #expect(error.description.contains("line \(line)"), "\(label): \(error)", sourceLocation: sourceLocation)
            } else if case .unreadableFile = error {
                Issue.record("\(label): bytes in memory cannot be unreadable: \(error)", sourceLocation: sourceLocation)
            } else {
                // The key path is named, quoted (an empty key, `"" = 1`, is valid TOML and named as '').
                #expect(error.description.contains("'\(error.keyPath)'"), "\(label): \(error)", sourceLocation: sourceLocation)
            }
        }
    }

    /// A search file (`optimize-*.toml`, `sensitivity-*.toml`) is read as search spaces, its `[optimize]` or
    /// `[sensitivity]` table left to `catallax optimize` or `catallax sensitivity`.
    static func kind(_ name: String) -> SpecKind {
        if name.hasPrefix("optimize-") { return .search(tables: ["optimize"]) }
        if name.hasPrefix("sensitivity-") { return .search(tables: ["sensitivity"]) }
        return .sweep
    }

    @Test func everyShippedSweepFileIsRead() {
        #expect(Self.shipped.count >= 10)
    }

    @Test(arguments: shipped)
    func everyKeyMutatedIsAcceptedOrRefusedNamingTheKey(_ name: String) throws {
        let text = try String(contentsOf: SpecFixture.packageRoot.appendingPathComponent("Sweeps/\(name)"), encoding: .utf8)
        let mutations = SpecMutation.mutations(of: text)
        #expect(mutations.count > 100)
        for (label, mutated) in mutations {
            Self.expectAcceptedOrClearlyRefused(Array(mutated.utf8), "\(name), \(label)", kind: Self.kind(name))
        }
    }

    @Test(arguments: shipped)
    func damagedBytesAreAcceptedOrRefusedNamingTheLine(_ name: String) throws {
        let text = try String(contentsOf: SpecFixture.packageRoot.appendingPathComponent("Sweeps/\(name)"), encoding: .utf8)
        for (label, bytes) in SpecMutation.byteMutations(of: text) {
            Self.expectAcceptedOrClearlyRefused(bytes, "\(name), \(label)", kind: Self.kind(name))
        }
    }
}
