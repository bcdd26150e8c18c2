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

    @Test func aggregatesTheLineChartsAndHeatmapIntoBinsAndSaysSo() throws {
        let report = try SweepReport(record: Self.record(), paths: [:])
        let figures = report.figures()
        let line = try #require(figures.first { $0.section == .curves })
        let heatmap = try #require(figures.first { $0.section == .heatmap })
        #expect(figures.contains { $0.section == .distributions })
        let points = SweepReport.chartedPointLimit + 1
        #expect(line.caption.contains("aggregated over \(points) points in \(SweepReport.lineBinCount) bins"))
        #expect(heatmap.caption.contains("aggregated over \(points) points"))
        // The axes: m (geometric, binned in its logarithm) and fee, not the anchored level b.
        #expect(heatmap.canvas.body.contains("aggregated: \(points) points in \(SweepReport.heatmapBinCount) × \(SweepReport.heatmapBinCount) bins"))
        #expect(heatmap.caption.contains("over fee (across) and m (up)") || heatmap.caption.contains("over m (across) and fee (up)"))
        let html = report.html(figures)
        #expect(html.contains("This sweep has \(points) points, more than the \(SweepReport.chartedPointLimit) these charts draw one by one, so they are aggregated"))
    }

    @Test func binsAreTheValuesThemselvesWhenFewElseEqualInTheLogarithmOfAGeometricAxis() {
        let few = _Binning([3, 1, 2, 2], count: 4)
        #expect(few.centers == [1, 2, 3] && few.bin(of: 2) == 1)
        let geometric = _Binning((0...100).map { pow(10, -7 + 2 * Double($0) / 100) }, count: 2)
        #expect(abs(geometric.centers[0] / 1e-6.squareRoot() / 1e-7.squareRoot() - 1) < 1e-9)
        #expect(geometric.bin(of: 1e-7) == 0 && geometric.bin(of: 1e-5) == 1 && geometric.bin(of: 2e-6) == 1)
        // A uniform draw from (0, 1%]: a tiny smallest value, but bins of equal width in the value.
        let uniform = _Binning((1...1000).map { 1e-5 * Double($0) } + [3e-9], count: 4)
        #expect(uniform.bin(of: 0.002) == 0 && uniform.bin(of: 0.0026) == 1 && uniform.bin(of: 0.01) == 3)
        let linear = _Binning((0...10).map(Double.init), count: 5)
        #expect(linear.centers == [1, 3, 5, 7, 9] && linear.bin(of: 10) == 4)
    }
}
