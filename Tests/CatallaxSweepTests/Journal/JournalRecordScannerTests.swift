import CatallaxModel
@testable import CatallaxSweep
import Foundation
import Testing

/// The scanner reads every record the journal writes to the outcomes the
/// JSON decoder reads from it, declines every other spelling (which the
/// decoder then reads), and reads nothing from a line that is not a record.
@Suite struct JournalRecordScannerTests {
    typealias Record = (point: Int, runs: [(replicate: Int, outcome: RunOutcome)])

    static func scanned(_ line: some StringProtocol) -> Record? {
        Array(line.utf8).withUnsafeBytes { JournalRecordScanner($0).record() }
    }

    /// The decoder's reading, the only one before the scanner.
    static func decoded(_ line: some StringProtocol) -> Record? {
        guard let batch = try? JSONDecoder().decode(Journal._Line.self, from: Data(line.utf8)) else { return nil }
        var runs: [(replicate: Int, outcome: RunOutcome)] = []
        for run in batch.runs {
            guard let outcome = RunOutcome(bitPatterns: run.values, failure: run.failure) else { return nil }
            runs.append((run.replicate, outcome))
        }
        return (batch.point, runs)
    }

    /// Point, replicates, failures and the values' bit patterns all equal.
    static func same(_ a: Record?, _ b: Record?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        return a.point == b.point && a.runs.count == b.runs.count && zip(a.runs, b.runs).allSatisfy { x, y in
            x.replicate == y.replicate && x.outcome.failure == y.outcome.failure
                && x.outcome.values.map { $0?.bitPattern } == y.outcome.values.map { $0?.bitPattern }
        }
    }

    /// A written record's line, without its newline.
    static func line(point: Int, replicates: [Int], outcomes: [RunOutcome]) -> String {
        String(decoding: Journal._record(point: point, replicates: replicates, outcomes: outcomes).dropLast(), as: UTF8.self)
    }

    @Test func readsTheEdgeValuesAndEscapedFailuresAsTheDecoderDoes() throws {
        let replicates = [0, 7, 12, 1_000_000]
        let line = Self.line(point: 42, replicates: replicates, outcomes: JournalLineTests.outcomes)
        let scanned = try #require(Self.scanned(line))
        #expect(Self.same(scanned, Self.decoded(line)))
        #expect(scanned.point == 42)
        #expect(scanned.runs.map(\.replicate) == replicates)
        #expect(scanned.runs.map(\.outcome.failure) == JournalLineTests.outcomes.map(\.failure))
    }

    /// 2 000 records drawn from a fixed seed: values of every kind (special
    /// and random bit patterns, `nil`), failures of random bytes (control
    /// characters, quotes, backslashes, multi-byte UTF-8), any number of runs.
    @Test func readsEveryWrittenRecordAsTheDecoderDoes() {
        var random = SplitMix64(seed: 20_261_207)
        let specials: [Double] = [0, -0.0, .nan, .infinity, -.infinity, .leastNonzeroMagnitude, .greatestFiniteMagnitude, 1]
        let pieces = ["a", "\"", "\\", "/", "\n", "\t", "\u{1}", "\u{1F}", "é", "🚀", " ", "price fell"]
        for _ in 0..<2000 {
            let runs = Int.random(in: 0...5, using: &random)
            let metrics = Int.random(in: 0...9, using: &random)
            let outcomes = (0..<runs).map { _ in
                let values: [Double?] = (0..<metrics).map { _ in
                    switch Int.random(in: 0..<4, using: &random) {
                    case 0: nil
                    case 1: specials.randomElement(using: &random)!
                    default: Double(bitPattern: random.next() >> UInt64.random(in: 0...63, using: &random))
                    }
                }
                let failure = Bool.random(using: &random)
                    ? (0..<Int.random(in: 0...6, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined() : nil
                return RunOutcome(values: values, failure: failure)
            }
            let replicates = (0..<runs).map { $0 * Int.random(in: 1...1000, using: &random) }
            let line = Self.line(point: Int.random(in: 0...Int(Int32.max), using: &random), replicates: replicates, outcomes: outcomes)
            let scanned = Self.scanned(line)
            #expect(scanned != nil, "\(line)")
            #expect(Self.same(scanned, Self.decoded(line)), "\(line)")
        }
    }

    /// Valid JSON of the same record spelled otherwise: the scanner declines
    /// it and the journal's reading falls back to the decoder.
    @Test(arguments: [
        #"{ "point":3,"runs":[{"replicate":0,"values":["3ff0000000000000",null]}]}"#,
        #"{"runs":[{"replicate":0,"values":["3ff0000000000000",null]}],"point":3}"#,
        #"{"point":3,"runs":[{"values":["3ff0000000000000",null],"replicate":0}]}"#,
        #"{"point":3,"runs":[{"failure":"caf\u00e9","replicate":0,"values":[]}]}"#,
        #"{"point":3,"runs":[{"failure":null,"replicate":0,"values":["3ff0000000000000"]}]}"#,
        #"{"point":3,"runs":[{"replicate":0,"values":["03ff0000000000000"]}]}"#,
        #"{"point":3,"runs":[{"replicate":0,"values":["3ff0000000000000"]}]} "#,
        #"{"point":3,"runs":[{"replicate":0,"values":["3ff0000000000000"],"extra":1}]}"#,
    ])
    func otherSpellingsAreLeftToTheDecoder(_ line: String) throws {
        #expect(Self.scanned(line) == nil)
        let read = try #require(Journal._runs(ofRecord: Data(line.utf8), decoder: JSONDecoder()))
        #expect(Self.same(read, Self.decoded(line)))
        #expect(read.point == 3)
    }

    /// Lines that are no record: neither reading takes them.
    @Test(arguments: [
        "", "{}", "not json", #"{"point":3"#, #"{"point":3,"runs":[{"replicate":0,"values":["3ff0"#,
        #"{"point":3,"runs":[{"replicate":0,"values":["xyz"]}]}"#,
        #"{"point":3,"runs":[{"replicate":0,"values":[""]}]}"#,
        #"{"point":3,"runs":[{"replicate":0,"values":[1.5]}]}"#,
        #"{"point":3,"runs":[{"replicate":0,"values":["3ff0000000000000"]}]}}"#,
        #"{"point":3,"runs":[{"failure":"a"#,
    ])
    func linesThatAreNoRecordAreReadByNeither(_ line: String) {
        #expect(Self.scanned(line) == nil)
        #expect(Journal._runs(ofRecord: Data(line.utf8), decoder: JSONDecoder()) == nil)
    }

    @Test func countsWithALeadingZeroOrMoreDigitsThanItHoldsAreLeftToTheDecoder() {
        #expect(Self.scanned(#"{"point":03,"runs":[]}"#) == nil)
        #expect(Self.scanned(#"{"point":1234567890123456789,"runs":[]}"#) == nil)
        #expect(Self.scanned(#"{"point":123456789012345678,"runs":[]}"#)?.point == 123_456_789_012_345_678)
        #expect(Self.scanned(#"{"point":0,"runs":[]}"#)?.point == 0)
    }

    @Test func aFailureThatIsNotUTF8IsNotRead() {
        var bytes = Array(#"{"point":1,"runs":[{"failure":"ab"#.utf8)
        bytes.append(0xFF)
        bytes += Array(#"","replicate":0,"values":[]}]}"#.utf8)
        #expect(bytes.withUnsafeBytes { JournalRecordScanner($0).record() } == nil)
    }
}
