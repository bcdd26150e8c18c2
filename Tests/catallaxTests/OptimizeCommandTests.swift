import CatallaxSweep
import Foundation
import Testing

/// `catallax optimize` end to end on the shipped quick search: the calmest
/// curve whose price grows by half as the supply doubles. For an anchored
/// curve the growth is `1 + m·S_init` (linear) or `e^{k·S_init}`
/// (exponential), so the answer is known: the steepness on the growth
/// bound, `m = 0.5/S_init` or `k = ln 1.5/S_init`, since volatility rises with steepness.
@Suite struct OptimizeCommandTests {
    static let spec = SweepCommandTests.packageRoot.appendingPathComponent("Sweeps/optimize-curve-quick.toml").path

    static func best(_ folder: URL) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("best.json"))) as! [String: Any]
    }

    @Test func theQuickSearchFindsTheSteepnessOnTheGrowthBound() throws {
        let out = try CommandRunner.temporaryFolder().appendingPathComponent("search")
        let result = try CommandRunner.run(["optimize", Self.spec, "--out", out.path, "--threads", "2"])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("price_growth ≥ 1.5"))
        let best = try Self.best(out)
        #expect(best["found"] as? Bool == true)
        let parameters = try #require(best["parameters"] as? [String: String])
        let supply = Double(parameters["s_init"]!)!
        let (key, bound) = parameters["curve"] == "linear" ? ("m", 0.5 / supply) : ("k", log(1.5) / supply)
        let steepness = Double(parameters[key]!)!
        #expect(steepness >= bound * (1 - 1e-9) && steepness < bound * 1.01, "\(key) = \(steepness), bound \(bound)")
        let objective = try #require(best["objective"] as? [String: Any])
        #expect(objective["replicates"] as? Int == 64)
        let selection = try #require(best["selection"] as? [String: Any])
        #expect(selection["procedure"] as? String == "kim-nelson")
        let rows = try String(contentsOf: out.appendingPathComponent("evaluations.csv"), encoding: .utf8).split(separator: "\n")
        #expect(rows.count == (best["evaluations"] as! Int) + 1)
    }

    @Test func resultsAreIdenticalAcrossThreadCounts() throws {
        let root = try CommandRunner.temporaryFolder()
        for threads in ["1", "2"] {
            let result = try CommandRunner.run(["optimize", Self.spec, "--out", root.appendingPathComponent(threads).path,
                                                "--threads", threads, "--lane-width", threads == "1" ? "2" : "8"])
            #expect(result.status == 0, "\(result.error)")
        }
        for file in ["evaluations.csv", "best.json", "report.html", "figures/convergence.svg", "figures/search-path.svg"] {
            #expect(try Data(contentsOf: root.appendingPathComponent("1/\(file)")) == Data(contentsOf: root.appendingPathComponent("2/\(file)")), "\(file)")
        }
    }

    @Test func anEarlierSearchIsKeptUnlessForced() throws {
        let out = try CommandRunner.temporaryFolder()
        try Data("x\n".utf8).write(to: out.appendingPathComponent("best.json"))
        let refused = try CommandRunner.run(["optimize", Self.spec, "--out", out.path])
        #expect(refused.status == 2)
        #expect(refused.error.contains("holds an earlier search's best.json; pass --resume to continue it, --force to replace it"))
        #expect(try Data(contentsOf: out.appendingPathComponent("best.json")) == Data("x\n".utf8))
    }

    @Test func aBadSearchSpecExitsWithTwoNamingTheKey() throws {
        let folder = try CommandRunner.temporaryFolder()
        let text = try String(contentsOfFile: Self.spec, encoding: .utf8).replacingOccurrences(of: "design = \"price_growth\"", with: "design = \"growth\"")
        let file = folder.appendingPathComponent("bad.toml")
        try Data(text.utf8).write(to: file)
        let result = try CommandRunner.run(["optimize", file.path, "--out", folder.appendingPathComponent("out").path])
        #expect(result.status == 2)
        #expect(result.error.contains("optimize.constraint[0].design"), "\(result.error)")
        #expect(result.error.contains("price_growth"))
    }

    /// A second objective (fees, more is better) gives the front of the
    /// evaluated feasible candidates: along it, lower volatility costs fees.
    @Test func aSecondObjectiveWritesItsParetoFront() throws {
        let folder = try CommandRunner.temporaryFolder()
        let text = try String(contentsOfFile: Self.spec, encoding: .utf8)
            .replacingOccurrences(of: "final_replicates = 64", with: "final_replicates = 64\nsecond_objective = \"fees\"\nsecond_order = \"descending\"")
        let file = folder.appendingPathComponent("pareto.toml")
        try Data(text.utf8).write(to: file)
        let out = folder.appendingPathComponent("out")
        let result = try CommandRunner.run(["optimize", file.path, "--out", out.path])
        #expect(result.status == 0, "\(result.error)")
        let rows = try String(contentsOf: out.appendingPathComponent("pareto.csv"), encoding: .utf8)
            .split(separator: "\n").dropFirst().map { $0.split(separator: ",").map(String.init) }
        #expect(rows.count >= 2)
        let points = rows.map { (volatility: Double($0[3])!, fees: Double($0[6])!) }
        for (a, b) in zip(points, points.dropFirst()) {
            #expect(a.volatility <= b.volatility && a.fees < b.fees, "\(a) then \(b) is not a front")
        }
    }

    /// SIGKILL at seeded moments, `--resume` each time: the same files as a
    /// search never interrupted, the journal included. The moments are counted
    /// in journal records, not seconds (a timer killed nothing when a loaded
    /// machine was slow to start the process, or a fast one had finished): each
    /// attempt dies a seeded 1–40 records and 0–2 ms after it started writing,
    /// so mid-evaluation and mid-write, long before the search's 200 records end.
    @Test func aKilledSearchResumesToTheSameFiles() throws {
        let root = try CommandRunner.temporaryFolder()
        let clean = root.appendingPathComponent("clean"), killed = root.appendingPathComponent("killed")
        #expect(try CommandRunner.run(["optimize", Self.spec, "--out", clean.path]).status == 0)
        let journal = killed.appendingPathComponent("search-journal.jsonl")
        func records() -> Int {
            (try? Data(contentsOf: journal))?.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) } ?? 0
        }
        var draws = SplitMix64(seed: 11)
        var kills = 0
        for _ in 0..<4 {
            let process = Process()
            process.executableURL = CommandRunner.executable
            let started = FileManager.default.fileExists(atPath: journal.path), before = records()
            process.arguments = ["optimize", Self.spec, "--out", killed.path] + (started ? ["--resume"] : [])
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            let target = before + 1 + Int(draws.next() % 40)
            while process.isRunning && records() < target { usleep(200) }
            usleep(UInt32(draws.next() % 2_000))
            if process.isRunning { kill(process.processIdentifier, SIGKILL); kills += 1 }
            process.waitUntilExit()
        }
        #expect(kills >= 1, "the search ended before any kill")
        let last = try CommandRunner.run(["optimize", Self.spec, "--out", killed.path, "--resume"])
        #expect(last.status == 0, "\(last.error)")
        #expect(last.error.contains("resuming: "))
        for file in ["evaluations.csv", "best.json", "search-journal.jsonl", "report.html"] {
            #expect(try Data(contentsOf: clean.appendingPathComponent(file)) == Data(contentsOf: killed.appendingPathComponent(file)), "\(file)")
        }
    }

    @Test func aTornLastRecordIsDroppedAndAnotherSearchsJournalRefused() throws {
        let root = try CommandRunner.temporaryFolder()
        let clean = root.appendingPathComponent("clean"), torn = root.appendingPathComponent("torn")
        #expect(try CommandRunner.run(["optimize", Self.spec, "--out", clean.path]).status == 0)
        let whole = try Data(contentsOf: clean.appendingPathComponent("search-journal.jsonl"))
        let lines = whole.split(separator: UInt8(ascii: "\n"))
        // The first five records, and half of the sixth as a crash would leave it.
        let kept = lines.prefix(6).reduce(Data()) { $0 + $1 + Data("\n".utf8) } + lines[6].prefix(lines[6].count / 2)
        try FileManager.default.createDirectory(at: torn, withIntermediateDirectories: true)
        try kept.write(to: torn.appendingPathComponent("search-journal.jsonl"))
        let resumed = try CommandRunner.run(["optimize", Self.spec, "--out", torn.path, "--resume"])
        #expect(resumed.status == 0, "\(resumed.error)")
        #expect(resumed.error.contains("resuming: 5 evaluations journaled"))
        #expect(try Data(contentsOf: torn.appendingPathComponent("search-journal.jsonl")) == whole)
        // The same folder resumed under another search is refused, naming the journal.
        let other = root.appendingPathComponent("other.toml")
        try Data(try String(contentsOfFile: Self.spec, encoding: .utf8).replacingOccurrences(of: "seed = 1", with: "seed = 2").utf8).write(to: other)
        let refused = try CommandRunner.run(["optimize", other.path, "--out", torn.path, "--resume"])
        #expect(refused.status == 2)
        #expect(refused.error.contains("search-journal.jsonl' is damaged: it belongs to another search"), "\(refused.error)")
    }
}
