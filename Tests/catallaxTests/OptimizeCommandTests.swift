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
        for file in ["evaluations.csv", "best.json"] {
            #expect(try Data(contentsOf: root.appendingPathComponent("1/\(file)")) == Data(contentsOf: root.appendingPathComponent("2/\(file)")), "\(file)")
        }
    }

    @Test func anEarlierSearchIsKeptUnlessForced() throws {
        let out = try CommandRunner.temporaryFolder()
        try Data("x\n".utf8).write(to: out.appendingPathComponent("best.json"))
        let refused = try CommandRunner.run(["optimize", Self.spec, "--out", out.path])
        #expect(refused.status == 2)
        #expect(refused.error.contains("holds an earlier search's best.json"))
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
}
