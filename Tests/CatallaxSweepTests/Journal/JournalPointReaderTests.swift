import CatallaxModel
@testable import CatallaxSweep
import Foundation
import _CatallaxTestSupport
import Testing

/// `Journal.PointReader`, the reader of finished journals that merge and
/// report use: the same runs as reading the journal whole, one point at a
/// time, and a refusal, naming the line, of anything a finished journal
/// cannot hold.
@Suite struct JournalPointReaderTests {
    typealias Fixture = JournalTests

    /// Every record of the journal at `url` of a sweep of 3 points × 2 replicates × 3 metrics.
    static func records(_ url: URL, metrics: Int = 3) throws(Journal.PointReader.Damage) -> [FinishedPoint] {
        let reader = Journal.PointReader(url, points: 3, replicates: 2, metrics: metrics)
        var records: [FinishedPoint] = []
        while let record = try reader.next() { records.append(record) }
        return records
    }

    static func damage(_ url: URL, metrics: Int = 3) -> String? {
        do { _ = try records(url, metrics: metrics); return nil } catch { return error.reason }
    }

    @Test func aCompactJournalReadsBackAsTheWholeReadDoes() throws {
        let url = try Fixture.journal(points: 3)
        var outcomes = Journal.read(url).outcomes
        outcomes[RunID(point: 1, replicate: 1)] = nil
        try Journal.writeCompact(to: url, header: Fixture.header, outcomes: outcomes)
        let reader = Journal.PointReader(url, points: 3, replicates: 2, metrics: 3)
        #expect(reader.header == Fixture.header)
        #expect(try reader.peekPoint() == 0)
        var read: [RunID: RunOutcome] = [:]
        while let record = try reader.next() {
            #expect(record.replicates == record.replicates.sorted())
            for (replicate, outcome) in zip(record.replicates, record.outcomes) { read[RunID(point: record.point, replicate: replicate)] = outcome }
        }
        #expect(try reader.peekPoint() == nil)
        #expect(Fixture.bits(read) == Fixture.bits(outcomes))
    }

    @Test func aMissingFileHasNoHeader() {
        let url = TestSupport.testsFolder.appendingPathComponent("catallax-none-\(UUID().uuidString).jsonl")
        #expect(Journal.PointReader(url, points: 3, replicates: 2, metrics: 3).header == nil)
    }

    @Test func whatAFinishedJournalCannotHoldIsRefusedByLine() throws {
        let url = try Fixture.journal(points: 3)
        #expect(Self.damage(url) == nil)
        #expect(Self.damage(url, metrics: 2)?.contains("has 3 values where its scenario reports 2 metrics") == true)

        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
        try Data(([lines[0], lines[2], lines[1], lines[3]].joined(separator: "\n") + "\n").utf8).write(to: url)
        #expect(Self.damage(url) == "line 3 records point 0 after point 1: a finished journal holds its points in order")

        try Data((lines.joined(separator: "\n") + "\ngarbage\n").utf8).write(to: url)
        #expect(Self.damage(url) == "line 5 is not a record")

        try Data(lines.joined(separator: "\n").dropLast(3).utf8).write(to: url)
        #expect(Self.damage(url) == "its last record is cut short")

        let outside = lines[1].replacingOccurrences(of: "\"point\":0", with: "\"point\":7")
        try Data(([lines[0], outside].joined(separator: "\n") + "\n").utf8).write(to: url)
        #expect(Self.damage(url)?.contains("run (point 7, replicate 0)") == true)
    }
}
