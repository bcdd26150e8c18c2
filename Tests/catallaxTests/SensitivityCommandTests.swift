import Foundation
import Testing

/// `catallax sensitivity` end to end on the shipped Ishigami file, at a
/// smaller design so a debug build runs it in seconds: the known indices
/// (`docs/Sensitivity.md`), the file's columns, determinism, bad specs and
/// the output folder's rules.
@Suite struct SensitivityCommandTests {
    static let shipped = SweepCommandTests.packageRoot.appendingPathComponent("Sweeps/sensitivity-ishigami.toml").path

    /// The shipped file with `replacements` made, written into `folder`.
    static func copy(in folder: URL, _ replacements: [(String, String)] = [("base_samples = 8192", "base_samples = 2048")]) throws -> String {
        var text = try String(contentsOfFile: shipped, encoding: .utf8)
        for (old, new) in replacements {
            #expect(text.contains(old), "the shipped file no longer holds \(old)")
            text = text.replacingOccurrences(of: old, with: new)
        }
        let file = folder.appendingPathComponent("ishigami.toml")
        try Data(text.utf8).write(to: file)
        return file.path
    }

    /// The rows of `sensitivity.csv`, as fields.
    static func rows(_ folder: URL) throws -> [[String]] {
        try String(contentsOf: folder.appendingPathComponent("sensitivity.csv"), encoding: .utf8)
            .split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }

    @Test func theIshigamiFileReachesTheKnownIndices() throws {
        let folder = try CommandRunner.temporaryFolder()
        let out = folder.appendingPathComponent("out")
        let result = try CommandRunner.run(["sensitivity", try Self.copy(in: folder), "--out", out.path, "--threads", "2"])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("x2"))
        #expect(result.error.contains("rows"))
        let rows = try Self.rows(out)
        #expect(rows[0] == ["parameter", "metric", "S1", "S1_ci_low", "S1_ci_high", "ST", "ST_ci_low", "ST_ci_high", "mu_star", "sigma"])
        #expect(rows.count == 4)
        let first = [0.3139, 0.4424, 0], total = [0.5576, 0.4424, 0.2437]
        for (i, row) in rows.dropFirst().enumerated() {
            let x = row.dropFirst(2).map { Double($0)! }
            #expect(row[0] == "x\(i + 1)" && row[1] == "value")
            #expect(abs(x[0] - first[i]) < 0.03 && abs(x[3] - total[i]) < 0.03, "\(row)")
            #expect(x[1] <= first[i] && first[i] <= x[2] && x[4] <= total[i] && total[i] <= x[5], "\(row)")
        }
    }

    @Test func resultsAreIdenticalAcrossThreadCountsAndLaneWidths() throws {
        let root = try CommandRunner.temporaryFolder()
        let spec = try Self.copy(in: root, [("base_samples = 8192", "base_samples = 256"), ("noise = 0", "noise = 0.3"),
                                            ("replicates = 1", "replicates = 3")])
        for threads in ["1", "2"] {
            let result = try CommandRunner.run(["sensitivity", spec, "--out", root.appendingPathComponent(threads).path,
                                                "--threads", threads, "--lane-width", threads == "1" ? "2" : "8"])
            #expect(result.status == 0, "\(result.error)")
        }
        for file in ["sensitivity.csv", "report.html", "figures/sobol-value.svg", "figures/morris-value.svg"] {
            #expect(try Data(contentsOf: root.appendingPathComponent("1/\(file)")) == Data(contentsOf: root.appendingPathComponent("2/\(file)")), "\(file)")
        }
    }

    @Test func anEarlierAnalysisIsKeptUnlessForced() throws {
        let root = try CommandRunner.temporaryFolder()
        let spec = try Self.copy(in: root, [("base_samples = 8192", "base_samples = 64")])
        let out = root.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try Data("x\n".utf8).write(to: out.appendingPathComponent("sensitivity.csv"))
        let refused = try CommandRunner.run(["sensitivity", spec, "--out", out.path])
        #expect(refused.status == 2)
        #expect(refused.error.contains("holds an earlier analysis's sensitivity.csv"), "\(refused.error)")
        #expect(try Data(contentsOf: out.appendingPathComponent("sensitivity.csv")) == Data("x\n".utf8))
        let forced = try CommandRunner.run(["sensitivity", spec, "--out", out.path, "--force"])
        #expect(forced.status == 0, "\(forced.error)")
        #expect(try Self.rows(out).count == 4)
    }

    @Test(arguments: [("base_samples = 8192", "base_samples = 1000", "sensitivity.base_samples"),
                      ("trajectories = 20", "trajectories = 1", "sensitivity.trajectories"),
                      ("levels = 4", "levels = 3", "sensitivity.levels"),
                      ("metrics = [\"value\"]", "metrics = [\"volatility\"]", "sensitivity.metrics"),
                      ("level = 0.95", "confidence = 0.95", "sensitivity.confidence")])
    func aBadSpecExitsWithTwoNamingTheKey(old: String, new: String, keyPath: String) throws {
        let folder = try CommandRunner.temporaryFolder()
        let spec = try Self.copy(in: folder, [(old, new)])
        let result = try CommandRunner.run(["sensitivity", spec, "--out", folder.appendingPathComponent("out").path])
        #expect(result.status == 2)
        #expect(result.error.contains("'\(keyPath)'") && result.error.contains("ishigami.toml"), "\(result.error)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/sensitivity.csv").path))
    }

    @Test func boundsOutsideTheFunctionsDomainExitWithTwoBeforeAnyRun() throws {
        let folder = try CommandRunner.temporaryFolder()
        let spec = try Self.copy(in: folder, [("x1 = { from = -3.141592653589793, to = 3.141592653589793 }", "x1 = { from = -3, to = 4 }")])
        let result = try CommandRunner.run(["sensitivity", spec, "--out", folder.appendingPathComponent("out").path])
        #expect(result.status == 2)
        #expect(result.error.contains("'block[0].bounds'") && result.error.contains("narrow the bounds"), "\(result.error)")
        #expect(!result.error.contains("rows,"), "no run started: \(result.error)")
    }
}
