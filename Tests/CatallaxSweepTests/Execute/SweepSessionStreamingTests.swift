@testable import CatallaxSweep
import _CatallaxTestSupport
import CatallaxModel
import Foundation
import Synchronization
import Testing

/// A session hands its points on in point order, each once with all its
/// runs, and leaves the journal `Journal.writeCompact` writes.
struct SweepSessionStreamingTests {
    static let spec = try! SweepSpec(parsing: """
        # 14 points of 5 replicates: batches of 2 split a point, a batch of 16 holds it whole.
        replicates = 5
        name = "stream"
        seed = 4
        scenario = "curve-volatility"
        fixed = { steps = 10, agents = 10 }
        [[block]]
        anchor = "unit-price"
        curve = "linear"
        [block.axes]
        m = { from = 1e-6, to = 1e-5, count = 7, spacing = "geometric" }
        fee = [0, 0.01]
        """, file: "stream.toml")

    static func session(_ folder: URL, shard: Shard, batchSize: Int, resume: Bool = false) throws -> SweepSession {
        var options = SweepOptions(folder: folder, threads: 2)
        options.batchSize = batchSize
        options.shard = shard
        options.resume = resume
        let work = SweepSession.Work(points: spec.points.map(\.parameters), replicates: spec.replicates, seed: spec.seed,
                                     specHash: spec.hashHex)
        return try SweepSession(work, options: options, otherResultsHash: nil)
    }

    /// The points a streamed run hands on, in the order it hands them.
    final class Handed: @unchecked Sendable {
        var points: [FinishedPoint] = []
    }

    @Test(arguments: [(Shard.whole, 2), (Shard.whole, 16), (Shard(index: 1, count: 3), 2)])
    func handsEveryPointOnInOrderWithAllItsRuns(shard: Shard, batchSize: Int) throws {
        let a = try TestSupport.temporaryFolder(), b = try TestSupport.temporaryFolder()
        let expected = try Self.session(a, shard: shard, batchSize: batchSize).run()
        let handed = Handed()
        try Self.session(b, shard: shard, batchSize: batchSize).run(prepare: { $0 }, consume: { handed.points.append($0) })
        #expect(handed.points.map(\.point) == Array(Self.spec.points.indices))
        var outcomes: [RunID: RunOutcome] = [:]
        for point in handed.points {
            #expect(point.replicates == point.replicates.sorted())
            #expect(point.replicates.count == Plan.runCount(ofPoint: point.point, replicates: Self.spec.replicates, shard: shard))
            for (r, outcome) in zip(point.replicates, point.outcomes) { outcomes[RunID(point: point.point, replicate: r)] = outcome }
        }
        #expect(outcomes == expected)
        let compact = a.appendingPathComponent("compact.jsonl")
        try Journal.writeCompact(to: compact, header: Journal.read(b.appendingPathComponent(SweepSession.journalName)).header!,
                                 outcomes: expected)
        #expect(try Data(contentsOf: compact) == Data(contentsOf: b.appendingPathComponent(SweepSession.journalName)))
    }

    @Test func aResumedRunHandsOnTheJournaledRunsToo() throws {
        let folder = try TestSupport.temporaryFolder(), fresh = try TestSupport.temporaryFolder()
        let stop = StopRequest()
        let batches = Atomic(0)
        #expect(throws: SweepError.self) {
            try Self.session(folder, shard: .whole, batchSize: 2).run(stop: stop, progress: { _ in
                if batches.add(1, ordering: .relaxed).newValue >= 9 { stop.request() }
            }, prepare: { $0 }, consume: { _ in })
        }
        let handed = Handed()
        try Self.session(folder, shard: .whole, batchSize: 2, resume: true).run(prepare: { $0 }, consume: { handed.points.append($0) })
        let expected = try Self.session(fresh, shard: .whole, batchSize: 2).run()
        #expect(handed.points.map(\.point) == Array(Self.spec.points.indices))
        #expect(handed.points.allSatisfy { point in
            point.replicates == Array(0..<Self.spec.replicates)
                && zip(point.replicates, point.outcomes).allSatisfy { expected[RunID(point: point.point, replicate: $0)] == $1 }
        })
        #expect(try Data(contentsOf: folder.appendingPathComponent(SweepSession.journalName))
                == Data(contentsOf: fresh.appendingPathComponent(SweepSession.journalName)))
    }

    /// A resume reads the journaled runs again as it hands the points on,
    /// and holds a point's runs only until it is whole: records in reverse
    /// order (every point waits to the end), and a run recorded twice (the
    /// first record taken), still give the fresh run's points and journal.
    @Test(arguments: [2, 16])
    func aResumeTakesTheJournaledRunsInAnyOrder(batchSize: Int) throws {
        let folder = try TestSupport.temporaryFolder(), fresh = try TestSupport.temporaryFolder()
        let stop = StopRequest()
        let batches = Atomic(0)
        #expect(throws: SweepError.self) {
            try Self.session(folder, shard: .whole, batchSize: batchSize).run(stop: stop, progress: { _ in
                if batches.add(1, ordering: .relaxed).newValue >= 6 { stop.request() }
            }, prepare: { $0 }, consume: { _ in })
        }
        let journal = folder.appendingPathComponent(SweepSession.journalName)
        let lines = try String(contentsOf: journal, encoding: .utf8).split(separator: "\n")
        let records = lines.dropFirst()
        try #require(records.count >= 3)
        let shuffled = [lines[0]] + records.reversed() + [records.first!]
        try Data((shuffled.joined(separator: "\n") + "\n").utf8).write(to: journal)
        let handed = Handed()
        let resumed = try Self.session(folder, shard: .whole, batchSize: batchSize, resume: true)
        #expect(resumed.resumedRunCount == Journal.read(journal).outcomes.count)
        try resumed.run(prepare: { $0 }, consume: { handed.points.append($0) })
        let expected = try Self.session(fresh, shard: .whole, batchSize: batchSize).run()
        #expect(handed.points.map(\.point) == Array(Self.spec.points.indices))
        #expect(handed.points.allSatisfy { point in
            point.replicates == Array(0..<Self.spec.replicates)
                && zip(point.replicates, point.outcomes).allSatisfy { expected[RunID(point: point.point, replicate: $0)] == $1 }
        })
        #expect(try Data(contentsOf: journal) == Data(contentsOf: fresh.appendingPathComponent(SweepSession.journalName)))
    }

    @Test func openingTheFolderRemovesWhatAKilledWriterLeft() throws {
        let folder = try TestSupport.temporaryFolder()
        let left = folder.appendingPathComponent(".runs.csv.4242.tmp"), kept = folder.appendingPathComponent("notes.tmp")
        for file in [left, kept] { try Data("partial".utf8).write(to: file) }
        _ = try Self.session(folder, shard: .whole, batchSize: 4)
        #expect(!FileManager.default.fileExists(atPath: left.path))
        #expect(FileManager.default.fileExists(atPath: kept.path))
    }
}
