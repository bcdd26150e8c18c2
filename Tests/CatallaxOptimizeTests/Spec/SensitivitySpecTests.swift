import CatallaxOptimize
import CatallaxSweep
import Foundation
import Testing

/// Sensitivity specs: defaults, and every bad key refused naming the file and the key.
@Suite struct SensitivitySpecTests {
    static let header = """
        name = "sensitivity"
        scenario = "test-function"
        seed = 1
        replicates = 2

        """
    static let space = "\n[[block]]\nfunction = \"sphere\"\n[block.bounds]\nx1 = { from = -1, to = 1 }\n"

    static func read(_ text: String) throws(SpecError) -> SensitivitySpec {
        try SensitivitySpec(spaces: SweepSpec(parsing: text, file: "s.toml", kind: .search(tables: ["sensitivity"])))
    }

    @Test func anAbsentTableMeansEveryDefault() throws {
        let spec = try Self.read(Self.header + Self.space)
        #expect(spec.baseSamples == 1024 && spec.trajectories == 20 && spec.levels == 4 && spec.resamples == 1000 && spec.level == 0.95)
        #expect(spec.metrics.map(\.name) == ["value", "exact"])
        // Per block: (N(k + 2) + r(k + 1)) · replicates.
        #expect(spec.runCount(ofBlock: 0) == (1024 * 3 + 20 * 2) * 2)
    }

    @Test func theShippedFilesLoad() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sweeps")
        let ishigami = try SensitivitySpec.load(contentsOf: folder.appendingPathComponent("sensitivity-ishigami.toml").path)
        #expect(ishigami.baseSamples == 8192 && ishigami.parameters(ofBlock: 0).map(\.key) == ["x1", "x2", "x3"])
        let curve = try SensitivitySpec.load(contentsOf: folder.appendingPathComponent("sensitivity-curve.toml").path)
        #expect(curve.metrics.map(\.name) == ["volatility", "shock_drop", "volume", "fees"])
        #expect(curve.runCount(ofBlock: 0) == (512 * 7 + 20 * 6) * 4)
    }

    static let elevenBounds = "\n[[block]]\nfunction = \"sobol-g\"\ndimension = 8\n[block.bounds]\n"
        + (1...8).map { "x\($0) = { from = 0, to = 1 }\n" }.joined()
        + "a = { from = 0, to = 1 }\nb = { from = 0, to = 1 }\nnoise = { from = 0, to = 0.1 }\n"

    static let cases: [(body: String, keyPath: String)] = [
        ("[sensitivity]\nbase_sample = 1024\n" + space, "sensitivity.base_sample"),
        ("[sensitivity]\nbase_samples = 1000\n" + space, "sensitivity.base_samples"),
        ("[sensitivity]\nbase_samples = 1\n" + space, "sensitivity.base_samples"),
        ("[sensitivity]\ntrajectories = 1\n" + space, "sensitivity.trajectories"),
        ("[sensitivity]\nlevels = 5\n" + space, "sensitivity.levels"),
        ("[sensitivity]\nresamples = 0\n" + space, "sensitivity.resamples"),
        ("[sensitivity]\nlevel = 1\n" + space, "sensitivity.level"),
        ("[sensitivity]\nmetrics = [\"valu\"]\n" + space, "sensitivity.metrics"),
        ("[sensitivity]\nmetrics = []\n" + space, "sensitivity.metrics"),
        ("[sensitivity]\nmetrics = \"value\"\n" + space, "sensitivity.metrics"),
        ("[sensitivity]\n[[block]]\nx1 = 0\n", "block[0].bounds"),
        ("[sensitivity]\n" + elevenBounds, "block[0].bounds"),
        ("sensitivity = 3\n" + space, "sensitivity"),
        ("[optimize]\n" + space, "optimize"),
    ]

    @Test(arguments: cases)
    func badSpecsNameTheKey(body: String, keyPath: String) {
        let error = #expect(throws: SpecError.self) { _ = try Self.read(Self.header + body) }
        #expect(error?.keyPath == keyPath, "\(String(describing: error))")
        #expect(error?.description.contains("s.toml") == true)
    }

    @Test func tooManyParametersSaysTheLimit() {
        let error = #expect(throws: SpecError.self) { _ = try Self.read(Self.header + "[sensitivity]\n" + Self.elevenBounds) }
        #expect(error?.description.contains("at most \(SaltelliDesign.maximumParameterCount)") == true, "\(String(describing: error))")
    }

    @Test func aMetricReportedOnlyAtSomePointsIsRefusedByName() throws {
        let text = """
            name = "s"
            scenario = "curve-volatility"
            seed = 1
            replicates = 2
            [sensitivity]
            metrics = ["shock_drop"]
            [[block]]
            [block.bounds]
            fee = { from = 0, to = 0.01 }

            """
        let error = #expect(throws: SpecError.self) { _ = try Self.read(text) }
        #expect(error?.keyPath == "sensitivity.metrics")
        #expect(error?.description.contains("shock") == true, "\(String(describing: error))")
    }
}
