@testable import CatallaxReport
import CatallaxModel
import CatallaxSweep
import Foundation
import _CatallaxTestSupport

/// A small sweep with made-up outcomes: two curve families, three
/// steepness values and two fees, four replicates, known volatilities.
enum ReportFixture {
    static let specText = """
        name = "fixture"
        scenario = "curve-volatility"
        seed = 5
        replicates = 4

        [paths]
        replicates = 3

        [fixed]
        agents = 20
        steps = 10

        [[block]]
        curve = "linear"
        anchor = "unit-price"
        order = ["m", "fee"]
        [block.axes]
        m = [1e-6, 2e-6, 4e-6]
        fee = [0, 0.01]

        [[block]]
        curve = "power"
        anchor = "unit-price"
        order = ["n", "fee"]
        [block.axes]
        n = [1, 2, 3]
        fee = [0, 0.01]

        """

    static let spec = try! SweepSpec(parsing: specText, file: "fixture.toml")

    /// Volatility of run `(p, r)`: `10⁻⁴·(p + 1) + 10⁻⁶·r`, so point 0 ranks first and point 11 last.
    static func outcome(_ p: Int, _ r: Int, failing: Set<RunID> = []) -> RunOutcome {
        let volatility = 1e-4 * Double(p + 1) + 1e-6 * Double(r)
        let values: [Double?] = CurveVolatilityMetric.allCases.map { metric in
            switch metric {
            case .volatility: volatility
            case .maxDrawdown: 0.01 * Double(p + 1)
            case .logReturn: -0.001 * Double(r)
            case .volume: 1000 + Double(10 * r)
            case .fees: Double(r)
            case .gini: 0.001 * Double(r + 1)
            default: nil
            }
        }
        return RunOutcome(values: values, failure: failing.contains(RunID(point: p, replicate: r)) ? "price not finite" : nil)
    }

    static func record(failing: Set<RunID> = []) -> SweepRecord {
        var outcomes: [RunID: RunOutcome] = [:]
        for p in spec.points.indices { for r in 0..<spec.replicates { outcomes[RunID(point: p, replicate: r)] = outcome(p, r, failing: failing) } }
        let timing = SweepRecord.Timing(engineVersion: "0.1.0", cores: 2, cpu: "Test CPU", threads: 2, laneWidth: 4, batchSize: 16,
                                        wallSeconds: 1.5, agentStepsPerSecond: 2.5e7, resumedRuns: 0)
        return SweepRecord(spec: spec, specText: specText, outcomes: outcomes, shard: .whole, timing: timing)
    }

    /// Paths of replicates 0 … 2 of every point: `P_t = 1 + 0.01·t·(r − 1)`.
    static var paths: [RunID: [Double]] {
        var paths: [RunID: [Double]] = [:]
        for p in spec.points.indices {
            for r in 0..<3 { paths[RunID(point: p, replicate: r)] = (0...10).map { (t: Int) -> Double in 1 + 0.01 * Double(t) * Double(r - 1) } }
        }
        return paths
    }

    static func temporaryFolder() throws -> URL {
        try TestSupport.temporaryFolder(prefix: "catallax-report-test")
    }
}
