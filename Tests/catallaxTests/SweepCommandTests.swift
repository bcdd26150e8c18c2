import CatallaxModel
import Foundation
import Testing

/// The sweep and merge commands end to end on a tiny spec: the same spec
/// gives byte-identical runs.csv, points.csv and journal.jsonl (and
/// summary.json but for its timing) whatever the threads, lane width, batch
/// size, shard split or resume point.
@Suite struct SweepCommandTests {
    static let spec = """
        name = "tiny"
        scenario = "curve-volatility"
        seed = 3
        replicates = 6

        [fixed]
        agents = 40
        steps = 50
        shock = 0.1

        [[block]]
        curve = "linear"
        anchor = "unit-price"
        order = ["m", "fee"]
        [block.axes]
        m = { from = 1e-6, to = 1e-5, count = 2, spacing = "geometric" }
        fee = [0, 0.01]

        [[block]]
        curve = "sigmoid"
        anchor = "unit-price"
        [block.axes]
        k = [2e-5, 2e-4]

        """

    /// The package's root, for the sweep files in `Sweeps/`.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The tiny spec and every quick sweep file (`Sweeps/*-quick.toml`,
    /// found by name): determinism is checked for every scenario, and a new
    /// scenario's quick sweep joins without editing this list.
    static let everyScenario: [String] = ["tiny"] + ((try? FileManager.default.contentsOfDirectory(atPath: packageRoot.appendingPathComponent("Sweeps").path)) ?? [])
        .filter { $0.hasSuffix("-quick.toml") && !$0.hasPrefix("optimize-") && !$0.hasPrefix("sensitivity-") }.map { String($0.dropLast(".toml".count)) }.sorted()

    @Test func everyRegisteredScenarioHasAQuickSweep() throws {
        let scenarios = try Self.everyScenario.dropFirst().compactMap { name in
            try Self.specText(name).split(separator: "\n").first { $0.hasPrefix("scenario = ") }
                .map { String($0.dropFirst("scenario = ".count)).trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
        }
        #expect(Set(scenarios) == Set(Scenario.all.map(\.name)))
    }

    /// The text of a spec of ``everyScenario``.
    static func specText(_ name: String) throws -> String {
        name == "tiny" ? spec : try String(contentsOf: packageRoot.appendingPathComponent("Sweeps/\(name).toml"), encoding: .utf8)
    }

    func writeSpec(_ folder: URL, text: String = spec) throws -> String {
        try SweepFixture.writeSpec(folder, text: text)
    }

    func sweep(_ arguments: [String]) throws -> CommandRunner.Result {
        try CommandRunner.run(["sweep"] + arguments)
    }

    @Test func sweepWritesRunsPointsAndSummary() throws {
        let folder = try CommandRunner.temporaryFolder()
        let spec = try writeSpec(folder)
        let out = folder.appendingPathComponent("out")
        let result = try sweep([spec, "--out", out.path])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("ranked by mean volatility (lowest first)"))
        let runs = try String(contentsOf: out.appendingPathComponent("runs.csv"), encoding: .utf8).split(separator: "\n")
        #expect(runs.count == 1 + 6 * 6)
        #expect(runs[0].hasPrefix("point,curve,m,fee,b,k,K,s0,replicate,seed,run_key,status,volatility,"))
        #expect(runs[0].hasSuffix(",shock_drop,recovery_steps,recovery_censored"))
        let points = try String(contentsOf: out.appendingPathComponent("points.csv"), encoding: .utf8).split(separator: "\n")
        #expect(points.count == 1 + 6)
        #expect(points[0].contains("volatility_mean,volatility_sd,volatility_ci_low,volatility_ci_high"))
        let summary = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("summary.json"))) as! [String: Any]
        #expect((summary["ranking"] as! [Any]).count == 6)
        #expect((summary["spec"] as! [String: Any])["text"] as? String == Self.spec)
        #expect(((summary["timing"] as! [String: Any])["agentStepsPerSecond"] as! Double) > 0)
    }

    @Test(arguments: everyScenario)
    func resultsAreIdenticalAcrossThreadsLaneWidthsAndBatchSizes(specName: String) throws {
        let folder = try CommandRunner.temporaryFolder()
        let spec = try writeSpec(folder, text: Self.specText(specName))
        let a = folder.appendingPathComponent("a"), b = folder.appendingPathComponent("b")
        #expect(try sweep([spec, "--out", a.path, "--threads", "1", "--lane-width", "2", "--batch-size", "3"]).status == 0)
        #expect(try sweep([spec, "--out", b.path, "--threads", "2", "--lane-width", "8", "--batch-size", "16"]).status == 0)
        try SweepFixture.expectSameResults(a, b)
    }

    @Test(arguments: everyScenario)
    func threeShardsMergedEqualOneMachine(specName: String) throws {
        let folder = try CommandRunner.temporaryFolder()
        let spec = try writeSpec(folder, text: Self.specText(specName))
        let whole = folder.appendingPathComponent("whole")
        #expect(try sweep([spec, "--out", whole.path]).status == 0)
        var shards: [String] = []
        for k in 0..<3 {
            let shard = folder.appendingPathComponent("shard-\(k)").path
            #expect(try sweep([spec, "--out", shard, "--shard", "\(k)/3", "--lane-width", "4"]).status == 0)
            shards.append(shard)
        }
        let merged = folder.appendingPathComponent("merged")
        let result = try CommandRunner.run(["merge"] + shards.reversed() + ["--out", merged.path])
        #expect(result.status == 0, "\(result.error)")
        try SweepFixture.expectSameResults(whole, merged)
    }

    @Test func mergeRefusesAnIncompleteSetOfShards() throws {
        let folder = try CommandRunner.temporaryFolder()
        let spec = try writeSpec(folder)
        let shard = folder.appendingPathComponent("shard-0").path
        #expect(try sweep([spec, "--out", shard, "--shard", "0/2"]).status == 0)
        let result = try CommandRunner.run(["merge", shard, "--out", folder.appendingPathComponent("m").path])
        #expect(result.status == 2)
        #expect(result.error.contains("shards 1/2 are missing"))
    }

    @Test func aKilledSweepResumesToTheSameResults() throws {
        let folder = try CommandRunner.temporaryFolder()
        // Long enough to be killed midway in a debug build.
        let spec = try writeSpec(folder, text: Self.spec.replacingOccurrences(of: "steps = 50", with: "steps = 200000"))
        let killed = folder.appendingPathComponent("killed"), whole = folder.appendingPathComponent("whole")
        let process = Process()
        process.executableURL = CommandRunner.executable
        process.arguments = ["sweep", spec, "--out", killed.path, "--threads", "1", "--batch-size", "1", "--lane-width", "2"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let journal = killed.appendingPathComponent("journal.jsonl")
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline {
            let lines = (try? String(contentsOf: journal, encoding: .utf8))?.split(separator: "\n").count ?? 0
            if lines >= 4 || !process.isRunning { break }
            usleep(20_000)
        }
        #expect(process.isRunning, "the sweep ended before it could be killed")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(!FileManager.default.fileExists(atPath: killed.appendingPathComponent("runs.csv").path))
        let refused = try sweep([spec, "--out", killed.path])
        #expect(refused.status == 2)
        #expect(refused.error.contains("holds an interrupted run of this spec"))
        #expect(try sweep([spec, "--out", killed.path, "--resume"]).status == 0)
        #expect(try sweep([spec, "--out", whole.path]).status == 0)
        try SweepFixture.expectSameResults(killed, whole)
    }

    @Test func anotherSpecsFolderIsRefusedUnlessForced() throws {
        let folder = try CommandRunner.temporaryFolder()
        let spec = try writeSpec(folder)
        let other = folder.appendingPathComponent("other.toml").path
        try Self.spec.replacingOccurrences(of: "seed = 3", with: "seed = 4").write(toFile: other, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("out").path
        #expect(try sweep([spec, "--out", out]).status == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: out + "/runs.csv"))
        let refused = try sweep([other, "--out", out])
        #expect(refused.status == 2)
        #expect(refused.error.contains("holds results of another spec"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: out + "/runs.csv")) == before)
        #expect(try sweep([other, "--out", out, "--force"]).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: out + "/runs.csv")) != before)
    }

    @Test func aFolderInUseIsRefused() throws {
        let folder = try CommandRunner.temporaryFolder()
        let spec = try writeSpec(folder, text: Self.spec.replacingOccurrences(of: "steps = 50", with: "steps = 200000"))
        let out = folder.appendingPathComponent("out")
        let process = Process()
        process.executableURL = CommandRunner.executable
        process.arguments = ["sweep", spec, "--out", out.path, "--threads", "1"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { kill(process.processIdentifier, SIGKILL); process.waitUntilExit() }
        let journal = out.appendingPathComponent("journal.jsonl")
        while !FileManager.default.fileExists(atPath: journal.path) && process.isRunning { usleep(10_000) }
        let second = try sweep([spec, "--out", out.path, "--force"])
        #expect(second.status == 2)
        #expect(second.error.contains("Another sweep is writing into"))
    }

    @Test func dryRunPrintsThePlanAndWritesNothing() throws {
        let folder = try CommandRunner.temporaryFolder()
        let spec = try writeSpec(folder)
        let out = folder.appendingPathComponent("out")
        let result = try sweep([spec, "--out", out.path, "--dry-run"])
        #expect(result.status == 0)
        #expect(result.output.contains("points: 6, replicates: 6, runs: 36"))
        #expect(result.output.contains("agent-steps: 72000"))
        #expect(result.output.contains("estimate: "))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test(arguments: [
        ("replicates = 6", "replicates = 0", "'replicates'"),
        ("[fixed]", "[fixd]", "'fixd'"),
        ("count = 2, spacing", "count = 0, spacing", "count"),
        ("fee = [0, 0.01]", "fee = [0, -0.01]", "fee"),
    ])
    func badSpecsExitWithTwoNamingFileAndKey(original: String, replacement: String, key: String) throws {
        let folder = try CommandRunner.temporaryFolder()
        let spec = try writeSpec(folder, text: Self.spec.replacingOccurrences(of: original, with: replacement))
        let out = folder.appendingPathComponent("out")
        let result = try sweep([spec, "--out", out.path])
        #expect(result.status == 2)
        #expect(result.error.contains(spec), "\(result.error)")
        #expect(result.error.contains(key), "\(result.error)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func missingSpecFileIsBadInput() throws {
        let result = try sweep(["/nonexistent/spec.toml"])
        #expect(result.status == 2)
        #expect(result.error.contains("/nonexistent/spec.toml"))
    }
}
