@testable import CatallaxReport
import CatallaxModel
import CatallaxReduce
import CatallaxSweep
import Foundation
import Synchronization
import Testing

/// A sweep's files written point by point as its runs finish are the bytes
/// `ResultFolder` writes from every outcome at once.
struct ResultStreamTests {
    /// Hands `outcomes` to a stream in point order (points without runs too),
    /// as a session does, and finishes it.
    static func streamed(_ outcomes: [RunID: RunOutcome], to folder: URL, shard: Shard, timing: SweepRecord.Timing,
                         wholePoints: Int = 0, outcomePoints: Int = 2,
                         alongside: @Sendable (SweepRecord) throws -> Void = { _ in }) throws -> SweepRecord {
        let spec = ReportFixture.spec
        let stream = try ResultStream(spec: spec, folder: folder, wholePoints: wholePoints, outcomePoints: outcomePoints)
        var byPoint: [Int: FinishedPoint] = [:]
        FinishedPoint.forEach(in: outcomes) { byPoint[$0.point] = $0 }
        // Prepared out of order (as workers finish), consumed in order.
        let chunks = Dictionary(uniqueKeysWithValues: spec.points.indices.reversed().map { p in
            (p, stream.prepare(byPoint[p] ?? FinishedPoint(point: p, replicates: [], outcomes: [])))
        })
        for p in spec.points.indices { stream.consume(chunks[p]!) }
        return try stream.finish(specText: ReportFixture.specText, shard: shard, timing: timing, alongside: alongside)
    }

    /// The work done while `points.csv` is written (the report) gets the
    /// record `finish` returns; when it fails, `finish` throws its error
    /// after writing the result files whole, as without it.
    @Test func workAlongsideThePointsFileSeesTheRecordAndItsFailureLeavesTheResultsWhole() throws {
        struct Refusal: Error {}
        let whole = ReportFixture.record()
        let folder = try ReportFixture.temporaryFolder(), failing = try ReportFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder); try? FileManager.default.removeItem(at: failing) }
        let seen = Mutex<SweepRecord?>(nil)
        let record = try Self.streamed(whole.outcomes, to: folder, shard: .whole, timing: whole.timing) { record in
            seen.withLock { $0 = record }
        }
        #expect(seen.withLock { $0?.reduction.ranking } == record.reduction.ranking)
        #expect(throws: Refusal.self) {
            try Self.streamed(whole.outcomes, to: failing, shard: .whole, timing: whole.timing) { _ in throw Refusal() }
        }
        for file in ["points.csv", "summary.json"] {
            #expect(try Data(contentsOf: failing.appendingPathComponent(file)) == Data(contentsOf: folder.appendingPathComponent(file)),
                    "\(file) differs")
        }
    }

    @Test(arguments: [Shard.whole, Shard(index: 1, count: 3)])
    func filesEqualThoseWrittenFromEveryOutcome(shard: Shard) throws {
        let failing: Set<RunID> = [RunID(point: 0, replicate: 1), RunID(point: 7, replicate: 0), RunID(point: 7, replicate: 3)]
        var whole = ReportFixture.record(failing: failing)
        let kept = whole.outcomes.filter { shard.contains($0.key, replicatesPerPoint: whole.replicates) }
        whole = SweepRecord(spec: ReportFixture.spec, specText: ReportFixture.specText, outcomes: kept, shard: shard, timing: whole.timing)
        let expected = try ReportFixture.temporaryFolder(), actual = try ReportFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: expected); try? FileManager.default.removeItem(at: actual) }
        try ResultFolder.write(whole, to: expected)
        let record = try Self.streamed(kept, to: actual, shard: shard, timing: whole.timing)
        for file in ["runs.csv", "points.csv", "summary.json"] {
            #expect(try Data(contentsOf: expected.appendingPathComponent(file)) == Data(contentsOf: actual.appendingPathComponent(file)),
                    "\(file) differs")
        }
        #expect(!FileManager.default.fileExists(atPath: actual.appendingPathComponent(".points.csv.rows.tmp").path))
        #expect(record.reduction.ranking == whole.reduction.ranking)
        #expect(record.reduction.runCount == whole.reduction.runCount && record.reduction.failedRuns == whole.reduction.failedRuns)
        #expect(record.firstFailures.map(\.run) == whole.firstFailures.map(\.run))
        #expect(RankingText(record: record, top: 5).text() == RankingText(record: whole, top: 5).text())
    }

    @Test func keepsEveryStatisticOfTheBestPointsAndTheRunsOfTheFirst() throws {
        let whole = ReportFixture.record()
        let folder = try ReportFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let record = try Self.streamed(whole.outcomes, to: folder, shard: .whole, timing: whole.timing, outcomePoints: 2)
        let ranking = record.reduction.ranking.entries
        for entry in ranking.prefix(ReportFixture.spec.points.count) {
            #expect(record.reduction.summaries[entry.pointIndex] == whole.reduction.summaries[entry.pointIndex])
        }
        let best = Set(ranking.prefix(2).map(\.pointIndex))
        #expect(Set(record.outcomes.keys.map(\.point)) == best)
        #expect(record.outcomes.allSatisfy { whole.outcomes[$0.key] == $0.value })
    }

    @Test func abandonLeavesTheFolderAsItWas() throws {
        let folder = try ReportFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let stream = try ResultStream(spec: ReportFixture.spec, folder: folder)
        stream.consume(stream.prepare(FinishedPoint(point: 0, replicates: [0], outcomes: [ReportFixture.outcome(0, 0)])))
        stream.abandon()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}
