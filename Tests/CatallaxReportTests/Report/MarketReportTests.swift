@testable import CatallaxReport
import CatallaxModel
import CatallaxSweep
import Testing

/// The report of a scenario without curves: a market-clearing sweep of
/// λ × mix with made-up outcomes whose volatility grows with λ.
@Suite struct MarketReportTests {
    static let spec = try! SweepSpec(parsing: """
        name = "market-fixture"
        scenario = "market-clearing"
        seed = 3
        replicates = 3

        [fixed]
        mechanism = "tatonnement"

        [[block]]
        order = ["f_noise", "lambda"]
        [block.axes]
        lambda = [1e-5, 1e-4, 1e-3, 2e-3]
        f_noise = [0.2, 0.6]
        """, file: "market.toml")

    /// Volatility `λ·10·(1 + f_noise) + 10⁻⁶·r`; no book metrics (tatonnement).
    static func record() -> SweepRecord {
        var outcomes: [RunID: RunOutcome] = [:]
        for point in spec.points {
            let p = point.parameters.keyedValues
            let lambda = Double(p["lambda"]!)!, noise = Double(p["f_noise"]!)!
            for r in 0..<spec.replicates {
                let values: [Double?] = MarketClearingMetric.allCases.map { metric in
                    switch metric {
                    case .spread, .depth: nil
                    case .volatility: lambda * 10 * (1 + noise) + 1e-6 * Double(r)
                    default: 0.5 + 0.01 * Double(r)
                    }
                }
                outcomes[RunID(point: point.index, replicate: r)] = RunOutcome(values: values, failure: nil)
            }
        }
        let timing = SweepRecord.Timing(engineVersion: "0.1.0", cores: 2, cpu: "Test CPU", threads: 2, laneWidth: 4, batchSize: 16,
                                        wallSeconds: 1, agentStepsPerSecond: 1e8, resumedRuns: 0)
        return SweepRecord(spec: spec, specText: "", outcomes: outcomes, shard: .whole, timing: timing)
    }

    @Test func theMetricIsChartedAgainstTheAxisWithTheMostValues() throws {
        let report = try SweepReport(record: Self.record(), paths: [:])
        #expect(report.mainAxis == "lambda")
        let figures = report.axisFigures()
        #expect(figures.map(\.id) == ["volatility-by-lambda"])
        let svg = figures[0].canvas.svg(id: figures[0].id, standalone: true)
        #expect(svg.contains("f_noise = 0.2") && svg.contains("f_noise = 0.6"))
    }

    @Test func noCurveChartsAndAHeatmapOverBothAxes() throws {
        let report = try SweepReport(record: Self.record(), paths: [:])
        #expect(report.curveFigures().isEmpty)
        #expect(report.heatmapFigures().map(\.id) == ["heatmap-volatility"])
    }

    @Test func metricsNoPointReportsAreLeftOut() {
        let names = Self.record().reduction.metrics.map(\.name)
        #expect(!names.contains("spread") && !names.contains("depth") && names.contains("efficiency"))
    }
}
