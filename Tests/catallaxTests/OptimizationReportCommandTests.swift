import _CatallaxTestSupport
import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The search's report page end to end, on the shipped quick search with a
/// second objective (fees, more is better), run once for every test here:
/// `catallax optimize` writes report.html and figures/ from its result
/// files, each figure draws what those files hold, and `catallax report`
/// writes the same bytes again from the files alone.
@Suite struct OptimizationReportCommandTests {
    /// The search's folder, run once (about a second).
    static let folder: URL = {
        let root = try! CommandRunner.temporaryFolder()
        let text = try! String(contentsOfFile: OptimizeCommandTests.spec, encoding: .utf8)
            .replacingOccurrences(of: "final_replicates = 64", with: "final_replicates = 64\nsecond_objective = \"fees\"\nsecond_order = \"descending\"")
        let spec = root.appendingPathComponent("pareto.toml")
        try! Data(text.utf8).write(to: spec)
        let out = root.appendingPathComponent("search")
        let result = try! CommandRunner.run(["optimize", spec.path, "--out", out.path, "--threads", "2"])
        precondition(result.status == 0, result.error)
        return out
    }()

    static func text(_ file: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
    }

    /// The rows of a CSV file of the folder as fields (none of the read columns is quoted), by column name.
    static func rows(_ file: String) throws -> [[String: String]] {
        let lines = try text(file).split(separator: "\n").map { $0.components(separatedBy: ",") }
        return lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(lines[0], $0).map { ($0, $1) }) }
    }

    @Test func theSearchWritesASelfContainedPageWithEveryChart() throws {
        let html = try Self.text("report.html")
        #expect(html.contains("Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\""))
        #expect(!html.contains("<script") && !html.contains("src="))
        for chart in ["convergence", "search-path", "pareto-front"] {
            #expect(html.contains("data-chart=\"\(chart)\""), "\(chart) is not in the page")
            #expect(html.contains("href=\"figures/\(chart).svg\""))
            let file = Self.folder.appendingPathComponent("figures/\(chart).svg")
            #expect(XMLParser(data: try Data(contentsOf: file)).parse(), "\(chart).svg is not well-formed")
        }
        for fact in ["probability of correct selection", "on fresh streams", "Finalists and block bests", "(winner)"] {
            #expect(html.contains(fact), "missing \(fact)")
        }
    }

    @Test func theSearchPathDrawsEveryCandidateOfTheWinnersBlock() throws {
        let best = try OptimizeCommandTests.best(Self.folder)
        let block = try #require(best["block"] as? Int)
        let rows = try Self.rows("evaluations.csv").filter { $0["block"] == "\(block)" }
        let svg = try Self.text("figures/search-path.svg")
        #expect(SVGGroup.shapes("feasible", in: svg) == rows.filter { $0["judgement"] == "feasible" }.count)
        #expect(SVGGroup.shapes("infeasible", in: svg) == rows.filter { ["infeasible", "undecided"].contains($0["judgement"]) }.count)
        #expect(SVGGroup.shapes("refused", in: svg) == rows.filter { $0["judgement"] == "refused" }.count)
        #expect(SVGGroup.shapes("winner", in: svg) == 1)
    }

    @Test func theConvergenceHasAStepLinePerBlockAndTheFreshWinner() throws {
        let svg = try Self.text("figures/convergence.svg")
        for role in ["block-0-line", "block-1-line", "overall-line", "block-0-band", "block-1-band"] {
            #expect(SVGGroup.shapes(role, in: svg) == 1, "\(role)")
        }
        #expect(SVGGroup.shapes("block-0-improvements", in: svg) >= 2 && SVGGroup.shapes("block-1-improvements", in: svg) >= 2)
        #expect(SVGGroup.shapes("fresh", in: svg) == 1)
        #expect(SVGGroup.shapes("fresh-intervals", in: svg) == 3)
    }

    @Test func theParetoFrontDrawsTheFrontOfParetoCsvOverEveryFeasibleCandidate() throws {
        let svg = try Self.text("figures/pareto-front.svg")
        let front = try Self.rows("pareto.csv")
        #expect(front.count >= 2)
        #expect(SVGGroup.shapes("front", in: svg) == front.count)
        // Each front point has both intervals: two bars of three segments.
        #expect(SVGGroup.shapes("front-intervals", in: svg) == 6 * front.count)
        #expect(SVGGroup.shapes("feasible", in: svg) == (try Self.rows("evaluations.csv")).filter { $0["judgement"] == "feasible" }.count)
    }

    @Test func catallaxReportRebuildsTheSameBytesFromTheFilesAlone() throws {
        let copy = try CommandRunner.temporaryFolder()
        for file in ["evaluations.csv", "best.json", "pareto.csv"] {
            try FileManager.default.copyItem(at: Self.folder.appendingPathComponent(file), to: copy.appendingPathComponent(file))
        }
        let result = try CommandRunner.run(["report", copy.path])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("and 3 charts"))
        for file in ["report.html", "figures/convergence.svg", "figures/search-path.svg", "figures/pareto-front.svg"] {
            #expect(try Data(contentsOf: copy.appendingPathComponent(file)) == Data(contentsOf: Self.folder.appendingPathComponent(file)), "\(file)")
        }
        let refused = try CommandRunner.run(["report", copy.path, "--metric", "volatility"])
        #expect(refused.status == 2)
        #expect(refused.error.contains("holds no sweep"), "\(refused.error)")
    }
}
