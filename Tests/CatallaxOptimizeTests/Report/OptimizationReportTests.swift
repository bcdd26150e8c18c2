@testable import CatallaxOptimize
import CatallaxReport
import CatallaxSweep
import _CatallaxTestSupport
import Foundation
import Testing

/// The search's report on small test-function searches, read back from the
/// files they write: where each candidate stands in runs, which two
/// parameters the search path shows, and the one-parameter case.
@Suite struct OptimizationReportTests {
    /// A random search of the sphere over `bounds` (one line per parameter, `dimension` of them).
    static func text(bounds: String, dimension: Int) -> String {
        """
        name = "report"
        scenario = "test-function"
        seed = 3
        replicates = 4
        objective = "value"

        [optimize]
        method = "random"
        budget = 400
        max_replicates = 16
        final_replicates = 16

        [fixed]
        function = "sphere"
        dimension = \(dimension)
        noise = 0.05

        [[block]]
        [block.bounds]
        \(bounds)

        """
    }

    /// The search of `text` run, its files written into a fresh folder, and the report read back from them.
    static func report(_ text: String) throws -> (report: OptimizationReport, result: OptimizationResult) {
        let spec = try OptimizeSpec(spaces: SweepSpec(parsing: text, file: "report.toml", kind: .search(tables: ["optimize"])))
        let result = try Optimization(spec: spec, threads: 2).run()
        let folder = try TestSupport.temporaryFolder()
        try EvaluationsFile.write(result, spec: spec, to: folder)
        try BestFile(result, spec: spec, specText: text).write(to: folder)
        return (try OptimizationReport.load(folder: folder), result)
    }

    static let plane = "x1 = { from = 0, to = 1 }\nx2 = { from = 0, to = 2 }\nx3 = { from = -0.01, to = 0.01 }"

    @Test func eachCandidateStandsAtTheRunsSpentWhenItsGenerationWasEvaluated() throws {
        let (report, result) = try Self.report(Self.text(bounds: Self.plane, dimension: 3))
        let runs = report.record.rows.map(\.cumulativeRuns)
        #expect(runs == result.candidates.map(\.cumulativeRuns))
        #expect(zip(runs, runs.dropFirst()).allSatisfy { $0 <= $1 })
        // Random search asks for 16 candidates a generation; each first runs 4 replicates.
        #expect(runs.first == 16 * 4)
        #expect(runs.last! <= result.runs)
    }

    /// Over `x1 ∈ [0, 1]`, `x2 ∈ [0, 2]`, `x3 ∈ [−0.01, 0.01]` the sphere
    /// `Σxᵢ²` rises with `x2` most, then `x1`; `x3` barely matters.
    @Test func theSearchPathShowsTheTwoParametersMostRankCorrelatedWithTheObjective() throws {
        let (report, _) = try Self.report(Self.text(bounds: Self.plane, dimension: 3))
        let ranked = report.rankedBounds(ofBlock: 0)
        #expect(ranked.map(\.bound.key) == ["x2", "x1", "x3"])
        #expect(ranked[0].rho > 0.5 && ranked[1].rho > 0.2 && abs(ranked[2].rho) < ranked[1].rho)
        let figure = report.searchPathFigure()
        let svg = figure.canvas.svg(id: figure.id, standalone: false)
        let drawn = ["feasible", "infeasible", "refused"].map { SVGGroup.shapes($0, in: svg) }.reduce(0, +)
        #expect(drawn == report.record.rows.count)
        #expect(SVGGroup.shapes("winner", in: svg) == 1)
        #expect(figure.caption.contains("largest |Spearman rank correlation|"))
    }

    @Test func withOneSearchedParameterTheSearchPathIsTheObjectiveAgainstIt() throws {
        let (report, _) = try Self.report(Self.text(bounds: "x1 = { from = -2, to = 2 }", dimension: 1))
        let figure = report.searchPathFigure()
        let svg = figure.canvas.svg(id: figure.id, standalone: false)
        let withMeans = report.record.rows.filter { $0.mean != nil }.count
        #expect(SVGGroup.shapes("feasible", in: svg) + SVGGroup.shapes("infeasible", in: svg) == withMeans)
        #expect(SVGGroup.shapes("feasible-intervals", in: svg) == 3 * report.record.rows.filter { $0.status == .feasible }.count)
        #expect(svg.contains(">mean value f(x) + noise (function value)<"))
    }

    @Test func theConvergenceStepsAtEveryImprovementAndHoldsToTheEnd() throws {
        let (report, result) = try Self.report(Self.text(bounds: Self.plane, dimension: 3))
        let (stairs, improvements) = report.incumbentSteps(report.record.rows, end: result.runs)
        let means = improvements.map(\.y)
        #expect(means.count >= 2)
        #expect(zip(means, means.dropFirst()).allSatisfy { $0 > $1 })
        // Two corners per improvement after the first, one for the first, one to hold until the end.
        #expect(stairs.count == 2 * improvements.count)
        #expect(stairs.last!.x == Double(result.runs))
        let figure = report.convergenceFigure()
        #expect(SVGGroup.shapes("fresh", in: figure.canvas.svg(id: figure.id, standalone: false)) == 1)
    }
}
