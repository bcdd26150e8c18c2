import CatallaxModel
@testable import CatallaxSweep
import Foundation
import _CatallaxTestSupport
import Testing

/// The journal's file format under the faults a crash or a full disk leave:
/// a torn last line is dropped and cut off, damage elsewhere is reported,
/// and the compact form is written whole.
@Suite struct JournalTests {
    static let header = Journal.Header(specHash: "00000000000000ab", points: 3, replicates: 2, seed: 9, shard: .whole)

    /// An outcome whose values tell runs apart, with a NaN and a missing value.
    static func outcome(_ point: Int, _ replicate: Int) -> RunOutcome {
        RunOutcome(values: [Double(point) + Double(replicate) / 10, .nan, nil], failure: replicate == 1 ? "diverged" : nil)
    }

    /// A journal in a fresh folder holding points `0 ..< points`, both replicates each.
    static func journal(points: Int) throws -> URL {
        let folder = try TestSupport.temporaryFolder(prefix: "catallax-journal")
        let url = folder.appendingPathComponent("journal.jsonl")
        let journal = try Journal(appendingTo: url, header: header)
        for point in 0..<points {
            try journal.append(point: point, replicates: [0, 1], outcomes: [outcome(point, 0), outcome(point, 1)])
        }
        return url
    }

    static func size(_ url: URL) throws -> Int {
        try FileManager.default.attributesOfItem(atPath: url.path)[.size] as! Int
    }

    static func append(_ text: String, to url: URL) throws {
        let handle = try FileHandle(forWritingTo: url)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
    }

    /// Bit patterns, so that NaN compares equal to itself.
    static func bits(_ outcomes: [RunID: RunOutcome]) -> [RunID: [UInt64?]] {
        outcomes.mapValues { $0.values.map { $0?.bitPattern } }
    }

    @Test func recordsReadBackBitForBit() throws {
        let url = try Self.journal(points: 2)
        let contents = Journal.read(url)
        #expect(contents.header == Self.header)
        #expect(contents.outcomes.count == 4)
        #expect(Self.bits(contents.outcomes)[RunID(point: 1, replicate: 1)] == [Double(1.1).bitPattern, Double.nan.bitPattern, nil])
        #expect(contents.outcomes[RunID(point: 1, replicate: 1)]?.failure == "diverged")
        #expect(contents.intactByteCount == (try Self.size(url)))
        #expect(contents.tornByteCount == 0 && contents.corruptLine == nil)
    }

    @Test func aTornLastLineIsDroppedAndMeasured() throws {
        let url = try Self.journal(points: 2)
        let intact = try Self.size(url)
        try Self.append(#"{"point":2,"runs":[{"fail"#, to: url)
        let contents = Journal.read(url)
        #expect(contents.outcomes.count == 4)
        #expect(contents.intactByteCount == intact)
        #expect(contents.tornByteCount == #"{"point":2,"runs":[{"fail"#.utf8.count)
        #expect(contents.corruptLine == nil)
    }

    /// A last line ending in a newline but not a record (a short write that
    /// happened to end in one) is torn too, not damage.
    @Test func anUnreadableNewlineTerminatedLastLineIsTorn() throws {
        let url = try Self.journal(points: 1)
        let intact = try Self.size(url)
        try Self.append("{\"poi\n", to: url)
        let contents = Journal.read(url)
        #expect(contents.intactByteCount == intact && contents.tornByteCount == 6 && contents.corruptLine == nil)
    }

    @Test func discardingTheTornTailLetsTheNextRecordCount() throws {
        let url = try Self.journal(points: 2)
        try Self.append(#"{"point":2,"ru"#, to: url)
        try Journal.discardTornTail(of: url, keeping: Journal.read(url).intactByteCount)
        try Journal(appendingTo: url, header: Self.header)
            .append(point: 2, replicates: [0, 1], outcomes: [Self.outcome(2, 0), Self.outcome(2, 1)])
        let contents = Journal.read(url)
        #expect(contents.outcomes.count == 6)
        #expect(contents.tornByteCount == 0 && contents.corruptLine == nil)
    }

    @Test func aDamagedMiddleLineIsReportedByNumber() throws {
        let url = try Self.journal(points: 1)
        try Self.append("not a record\n", to: url)
        try Journal(appendingTo: url, header: Self.header).append(point: 1, replicates: [0], outcomes: [Self.outcome(1, 0)])
        let contents = Journal.read(url)
        #expect(contents.corruptLine == 3)
        #expect(contents.outcomes.count == 3)
    }

    @Test func aDamagedHeaderIsLineOne() throws {
        let url = try Self.journal(points: 1)
        var text = try String(contentsOf: url, encoding: .utf8)
        text.replaceSubrange(text.startIndex..<text.index(text.startIndex, offsetBy: 5), with: "xxxxx")
        try text.write(to: url, atomically: false, encoding: .utf8)
        let contents = Journal.read(url)
        #expect(contents.header == nil && contents.corruptLine == 1)
    }

    /// A journal longer than the reader's 4 MB buffer: lines cut by the
    /// buffer's edges read whole, a damaged line past the first buffer is
    /// reported by its number, and the torn tail is measured.
    @Test func aJournalLargerThanTheReadBufferReadsEveryLine() throws {
        let url = try Self.journal(points: 40_000)
        let intact = try Self.size(url)
        #expect(intact > 4 << 20)
        var text = try String(contentsOf: url, encoding: .utf8)
        // Line 35 001 is point 34 999's record: made unreadable, its runs are not read.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let damaged = lines[35_000]
        text = lines[..<35_000].joined(separator: "\n") + "\n" + damaged.replacingOccurrences(of: "\"values\"", with: "\"valves\"") + "\n"
            + lines[35_001...].joined(separator: "\n") + "{\"point\":40000,\"ru"
        try text.write(to: url, atomically: false, encoding: .utf8)
        let contents = Journal.read(url)
        #expect(contents.header == Self.header)
        #expect(contents.outcomes.count == 2 * 39_999)
        #expect(contents.outcomes[RunID(point: 34_999, replicate: 0)] == nil)
        #expect(Self.bits(contents.outcomes)[RunID(point: 39_999, replicate: 1)] == Self.bits([RunID(point: 0, replicate: 0): Self.outcome(39_999, 1)]).values.first)
        #expect(contents.corruptLine == 35_001)
        #expect(contents.intactByteCount == intact)
        #expect(contents.tornByteCount == "{\"point\":40000,\"ru".utf8.count)
    }

    /// A header's counts size the table of outcomes read; counts no sweep
    /// has (their product overflows, or one is negative) read the records all the same.
    @Test(arguments: [(Int.max, 3), (-4, 2), (3, -2), (Int.max, Int.max)])
    func aHeaderWithCountsNoSweepHasIsReadWithoutFailing(points: Int, replicates: Int) throws {
        let url = try Self.journal(points: 2)
        var lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        var header = Self.header
        header.points = points
        header.replicates = replicates
        lines[0] = Substring(String(decoding: Journal._encoded(header).dropLast(), as: UTF8.self))
        try lines.joined(separator: "\n").write(to: url, atomically: false, encoding: .utf8)
        let contents = Journal.read(url)
        #expect(contents.header == header)
        #expect(contents.outcomes.count == 4 && contents.corruptLine == nil && contents.tornByteCount == 0)
    }

    @Test func aMissingOrHalfWrittenHeaderIsAnEmptyJournal() throws {
        let url = try Self.journal(points: 0)
        #expect(Journal.read(url.appendingPathExtension("missing")).header == nil)
        try Journal.discardTornTail(of: url, keeping: 10)
        let contents = Journal.read(url)
        #expect(contents.header == nil && contents.intactByteCount == 0 && contents.tornByteCount == 10 && contents.corruptLine == nil)
        // Reopening an emptied journal writes the header again.
        try Journal.discardTornTail(of: url, keeping: 0)
        _ = try Journal(appendingTo: url, header: Self.header)
        #expect(Journal.read(url).header == Self.header)
    }

    @Test func theCompactFormIsInRunOrderWhateverTheAppendOrder() throws {
        let forward = try Self.journal(points: 3)
        let backward = forward.deletingLastPathComponent().appendingPathComponent("backward.jsonl")
        let journal = try Journal(appendingTo: backward, header: Self.header)
        for point in [2, 0, 1] {
            try journal.append(point: point, replicates: [1], outcomes: [Self.outcome(point, 1)])
            try journal.append(point: point, replicates: [0], outcomes: [Self.outcome(point, 0)])
        }
        let a = forward.deletingLastPathComponent().appendingPathComponent("a.jsonl")
        let b = forward.deletingLastPathComponent().appendingPathComponent("b.jsonl")
        try Journal.writeCompact(to: a, header: Self.header, outcomes: Journal.read(forward).outcomes)
        try Journal.writeCompact(to: b, header: Self.header, outcomes: Journal.read(backward).outcomes)
        #expect(try Data(contentsOf: a) == Data(contentsOf: b))
        // Appended in point order with whole points, the journal is already compact.
        #expect(try Data(contentsOf: a) == Data(contentsOf: forward))
    }

    @Test func aFailedCompactWriteLeavesNoFileBehind() throws {
        let url = try Self.journal(points: 1)
        let folder = url.deletingLastPathComponent()
        let into = folder.appendingPathComponent("journal.jsonl/inside.jsonl")
        #expect(throws: SweepError.cannotWrite(path: into.path, reason: "Not a directory")) {
            try Journal.writeCompact(to: into, header: Self.header, outcomes: [:])
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["journal.jsonl"])
    }
}
