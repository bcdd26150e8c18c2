@testable import CatallaxSweep
import Foundation
import Testing

/// Arbitrary and mutated input: the parser answers a table or a located
/// ``TOMLSyntaxError``, and never traps or hangs.
@Suite struct TOMLParserPropertyTests {
    /// Fragments that steer random edits towards TOML's structure.
    static let punctuation: [[UInt8]] = [
        "[", "]", "[[", "]]", "{", "}", "=", ".", ",", "\"", "'", "\"\"\"", "'''", "\n", "\r\n", "\r", "#", " ",
        "\\", "\\u", "0", "1", "-", "+", "_", "e", ":", "T", "Z", "0x", "inf", "nan", "true", "1979-05-27", "07:32:00",
    ].map { Array($0.utf8) } + [[0x00], [0xFF], [0xC3], [0xED, 0xA0, 0x80], [0xF0, 0x9F]]

    /// The shipped sweep files, as bytes.
    static func sweepFiles() throws -> [[UInt8]] {
        let folder = SpecFixture.packageRoot.appendingPathComponent("Sweeps")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            .filter { $0.hasSuffix(".toml") }
            .map { Array(try Data(contentsOf: folder.appendingPathComponent($0))) }
    }

    /// `bytes` after one to four random deletions, insertions of TOML
    /// punctuation, duplications or truncations.
    static func mutate(_ bytes: [UInt8], using rng: inout SplitMix64) -> [UInt8] {
        var bytes = bytes
        for _ in 0..<Int.random(in: 1...4, using: &rng) {
            let at = Int.random(in: 0...bytes.count, using: &rng)
            switch Int.random(in: 0..<10, using: &rng) {
            case 0..<3 where at < bytes.count:
                bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...3, using: &rng)))
            case 3..<8:
                bytes.insert(contentsOf: punctuation[Int.random(in: 0..<punctuation.count, using: &rng)], at: at)
            case 8 where at < bytes.count:
                bytes.insert(contentsOf: bytes[at..<min(bytes.count, at + 8)], at: Int.random(in: 0...bytes.count, using: &rng))
            default:
                bytes.removeSubrange(at...)
            }
        }
        return bytes
    }

    /// Records an issue unless parsing `bytes` succeeds or throws an error
    /// on an existing line (or the one after the last) and a positive column.
    static func checkLocated(_ bytes: [UInt8]) {
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).count
        do {
            _ = try TOMLParser.parse(bytes: bytes)
        } catch {
            #expect((1...lines + 1).contains(error.line) && error.column >= 1, "\(error) in \(bytes)")
        }
    }

    @Test func mutatedSweepFilesParseOrFailOnALine() throws {
        let files = try Self.sweepFiles()
        var rng = SplitMix64(seed: 0x70_4D_4C)
        for _ in 0..<3000 {
            Self.checkLocated(Self.mutate(files[Int.random(in: 0..<files.count, using: &rng)], using: &rng))
        }
    }

    @Test func randomBytesParseOrFailOnALine() {
        var rng = SplitMix64(seed: 0xB17E5)
        for _ in 0..<3000 {
            let count = Int.random(in: 0...40, using: &rng)
            var bytes: [UInt8] = []
            while bytes.count < count {
                // Half raw bytes, half TOML punctuation, so that some inputs
                // get past the first token.
                if Bool.random(using: &rng) {
                    bytes.append(UInt8.random(in: 0...255, using: &rng))
                } else {
                    bytes += Self.punctuation[Int.random(in: 0..<Self.punctuation.count, using: &rng)]
                }
            }
            Self.checkLocated(bytes)
        }
    }

    @Test func theStringAndBytesEntriesAgreeOnMutatedFiles() throws {
        let files = try Self.sweepFiles()
        var rng = SplitMix64(seed: 42)
        for _ in 0..<500 {
            let bytes = Self.mutate(files[Int.random(in: 0..<files.count, using: &rng)], using: &rng)
            guard let text = String(validating: bytes, as: UTF8.self) else { continue }
            let fromBytes = Result { () throws(TOMLSyntaxError) in try TOMLParser.parse(bytes: bytes) }
            let fromText = Result { () throws(TOMLSyntaxError) in try TOMLParser.parse(text) }
            switch (fromBytes, fromText) {
            case (.success(let a), .success(let b)): #expect(Self.identical(.table(a), .table(b)))
            case (.failure(let a), .failure(let b)): #expect(a == b)
            default: Issue.record("one entry failed and the other did not on \(text.debugDescription)")
            }
        }
    }

    /// Whether `a` and `b` are equal, a float comparing by its bits so that
    /// a `nan` equals itself.
    static func identical(_ a: TOML.Value, _ b: TOML.Value) -> Bool {
        switch (a, b) {
        case (.float(let x), .float(let y)):
            return x.bitPattern == y.bitPattern
        case (.array(let x), .array(let y)):
            return x.count == y.count && zip(x, y).allSatisfy { identical($0, $1) }
        case (.table(let x), .table(let y)):
            return x.keys == y.keys && x.keys.allSatisfy { key in x[key].flatMap { u in y[key].map { identical(u, $0) } } ?? false }
        default:
            return a == b
        }
    }
}
