import CatallaxModel
@testable import CatallaxSweep
import Foundation
import Testing
import _CatallaxTestSupport

/// The sweep files shipped in `Sweeps/`.
@Suite struct SweepFilesTests {
    static func path(_ name: String) -> String {
        SpecFixture.packageRoot.appendingPathComponent("Sweeps/\(name)").path
    }

    static func header(_ name: String) throws -> _SpecHeader {
        try _SpecHeader(decoding: TOMLParser.parse(String(contentsOfFile: path(name), encoding: .utf8)), file: name)
    }

    static func steepness(_ point: SweepPoint) -> Double {
        let key = point.parameters.curveVolatility!.curve.family == .linear ? "m" : point.parameters.curveVolatility!.curve.family == .power ? "n" : "k"
        return Double(point.coordinate(key)!)!
    }

    /// The four families of the headline sweep (the issue-17 families are
    /// in `curve-shapes.toml`).
    static let headlineFamilies: [CurveFamily] = [.linear, .exponential, .sigmoid, .power]

    /// The steepness values of one block, from its decoded axes.
    static func steepnessAxis(_ block: _SpecBlock) -> [Double] {
        block.axes.first { ["m", "k", "n"].contains($0.key) }!.values.map { value -> Double in
            guard case .number(let x) = value else { return .nan }
            return x
        }
    }

    @Test func headlineBlocksAreFourFamiliesOfSixteenSteepnessesTimesFourFees() throws {
        let header = try Self.header("curve-volatility.toml")
        #expect(header.replicates == 64)
        #expect(header.objective .name == CurveVolatilityMetric.volatility.rawValue && header.objectiveOrder == .ascending)
        let families = header.blocks.map { $0.fixed.first { $0.key == "curve" }?.value }
        #expect(families == Self.headlineFamilies.map { .word($0.rawValue) })
        let ends: [(Double, Double)] = [(1e-6, 1e-5), (1e-6, 1e-4), (2e-6, 2e-4), (1, 4)]
        for (block, (from, to)) in zip(header.blocks, ends) {
            #expect(block.pointCount == 64)
            #expect(block.anchor == _Anchor(price: 1, keyPath: "\(block.path).anchor"))
            #expect(block.axes.map(\.key).last == "fee")
            #expect(block.axes.last?.values == [.number(0), .number(0.001), .number(0.003), .number(0.01)])
            let steepness = Self.steepnessAxis(block)
            #expect(steepness.count == 16 && steepness.first == from && steepness.last == to, "\(block.path)")
        }
        // Power's n is even, the others geometric.
        let n = Self.steepnessAxis(header.blocks[3])
        let even: [Double] = (0..<16).map { (i: Int) -> Double in 1.0 + 3.0 * Double(i) / 15.0 }
        #expect(n == even)
        let k = Self.steepnessAxis(header.blocks[1])
        #expect((1..<16).allSatisfy { (i: Int) -> Bool in abs(k[i] / k[i - 1] - pow(100, 1.0 / 15)) < 1e-12 })
    }

    @Test func headlineSweepHas256AnchoredPoints() throws {
        do {
            let spec = try SweepSpec.load(contentsOf: Self.path("curve-volatility.toml"))
            #expect(spec.points.count == 256)
            #expect(spec.runCount == 16_384)
            #expect(spec.coordinateColumns == ["curve", "m", "fee", "b", "k", "a", "K", "s0", "n"])
            let agentSteps = spec.points.reduce(0) { $0 + $1.parameters.agentSteps } * Double(spec.replicates)
            #expect(agentSteps == 1.6384e10)
            for (b, family) in Self.headlineFamilies.enumerated() {
                let points = spec.points.filter { $0.block == b }
                #expect(points.count == 64 && points.allSatisfy { $0.parameters.curveVolatility!.curve.family == family })
                // Steepness slowest, fee fastest.
                #expect(points.prefix(4).map(\.parameters.curveVolatility!.feeRate) == [0, 0.001, 0.003, 0.01])
                #expect(Set(points.prefix(4).map(Self.steepness)).count == 1)
                #expect(Set(points.map(Self.steepness)).count == 16)
            }
        }
    }

    @Test(arguments: ["curve-volatility.toml", "curve-volatility-quick.toml"])
    func everyPointPricesOneAtTheInitialSupply(file: String) throws {
        do {
            let spec = try SweepSpec.load(contentsOf: Self.path(file))
            for point in spec.points {
                let price = point.parameters.curveVolatility!.curve.price(atSupply: point.parameters.curveVolatility!.initialSupply)
                #expect(abs(price - 1) < 1e-12, "point \(point.index)")
            }
        }
    }

    @Test func quickSweepIsTheHeadlineDesignAtASmallSize() throws {
        let quick = try Self.header("curve-volatility-quick.toml")
        let headline = try Self.header("curve-volatility.toml")
        #expect(quick.replicates == 16)
        #expect(quick.fixed.map(\.key) == ["agents", "steps"])
        #expect(quick.fixed.map(\.value) == [.number(200), .number(200)])
        #expect(quick.blocks.map(\.pointCount) == [16, 16, 16, 16])
        for (small, full) in zip(quick.blocks, headline.blocks) {
            let q = Self.steepnessAxis(small), h = Self.steepnessAxis(full)
            #expect(q.count == 4 && q.first == h.first && q.last == h.last)
            #expect(small.anchor == full.anchor && small.axes.last == full.axes.last)
            #expect(small.fixed == full.fixed)
        }
        // 64 points × 16 replicates × 200 agents × 200 steps = 4.1e7
        // agent-steps: a fraction of a second at ~3e8 per second per core.
        #expect(64 * quick.replicates * 200 * 200 == 40_960_000)
    }

    @Test func loadReadsTheFileAndRecordsItsPath() throws {
        let path = Self.path("curve-volatility-quick.toml")
        do {
            let spec = try SweepSpec.load(contentsOf: path)
            #expect(spec.file == path)
            #expect(spec.name == "curve-volatility-quick")
        }
    }

    @Test func quickSweepLoadsSixtyFourPoints() throws {
        do {
            let spec = try SweepSpec.load(contentsOf: Self.path("curve-volatility-quick.toml"))
            #expect(spec.points.count == 64)
            #expect(spec.points.allSatisfy { $0.parameters.curveVolatility!.agents == 200 && $0.parameters.curveVolatility!.steps == 200 })
        }
    }

    /// Every sweep file in `Sweeps/` (not the searches, `optimize-*.toml` and `sensitivity-*.toml`, read by
    /// `catallax optimize` and `catallax sensitivity`).
    static var allFiles: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: SpecFixture.packageRoot.appendingPathComponent("Sweeps").path)) ?? []
        return names.filter { $0.hasSuffix(".toml") && !$0.hasPrefix("optimize-") && !$0.hasPrefix("sensitivity-") }.sorted()
    }

    @Test func everySweepFileLoadsAndHasAQuickVariantOfTheSameScenario() throws {
        let files = Self.allFiles
        #expect(files.count >= 4)
        for name in files where !name.hasSuffix("-quick.toml") {
            let full = try SweepSpec.load(contentsOf: Self.path(name))
            let quickName = name.replacingOccurrences(of: ".toml", with: "-quick.toml")
            #expect(files.contains(quickName), "\(name) has no quick variant")
            guard files.contains(quickName) else { continue }
            let quick = try SweepSpec.load(contentsOf: Self.path(quickName))
            #expect(quick.scenario == full.scenario && quick.objective == full.objective, "\(quickName)")
            #expect(quick.runCount < full.runCount, "\(quickName) is not smaller than \(name)")
            #expect(quick.coordinateColumns == full.coordinateColumns, "\(quickName) varies other keys than \(name)")
        }
    }
}
