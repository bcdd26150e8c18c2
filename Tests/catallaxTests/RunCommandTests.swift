import Foundation
import Testing

@Suite struct RunCommandTests {
    let small = ["--set", "agents=50", "--set", "steps=60"]

    @Test func runPrintsEveryMetricWithItsIntervalAndThroughput() throws {
        let result = try CommandRunner.run(["run", "curve-volatility", "--set", "curve=sigmoid", "--set", "k=5e-5",
                                            "--replicates", "8", "--seed", "7"] + small)
        #expect(result.status == 0, "\(result.error)")
        for metric in ["volatility", "max_drawdown", "log_return", "volume", "fees", "gini"] {
            #expect(result.output.contains("\n\(metric) "), "missing \(metric)")
        }
        #expect(result.output.contains("95% CI low"))
        #expect(result.output.contains("agent-steps/s"))
        #expect(result.output.contains("curve=sigmoid K=2.0 k=5e-05"))
    }

    /// Gode and Sunder (1993): budget-constrained zero-intelligence traders
    /// reach close to full efficiency, unconstrained ones clearly less.
    @Test func zeroIntelligenceReproducesGodeAndSunder() throws {
        func efficiency(_ traders: String) throws -> (mean: Double, low: Double, high: Double) {
            let result = try CommandRunner.run(["run", "zero-intelligence", "--set", "traders=\(traders)",
                                                "--replicates", "32", "--seed", "1993", "--json"])
            #expect(result.status == 0, "\(result.error)")
            let document = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as! [String: Any]
            let metrics = document["metrics"] as! [[String: Any]]
            let summary = try #require(metrics.first { $0["name"] as? String == "efficiency" }?["summary"] as? [String: Any])
            return (summary["mean"] as! Double, summary["ciLow"] as! Double, summary["ciHigh"] as! Double)
        }
        let zic = try efficiency("zic"), ziu = try efficiency("ziu")
        #expect(zic.low >= 0.97 && zic.high <= 1)
        #expect(ziu.high < 0.9 && ziu.mean > 0.5)
    }

    /// The market-clearing metrics per mechanism: a book reports spread and
    /// depth, tatonnement does not; a call auction realizes the maximum surplus.
    @Test(arguments: ["continuous", "call", "tatonnement"])
    func marketClearingReportsItsMechanismsMetrics(mechanism: String) throws {
        let result = try CommandRunner.run(["run", "market-clearing", "--set", "mechanism=\(mechanism)",
                                            "--replicates", "4", "--json"] + small)
        #expect(result.status == 0, "\(result.error)")
        let document = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as! [String: Any]
        let metrics = document["metrics"] as! [[String: Any]]
        let names = metrics.map { $0["name"] as! String }
        let book = mechanism != "tatonnement"
        #expect(names == ["volatility", "max_drawdown", "log_return", "volume", "gini"]
                + (book ? ["spread", "depth"] : []) + ["fill_rate", "efficiency"])
        let efficiency = try #require(metrics.first { $0["name"] as? String == "efficiency" }?["summary"] as? [String: Any])
        if mechanism == "call" { #expect(efficiency["mean"] as? Double == 1) }
        let fill = try #require(metrics.first { $0["name"] as? String == "fill_rate" }?["summary"] as? [String: Any])
        let fillMean = try #require(fill["mean"] as? Double)
        #expect(fillMean > 0 && fillMean <= 1)
    }

    /// Every step's prices of the multi-asset market come from one LU solve
    /// whose residual is at rounding level; one asset has no correlation.
    @Test(arguments: [1, 4])
    func multiAssetSolvesEveryStepToRounding(assets: Int) throws {
        let result = try CommandRunner.run(["run", "multi-asset", "--set", "assets=\(assets)", "--replicates", "4", "--json"] + small)
        #expect(result.status == 0, "\(result.error)")
        let document = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as! [String: Any]
        let metrics = document["metrics"] as! [[String: Any]]
        #expect(metrics.contains { $0["name"] as? String == "return_correlation" } == (assets > 1))
        let residual = try #require(metrics.first { $0["name"] as? String == "residual" }?["summary"] as? [String: Any])
        let largest = try #require(residual["max"] as? Double)
        #expect(largest < 1e-13)
    }

    @Test func jsonCarriesTheSameStatistics() throws {
        let result = try CommandRunner.run(["run", "--replicates", "4", "--json"] + small)
        #expect(result.status == 0)
        let document = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as! [String: Any]
        #expect(document["replicates"] as? Int == 4)
        let metrics = document["metrics"] as! [[String: Any]]
        #expect(metrics.map { $0["name"] as! String } == ["volatility", "max_drawdown", "log_return", "volume", "fees", "gini"])
        let summary = metrics[0]["summary"] as! [String: Any]
        #expect(summary["count"] as? Int == 4)
        let low = summary["ciLow"] as! Double, mean = summary["mean"] as! Double, high = summary["ciHigh"] as! Double
        #expect(low < mean && mean < high)
    }

    @Test func resultsDoNotDependOnThreadsOrLaneWidth() throws {
        let base = ["run", "--replicates", "6", "--json"] + small
        func metrics(_ extra: [String]) throws -> String {
            let output = try CommandRunner.run(base + extra).output
            let document = try JSONSerialization.jsonObject(with: Data(output.utf8)) as! [String: Any]
            let metrics = try JSONSerialization.data(withJSONObject: document["metrics"]!, options: [.sortedKeys])
            return String(decoding: metrics, as: UTF8.self)
        }
        let reference = try metrics(["--threads", "1", "--lane-width", "2"])
        #expect(try metrics(["--threads", "2", "--lane-width", "8"]) == reference)
        #expect(try metrics(["--threads", "2", "--lane-width", "4"]) == reference)
    }

    @Test func shockRunsReportShockMetrics() throws {
        let result = try CommandRunner.run(["run", "--replicates", "4", "--set", "shock=0.2"] + small)
        #expect(result.status == 0)
        #expect(result.output.contains("shock_drop"))
        #expect(result.output.contains("recovery_steps"))
        #expect(result.output.contains("recovery_censored"))
    }

    @Test func pathsFileHoldsEveryReplicatesPrices() throws {
        let folder = try CommandRunner.temporaryFolder()
        let file = folder.appendingPathComponent("paths.csv")
        let result = try CommandRunner.run(["run", "--replicates", "3", "--paths", file.path] + small)
        #expect(result.status == 0)
        let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
        #expect(lines.first == "replicate,step,price")
        #expect(lines.count == 1 + 3 * 61)
        #expect(lines[1].hasPrefix("0,0,1"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["paths.csv"])
    }

    @Test func scenariosListsTheReferenceScenario() throws {
        let result = try CommandRunner.run(["scenarios"])
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("curve-volatility: "))
    }
}
