import Foundation
import Testing

/// Bad inputs to `catallax merge` and `catallax report`: result folders
/// that were damaged, mixed up or left incomplete. Each is refused with exit
/// status 2 and a message naming the folder or file at fault, and nothing is
/// written under a final name.
@Suite struct ResultInputFaultTests {
    /// A tiny sweep keeping paths, so paths.csv is among the inputs.
    static let spec = ReportCommandTests.spec

    /// The two shards and the whole of the tiny sweep, run once for every test.
    static let folders: (shards: [URL], whole: URL, other: URL) = {
        let root = try! CommandRunner.temporaryFolder()
        let spec = try! SweepFixture.writeSpec(root, text: Self.spec)
        let otherSpec = try! SweepFixture.writeSpec(root, text: Self.spec.replacingOccurrences(of: "seed = 3", with: "seed = 4"),
                                                    name: "other.toml")
        let shards = (0..<2).map { root.appendingPathComponent("shard\($0)") }
        for (k, shard) in shards.enumerated() {
            let result = try! CommandRunner.run(["sweep", spec, "--out", shard.path, "--shard", "\(k)/2"])
            precondition(result.status == 0, result.error)
        }
        let whole = root.appendingPathComponent("whole"), other = root.appendingPathComponent("other1")
        precondition(try! CommandRunner.run(["sweep", spec, "--out", whole.path]).status == 0)
        precondition(try! CommandRunner.run(["sweep", otherSpec, "--out", other.path, "--shard", "1/2"]).status == 0)
        return (shards, whole, other)
    }()

    /// A fresh copy of `folder` to damage.
    static func copy(_ folder: URL) throws -> URL {
        let copy = try CommandRunner.temporaryFolder().appendingPathComponent(folder.lastPathComponent)
        try FileManager.default.copyItem(at: folder, to: copy)
        return copy
    }

    /// The lines of a journal, to edit.
    static func journalLines(_ folder: URL) throws -> [String] {
        try String(contentsOf: folder.appendingPathComponent("journal.jsonl"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
    }

    static func writeJournal(_ folder: URL, _ text: String) throws {
        try Data(text.utf8).write(to: folder.appendingPathComponent("journal.jsonl"))
    }

    /// Ways to damage a finished folder, each with the file a refusal must name.
    static let damages: [(name: String, file: String, damage: @Sendable (URL) throws -> Void)] = [
        ("no journal", "journal.jsonl", { try FileManager.default.removeItem(at: $0.appendingPathComponent("journal.jsonl")) }),
        ("empty journal", "journal.jsonl", { try writeJournal($0, "") }),
        ("garbage in the middle of the journal", "journal.jsonl", { folder in
            var lines = try journalLines(folder)
            lines[1] = "{\"point\": 0, \"runs\": [garbage"
            try writeJournal(folder, lines.joined(separator: "\n") + "\n")
        }),
        ("journal cut mid-record", "journal.jsonl", { folder in
            let text = try journalLines(folder).joined(separator: "\n")
            try writeJournal(folder, String(text.dropLast(40)))
        }),
        ("a record of a point the sweep does not have", "journal.jsonl", { folder in
            var lines = try journalLines(folder)
            lines[1] = lines[1].replacingOccurrences(of: "{\"point\":0,", with: "{\"point\":9999,")
            try writeJournal(folder, lines.joined(separator: "\n") + "\n")
        }),
        ("a record of a negative replicate", "journal.jsonl", { folder in
            var lines = try journalLines(folder)
            lines[1] = lines[1].replacingOccurrences(of: #""replicate":[0-9]+,"#, with: "\"replicate\":-7,", options: .regularExpression)
            try writeJournal(folder, lines.joined(separator: "\n") + "\n")
        }),
        ("a record with too few values", "journal.jsonl", { folder in
            var lines = try journalLines(folder)
            lines[1] = lines[1].replacingOccurrences(of: #""values":\["[0-9a-f]+","#, with: "\"values\":[", options: .regularExpression)
            try writeJournal(folder, lines.joined(separator: "\n") + "\n")
        }),
        ("a value that is not a bit pattern", "journal.jsonl", { folder in
            var lines = try journalLines(folder)
            lines[1] = lines[1].replacingOccurrences(of: #""values":\["[0-9a-f]+""#, with: "\"values\":[\"zz\"", options: .regularExpression)
            try writeJournal(folder, lines.joined(separator: "\n") + "\n")
        }),
        ("no summary.json", "summary.json", { try FileManager.default.removeItem(at: $0.appendingPathComponent("summary.json")) }),
        ("summary.json cut short", "summary.json", { folder in
            let url = folder.appendingPathComponent("summary.json")
            try Data(contentsOf: url).prefix(100).write(to: url)
        }),
        ("summary.json of another shape", "summary.json", { try Data("{\"points\": 3}".utf8).write(to: $0.appendingPathComponent("summary.json")) }),
        ("summary.json whose spec no longer parses", "summary.json", { folder in
            let url = folder.appendingPathComponent("summary.json")
            let text = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: "name = \\\"tiny\\\"", with: "name = [[[")
            try Data(text.utf8).write(to: url)
        }),
        ("summary.json of another spec", "summary.json", { folder in
            let url = folder.appendingPathComponent("summary.json")
            let text = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: "seed = 3", with: "seed = 5")
            try Data(text.utf8).write(to: url)
        }),
        ("paths.csv with a word for a price", "paths.csv", { folder in
            let url = folder.appendingPathComponent("paths.csv")
            var lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
            lines[3] = lines[3].split(separator: ",").dropLast().joined(separator: ",") + ",cheap"
            try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: url)
        }),
        ("paths.csv cut mid-line", "paths.csv", { folder in
            let url = folder.appendingPathComponent("paths.csv")
            let data = try Data(contentsOf: url)
            try data.prefix(data.count / 2 + 3).write(to: url)
        }),
    ]

    @Test(arguments: damages.indices)
    func aDamagedShardIsRefusedByMergeNamingTheFile(_ index: Int) throws {
        let (name, file, damage) = Self.damages[index]
        let shard = try Self.copy(Self.folders.shards[1])
        try damage(shard)
        let out = try CommandRunner.temporaryFolder().appendingPathComponent("merged")
        let result = try CommandRunner.run(["merge", Self.folders.shards[0].path, shard.path, "--out", out.path])
        #expect(result.status == 2, "\(name): \(result.error)")
        #expect(result.error.contains(shard.path), "\(name): \(result.error)")
        #expect(result.error.contains(file) || file == "journal.jsonl" && result.error.contains("journal"), "\(name): \(result.error)")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("runs.csv").path), "\(name)")
    }

    @Test(arguments: damages.indices)
    func aDamagedFolderIsRefusedByReportNamingTheFile(_ index: Int) throws {
        let (name, file, damage) = Self.damages[index]
        let folder = try Self.copy(Self.folders.whole)
        try FileManager.default.removeItem(at: folder.appendingPathComponent("report.html"))
        try damage(folder)
        let result = try CommandRunner.run(["report", folder.path])
        #expect(result.status == 2, "\(name): \(result.error)")
        #expect(result.error.contains(folder.path), "\(name): \(result.error)")
        #expect(result.error.contains(file) || file == "journal.jsonl" && result.error.contains("journal"), "\(name): \(result.error)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("report.html").path), "\(name)")
    }

    /// Journal edits a merge refuses only when it reaches the point at fault:
    /// it reads each shard's journal a point at a time, in the point order a
    /// finished journal is written in.
    static let misorderings: [(name: String, edit: @Sendable (inout [String]) -> Void)] = [
        ("records out of point order", { $0.swapAt(1, 2) }),
        ("the last point's record missing", { $0.removeLast() }),
    ]

    @Test(arguments: misorderings.indices)
    func aShardShortOfAPointsRunsWhereItsJournalHoldsThemIsRefusedByMerge(_ index: Int) throws {
        let (name, edit) = Self.misorderings[index]
        let shard = try Self.copy(Self.folders.shards[1])
        var lines = try Self.journalLines(shard)
        edit(&lines)
        try Self.writeJournal(shard, lines.joined(separator: "\n") + "\n")
        let out = try CommandRunner.temporaryFolder().appendingPathComponent("merged")
        let result = try CommandRunner.run(["merge", Self.folders.shards[0].path, shard.path, "--out", out.path])
        #expect(result.status == 2, "\(name): \(result.error)")
        #expect(result.error.contains(shard.path) && result.error.contains("in order") && result.error.contains("--resume"),
                "\(name): \(result.error)")
        for file in ["runs.csv", "journal.jsonl", "summary.json"] {
            #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent(file).path), "\(name): \(file)")
        }
    }

    @Test func shardsOfDifferentSpecsAreRefused() throws {
        let out = try CommandRunner.temporaryFolder().appendingPathComponent("merged")
        let result = try CommandRunner.run(["merge", Self.folders.shards[0].path, Self.folders.other.path, "--out", out.path])
        #expect(result.status == 2)
        #expect(result.error.contains(Self.folders.other.path), "\(result.error)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func aShardGivenTwiceIsRefused() throws {
        let out = try CommandRunner.temporaryFolder().appendingPathComponent("merged")
        let result = try CommandRunner.run(["merge", Self.folders.shards[0].path, Self.folders.shards[0].path, "--out", out.path])
        #expect(result.status == 2)
        #expect(result.error.contains(Self.folders.shards[0].path), "\(result.error)")
    }

    @Test func aMissingOrNonFolderInputIsRefused() throws {
        let root = try CommandRunner.temporaryFolder()
        let file = root.appendingPathComponent("a-file")
        try Data("x".utf8).write(to: file)
        for input in [root.appendingPathComponent("nope").path, file.path] {
            let merged = try CommandRunner.run(["merge", Self.folders.shards[0].path, input, "--out", root.appendingPathComponent("m").path])
            #expect(merged.status == 2)
            #expect(merged.error.contains(input), "\(merged.error)")
            let report = try CommandRunner.run(["report", input])
            #expect(report.status == 2)
            #expect(report.error.contains(input), "\(report.error)")
        }
    }

    @Test func anUnwritableMergeOutputIsRefused() throws {
        let root = try CommandRunner.temporaryFolder()
        let file = root.appendingPathComponent("a-file")
        try Data("x".utf8).write(to: file)
        let out = file.appendingPathComponent("merged").path
        let result = try CommandRunner.run(["merge"] + Self.folders.shards.map(\.path) + ["--out", out])
        #expect(result.status == 2)
        #expect(result.error.contains(file.path), "\(result.error)")
    }
}
