import Foundation
import Testing

/// Price paths and the report end to end: a spec with `[paths]` keeps the
/// paths of its first replicates in paths.csv, byte-identical whatever the
/// threads, lane width, batch size, shard split or resume; `catallax sweep`
/// writes report.html and figures/, and `catallax report` writes the same
/// page again from the folder alone.
@Suite struct ReportCommandTests {
    static let spec = SweepCommandTests.spec
        .replacingOccurrences(of: "[fixed]", with: "[paths]\nreplicates = 3\n\n[fixed]")

    func writeSpec(_ folder: URL, text: String = spec) throws -> String {
        let file = folder.appendingPathComponent("tiny-paths.toml")
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    func sweep(_ arguments: [String]) throws -> CommandRunner.Result {
        try CommandRunner.run(["sweep"] + arguments)
    }

    func expectSameFiles(_ files: [String], _ a: URL, _ b: URL, sourceLocation: SourceLocation = #_sourceLocation) throws {
        for file in files {
            let left = try Data(contentsOf: a.appendingPathComponent(file))
            let right = try Data(contentsOf: b.appendingPathComponent(file))
            #expect(left == right, "\(file) differs between \(a.lastPathComponent) and \(b.lastPathComponent)", sourceLocation: sourceLocation)
        }
    }

    @Test func aSweepKeepsThePathsOfItsFirstReplicatesAndWritesTheReport() throws {
        let folder = try CommandRunner.temporaryFolder()
        let out = folder.appendingPathComponent("out")
        let result = try sweep([writeSpec(folder), "--out", out.path])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("wrote \(out.path)/report.html"))
        let lines = try String(contentsOf: out.appendingPathComponent("paths.csv"), encoding: .utf8).split(separator: "\n")
        // 6 points × 3 replicates × (50 steps + 1 prices).
        #expect(lines.count == 1 + 6 * 3 * 51)
        #expect(lines[0] == "point,replicate,step,price")
        #expect(lines[1].hasPrefix("0,0,0,"))
        #expect(lines.last!.hasPrefix("5,2,50,"))
        let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
        let figures = try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("figures").path)
        #expect(figures.contains("paths-best.svg") && figures.contains("paths-worst.svg") && figures.contains("heatmap-volatility.svg"))
        for figure in figures { #expect(html.contains("data-chart=\"\(figure.dropLast(4))\"")) }
    }

    @Test func pathsAreIdenticalAcrossThreadsLaneWidthsAndBatchSizes() throws {
        let folder = try CommandRunner.temporaryFolder()
        let spec = try writeSpec(folder)
        let a = folder.appendingPathComponent("a"), b = folder.appendingPathComponent("b")
        #expect(try sweep([spec, "--out", a.path, "--threads", "1", "--lane-width", "2", "--batch-size", "2"]).status == 0)
        #expect(try sweep([spec, "--out", b.path, "--threads", "2", "--lane-width", "8", "--batch-size", "16"]).status == 0)
        try expectSameFiles(["paths.csv", "runs.csv"], a, b)
    }

    @Test func mergedShardsKeepTheSamePathsAndWriteTheReport() throws {
        let folder = try CommandRunner.temporaryFolder()
        let spec = try writeSpec(folder)
        let whole = folder.appendingPathComponent("whole")
        #expect(try sweep([spec, "--out", whole.path]).status == 0)
        var shards: [String] = []
        for k in 0..<3 {
            let shard = folder.appendingPathComponent("shard-\(k)")
            #expect(try sweep([spec, "--out", shard.path, "--shard", "\(k)/3"]).status == 0)
            #expect(!FileManager.default.fileExists(atPath: shard.appendingPathComponent("report.html").path))
            shards.append(shard.path)
        }
        let merged = folder.appendingPathComponent("merged")
        let result = try CommandRunner.run(["merge"] + shards + ["--out", merged.path])
        #expect(result.status == 0, "\(result.error)")
        try expectSameFiles(["paths.csv", "runs.csv"], whole, merged)
        #expect(FileManager.default.fileExists(atPath: merged.appendingPathComponent("report.html").path))
    }

    @Test func aResumedSweepRerunsItsPathReplicatesToTheSamePaths() throws {
        let folder = try CommandRunner.temporaryFolder()
        let spec = try writeSpec(folder)
        let whole = folder.appendingPathComponent("whole"), resumed = folder.appendingPathComponent("resumed")
        #expect(try sweep([spec, "--out", whole.path]).status == 0)
        // An interrupted journal: the header and the first two points' runs.
        let journal = try String(contentsOf: whole.appendingPathComponent("journal.jsonl"), encoding: .utf8).split(separator: "\n")
        try FileManager.default.createDirectory(at: resumed, withIntermediateDirectories: true)
        try (journal.prefix(3).joined(separator: "\n") + "\n")
            .write(to: resumed.appendingPathComponent("journal.jsonl"), atomically: true, encoding: .utf8)
        let result = try sweep([spec, "--out", resumed.path, "--resume"])
        #expect(result.status == 0, "\(result.error)")
        try expectSameFiles(["paths.csv", "runs.csv", "points.csv", "journal.jsonl"], whole, resumed)
    }

    @Test func noReportSkipsThePage() throws {
        let folder = try CommandRunner.temporaryFolder()
        let out = folder.appendingPathComponent("out")
        #expect(try sweep([writeSpec(folder), "--out", out.path, "--no-report"]).status == 0)
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("paths.csv").path))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("report.html").path))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("figures").path))
    }

    @Test func aSpecWithoutPathsWritesNoPathsFile() throws {
        let folder = try CommandRunner.temporaryFolder()
        let out = folder.appendingPathComponent("out")
        #expect(try sweep([writeSpec(folder), "--out", out.path]).status == 0)
        #expect(try sweep([writeSpec(folder, text: SweepCommandTests.spec), "--out", out.path, "--force"]).status == 0)
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("paths.csv").path))
        let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.contains("This sweep kept no price paths"))
    }

    @Test func theReportCommandWritesTheSamePageFromTheFolderAlone() throws {
        let folder = try CommandRunner.temporaryFolder()
        let out = folder.appendingPathComponent("out")
        #expect(try sweep([writeSpec(folder), "--out", out.path]).status == 0)
        let page = out.appendingPathComponent("report.html")
        let written = try Data(contentsOf: page)
        try FileManager.default.removeItem(at: page)
        try FileManager.default.removeItem(at: out.appendingPathComponent("figures"))
        let result = try CommandRunner.run(["report", out.path])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.hasPrefix("wrote \(page.path) and "))
        #expect(try Data(contentsOf: page) == written)
    }

    @Test func theReportCommandTakesOtherHeatmapAxes() throws {
        let folder = try CommandRunner.temporaryFolder()
        let out = folder.appendingPathComponent("out")
        #expect(try sweep([writeSpec(folder), "--out", out.path, "--no-report"]).status == 0)
        let result = try CommandRunner.run(["report", out.path, "--heatmap-x", "curve", "--heatmap-y", "fee", "--metric", "max_drawdown"])
        #expect(result.status == 0, "\(result.error)")
        let svg = try String(contentsOf: out.appendingPathComponent("figures/heatmap-max_drawdown.svg"), encoding: .utf8)
        #expect(svg.contains("Mean max drawdown by curve family and fee φ"))
    }

    @Test func aReportOfAFolderWithoutResultsIsBadInput() throws {
        let folder = try CommandRunner.temporaryFolder()
        let result = try CommandRunner.run(["report", folder.path])
        #expect(result.status == 2)
        #expect(result.error.contains("\(folder.path)/summary.json' does not exist"))
    }

    @Test func anAxisThatDoesNotVaryIsBadInputListingTheAxesThatDo() throws {
        let folder = try CommandRunner.temporaryFolder()
        let out = folder.appendingPathComponent("out")
        #expect(try sweep([writeSpec(folder), "--out", out.path, "--no-report"]).status == 0)
        let result = try CommandRunner.run(["report", out.path, "--heatmap-x", "lag"])
        #expect(result.status == 2)
        #expect(result.error.contains("'lag' is not an axis of this sweep; choose one of: steepness, curve, fee, m, b, k."))
    }

    @Test func anUnknownMetricIsBadInput() throws {
        let result = try CommandRunner.run(["report", "/tmp", "--metric", "calm"])
        #expect(result.status == 2)
        #expect(result.error.contains("--metric must be one of volatility"))
    }

    @Test func reportHelpMatchesItsSnapshot() throws {
        let result = try CommandRunner.run(["report", "--help"])
        #expect(result.status == 0)
        let url = try #require(Bundle.module.url(forResource: "Snapshots/report-help", withExtension: "txt"))
        #expect(result.output == (try String(contentsOf: url, encoding: .utf8)))
    }
}
