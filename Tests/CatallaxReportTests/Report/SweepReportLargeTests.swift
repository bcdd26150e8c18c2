@testable import CatallaxReport
import CatallaxModel
import CatallaxSweep
import Foundation
import Testing

/// A sweep of more points than the point-by-point charts draw.
struct SweepReportLargeTests {
    static let spec = try! SweepSpec(parsing: """
        name = "large"
        scenario = "curve-volatility"
        seed = 2
        replicates = 2
        [fixed]
        agents = 10
        steps = 10
        [[block]]
        curve = "linear"
        anchor = "unit-price"
        design = "random"
        samples = \(SweepReport.chartedPointLimit + 1)
        [block.bounds]
        m = { from = 1e-7, to = 5e-6, spacing = "geometric" }
        fee = { from = 0, to = 0.01 }
        """, file: "large.toml")

    static func record() -> SweepRecord {
        var outcomes: [RunID: RunOutcome] = [:]
        for p in spec.points.indices {
            for r in 0..<spec.replicates {
                let values: [Double?] = CurveVolatilityMetric.allCases.map { _ in 1e-4 * Double(p % 97 + 1) + 1e-6 * Double(r) }
                outcomes[RunID(point: p, replicate: r)] = RunOutcome(values: values, failure: nil)
            }
        }
        let timing = SweepRecord.Timing(engineVersion: "0.1.0", cores: 2, cpu: "Test CPU", threads: 2, laneWidth: 4, batchSize: 16,
                                        wallSeconds: 1, agentStepsPerSecond: 1e8, resumedRuns: 0)
        return SweepRecord(spec: spec, specText: "", outcomes: outcomes, shard: .whole, timing: timing)
    }

    @Test func leavesOutTheLineChartsAndHeatmapAndSaysSo() throws {
        let report = try SweepReport(record: Self.record(), paths: [:])
        let figures = report.figures()
        #expect(!figures.contains { $0.section == .curves || $0.section == .heatmap })
        #expect(figures.contains { $0.section == .distributions })
        let html = report.html(figures)
        #expect(html.contains("This sweep has \(SweepReport.chartedPointLimit + 1) points, more than the \(SweepReport.chartedPointLimit)"))
    }
}
