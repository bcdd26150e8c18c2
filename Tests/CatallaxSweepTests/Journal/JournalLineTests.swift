import CatallaxModel
@testable import CatallaxSweep
import Foundation
import Testing

/// The journal's hand-written lines are the very bytes the key-sorted JSON
/// encoder gives for the same records, and read back to the same outcomes.
@Suite struct JournalLineTests {
    /// Values at the edges of IEEE-754 and failure texts that need escaping.
    static let outcomes: [RunOutcome] = [
        RunOutcome(values: [0, -0.0, 1, -1.5, .nan, .infinity, -.infinity, .leastNonzeroMagnitude, .greatestFiniteMagnitude, nil], failure: nil),
        RunOutcome(values: [nil, 3.25], failure: "price \"fell\" below 0 \\ at step 7/8\n\ttab\r\u{1}\u{8}\u{C}\u{1F} — ünïcode 🚀"),
        RunOutcome(values: [], failure: ""),
        RunOutcome(values: [Double(bitPattern: 0x0000_0000_0000_000F), Double(bitPattern: 0x8000_0000_0000_0000)], failure: nil),
    ]

    static func encoded(_ value: some Encodable) throws -> Data {
        try JSONEncoder.journal.encode(value) + Data("\n".utf8)
    }

    static func run(_ replicate: Int, _ outcome: RunOutcome) -> Journal._Run {
        Journal._Run(replicate: replicate, failure: outcome.failure,
                     values: outcome.values.map { $0.map { String($0.bitPattern, radix: 16) } })
    }

    @Test func aSweepRecordIsWhatTheEncoderWrites() throws {
        let replicates = [0, 7, 12, 1_000_000]
        let written = Journal._record(point: 42, replicates: replicates, outcomes: Self.outcomes)
        let expected = try Self.encoded(Journal._Line(point: 42, runs: zip(replicates, Self.outcomes).map(Self.run)))
        #expect(String(decoding: written, as: UTF8.self) == String(decoding: expected, as: UTF8.self))
        #expect(written == expected)
    }

    @Test func aSweepRecordReadsBackToTheSameOutcomes() throws {
        let line = try JSONDecoder().decode(Journal._Line.self, from: Journal._record(point: 3, replicates: [0, 1, 2, 3], outcomes: Self.outcomes))
        let read = line.runs.map { RunOutcome(bitPatterns: $0.values, failure: $0.failure)! }
        #expect(zip(read, Self.outcomes).allSatisfy { a, b in
            a.failure == b.failure && a.values.map { $0?.bitPattern } == b.values.map { $0?.bitPattern }
        })
    }

    @Test func hexadecimalDigitsMatchTheStandardLibrary() {
        for bits: UInt64 in [0, 1, 0xF, 0x10, 0xFF, 0x100, 0x3FF0_0000_0000_0000, .max, 1 << 63] {
            var line = JournalLine()
            line.hexadecimal(bits)
            #expect(line.bytes == Array("\"\(String(bits, radix: 16))\"".utf8))
        }
    }

    /// A NaN is journaled as `7ff8000000000000` whatever its sign and payload:
    /// which operand's NaN an operation passes on depends on instruction
    /// order, and the journal must be the same bytes on every build.
    @Test func everyNaNIsJournaledAsOnePattern() {
        let nans = [Double.nan, -Double.nan, Double(bitPattern: 0xFFF8_0000_0000_0000), Double(bitPattern: 0x7FF0_0000_0000_0001)]
        let written = Journal._record(point: 0, replicates: [0], outcomes: [RunOutcome(values: nans, failure: nil)])
        let text = String(decoding: written, as: UTF8.self)
        #expect(text.contains(#""values":["7ff8000000000000","7ff8000000000000","7ff8000000000000","7ff8000000000000"]"#), "\(text)")
    }
}
