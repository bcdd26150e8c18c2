@testable import CatallaxReport
import CatallaxModel
import CatallaxSweep
import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite struct SweepReportTests {
    @Test func everyChartOfTheIssueIsThere() throws {
        let report = try SweepReport(record: ReportFixture.record(), paths: ReportFixture.paths)
        let ids = report.figures().map(\.id)
        #expect(ids == [
            "volatility-by-steepness-linear", "volatility-by-steepness-power", "heatmap-volatility", "paths-best", "paths-worst",
            "distribution-volatility", "distribution-max_drawdown", "distribution-log_return", "distribution-volume",
            "distribution-fees", "distribution-gini",
        ])
    }

    @Test func theBestAndWorstPointsAreTheRankingsEnds() throws {
        let report = try SweepReport(record: ReportFixture.record(), paths: ReportFixture.paths)
        #expect(report.bestAndWorst.map(\.entry.pointIndex) == [0, 11])
    }

    @Test func withoutPathsTheFanChartsAreLeftOutAndThePageSaysWhy() throws {
        let report = try SweepReport(record: ReportFixture.record(), paths: [:])
        let figures = report.figures()
        #expect(!figures.contains { $0.section == .paths })
        #expect(report.html(figures).contains("This sweep kept no price paths. Add [paths] replicates = 8"))
    }

    @Test func thePageIsSelfContained() throws {
        let report = try SweepReport(record: ReportFixture.record(), paths: ReportFixture.paths)
        let figures = report.figures()
        let html = report.html(figures)
        #expect(!html.contains("<script") && !html.contains("<link") && !html.contains("src=") && !html.contains("url("))
        // The only address is the SVG namespace, which names and fetches nothing.
        #expect(!html.replacingOccurrences(of: "xmlns=\"http://www.w3.org/2000/svg\"", with: "").contains("http:") && !html.contains("https:"))
        #expect(html.contains("Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\""))
        for figure in figures { #expect(html.contains("data-chart=\"\(figure.id)\"")) }
        for section in ReportSection.allCases { #expect(html.contains("<section id=\"\(section.rawValue)\">")) }
    }

    @Test func theRankingTableListsTheBestPointsFirstWithIntervals() throws {
        var options = SweepReport.Options()
        options.top = 3
        let html = try SweepReport(record: ReportFixture.record(), paths: [:], options: options).rankingHTML()
        let rows = html.components(separatedBy: "<tr><td class=\"num\">").dropFirst()
        #expect(rows.count == 3)
        #expect(rows.first!.hasPrefix("1</td><td class=\"num\">0</td><td>linear, m = 1×10⁻⁶, φ = 0%, b = 0.9</td>"))
        // Point 0's volatilities are 1.00, 1.01, 1.02, 1.03 ×10⁻⁴: mean 1.015×10⁻⁴, t₃ interval ±2.05×10⁻⁶.
        #expect(rows.first!.contains(">1.02×10⁻⁴<small>9.94×10⁻⁵ – 1.04×10⁻⁴</small>"))
        #expect(html.contains("9 more points in points.csv"))
    }

    @Test func theFactsNameTheRunAndItsFailures() throws {
        let failing: Set = [RunID(point: 4, replicate: 2)]
        let html = try SweepReport(record: ReportFixture.record(failing: failing), paths: [:]).factsHTML()
        for fact in ["fixture.toml", ReportFixture.spec.hashHex, "Test CPU, 2 cores", "2 threads, lane width 4", "1.50 s",
                     "2.50×10⁷ agent-steps/s", "1 of 48 runs failed", "point 4 replicate 2: price not finite"] {
            #expect(html.contains(fact), "missing \(fact)")
        }
    }

    @Test func theHeatmapDefaultsToFeeAcrossAndSteepnessUp() throws {
        let report = try SweepReport(record: ReportFixture.record(), paths: [:])
        #expect(report._heatmapAxes?.x.key == "fee")
        #expect(report._heatmapAxes?.y.key == "steepness")
        let heatmap = try #require(report.heatmapFigures().first)
        #expect(heatmap.canvas.body.contains(">Linear curve<") && heatmap.canvas.body.contains(">Power curve<"))
    }

    @Test func chosenHeatmapAxesMustVary() throws {
        var options = SweepReport.Options()
        options.heatmapX = "agents"
        #expect(throws: ReportError.unknownAxis(key: "agents", allowed: ["steepness", "curve", "fee", "m", "b", "a", "n"])) {
            try SweepReport(record: ReportFixture.record(), paths: [:], options: options)
        }
    }

    @Test func aMetricTheSweepDoesNotReportIsRefused() {
        var options = SweepReport.Options()
        options.metric = "shock_drop"
        #expect(throws: ReportError.self) { try SweepReport(record: ReportFixture.record(), paths: [:], options: options) }
    }

    @Test func anotherMetricRetitlesTheChartsAndHeatmap() throws {
        var options = SweepReport.Options()
        options.metric = "max_drawdown"
        let ids = try SweepReport(record: ReportFixture.record(), paths: [:], options: options).figures().map(\.id)
        #expect(ids.contains("max_drawdown-by-steepness-linear") && ids.contains("heatmap-max_drawdown"))
    }

    @Test func writingPutsThePageAndWellFormedSVGFilesInTheFolder() throws {
        let folder = try ReportFixture.temporaryFolder()
        let report = try SweepReport(record: ReportFixture.record(), paths: ReportFixture.paths)
        let written = try report.write(to: folder)
        #expect(written.first == folder.appendingPathComponent("report.html").path)
        #expect(written.count == 1 + report.figures().count)
        for path in written.dropFirst() {
            #expect(path.hasSuffix(".svg"))
            #expect(XMLParser(data: try Data(contentsOf: URL(fileURLWithPath: path))).parse(), "\(path) is not well-formed")
        }
    }

    @Test func aFolderAloneGivesTheSameReportAsTheRecord() throws {
        let folder = try ReportFixture.temporaryFolder()
        let record = ReportFixture.record()
        try ResultFolder.write(record, to: folder)
        try PathsFile.write(ReportFixture.paths, to: folder)
        let header = Journal.Header(specHash: ReportFixture.spec.hashHex, points: record.points.count, replicates: record.replicates,
                                    seed: record.seed, shard: .whole)
        try Journal.writeCompact(to: folder.appendingPathComponent("journal.jsonl"), header: header, outcomes: record.outcomes)
        let loaded = try SweepReport.load(folder: folder)
        let direct = try SweepReport(record: record, paths: ReportFixture.paths)
        #expect(loaded.html(loaded.figures()) == direct.html(direct.figures()))
    }

    @Test func aFolderWithoutASummaryIsRefused() throws {
        let folder = try ReportFixture.temporaryFolder()
        #expect(throws: ReportError.missingFile(path: folder.appendingPathComponent("summary.json").path,
                                                hint: "give the output folder of a finished `catallax sweep` or `catallax merge`.")) {
            try SweepReport.load(folder: folder)
        }
    }
}

extension SweepReportTests {
    @Test func linesWithinTwoPercentAreSaidToOverlap() {
        func series(_ ys: [Double]) -> LineChart.Series {
            .init(name: "s", color: Palette.accent, marker: .circle,
                  points: ys.enumerated().map { .init(x: Double($0), y: $1, low: nil, high: nil, tooltip: "") })
        }
        #expect(SweepReport.linesOverlap([series([1, 2]), series([1.01, 2.03])]))
        #expect(!SweepReport.linesOverlap([series([1, 2]), series([1.05, 2])]))
        #expect(!SweepReport.linesOverlap([series([1, 2])]))
    }
}
