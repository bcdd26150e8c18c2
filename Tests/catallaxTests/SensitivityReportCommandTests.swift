import _CatallaxTestSupport
import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The sensitivity page end to end on the shipped Ishigami file at a small
/// design: `catallax sensitivity` writes report.html with each metric's
/// Sobol′ bars and Morris plane, and `catallax report` draws the same
/// charts again from sensitivity.csv alone.
@Suite struct SensitivityReportCommandTests {
    /// The analysis's folder, run once.
    static let folder: URL = {
        let root = try! CommandRunner.temporaryFolder()
        let spec = try! SensitivityCommandTests.copy(in: root, [("base_samples = 8192", "base_samples = 128")])
        let out = root.appendingPathComponent("ishigami")
        let result = try! CommandRunner.run(["sensitivity", spec, "--out", out.path, "--threads", "2"])
        precondition(result.status == 0, result.error)
        return out
    }()

    @Test func theAnalysisWritesSobolBarsAndAMorrisPlanePerMetric() throws {
        let html = try String(contentsOf: Self.folder.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.contains("default-src 'none'") && !html.contains("<script"))
        #expect(html.contains("N = 128") && html.contains("sensitivity-ishigami"))
        let sobol = try String(contentsOf: Self.folder.appendingPathComponent("figures/sobol-value.svg"), encoding: .utf8)
        let morris = try String(contentsOf: Self.folder.appendingPathComponent("figures/morris-value.svg"), encoding: .utf8)
        for svg in [sobol, morris] {
            #expect(XMLParser(data: Data(svg.utf8)).parse())
            #expect(html.contains(svg.components(separatedBy: "<title>")[1].components(separatedBy: "</title>")[0]))
        }
        // x1, x2, x3: an S1 and an ST bar each, each with its interval (three segments).
        #expect(SVGGroup.shapes("bars", in: sobol) == 6)
        #expect(SVGGroup.shapes("intervals", in: sobol) == 18)
        #expect(SVGGroup.shapes("parameters", in: morris) == 3)
        #expect(SVGGroup.elements("parameters-labels", in: morris).map { $0.contains(">x1<") || $0.contains(">x2<") || $0.contains(">x3<") } == [true, true, true])
    }

    @Test func catallaxReportDrawsTheSameChartsFromSensitivityCsvAlone() throws {
        let copy = try CommandRunner.temporaryFolder().appendingPathComponent("ishigami")
        try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.folder.appendingPathComponent("sensitivity.csv"), to: copy.appendingPathComponent("sensitivity.csv"))
        let result = try CommandRunner.run(["report", copy.path])
        #expect(result.status == 0, "\(result.error)")
        for file in ["figures/sobol-value.svg", "figures/morris-value.svg"] {
            #expect(try Data(contentsOf: copy.appendingPathComponent(file)) == Data(contentsOf: Self.folder.appendingPathComponent(file)), "\(file)")
        }
        let html = try String(contentsOf: copy.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.contains("<h1>ishigami</h1>") && html.contains("the spec&#39;s settings are not recorded"))
    }
}
