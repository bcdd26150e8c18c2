import CatallaxModel
@testable import CatallaxSweep
import Foundation
import Testing
import _CatallaxTestSupport

@Suite struct SweepSpecSampledTests {
    static func body(_ design: String, samples: Int = 16) -> String {
        """
        [[block]]
        curve = "exponential"
        design = "\(design)"
        samples = \(samples)
        [block.bounds]
        k = { from = 1e-6, to = 1e-4, spacing = "geometric" }
        fee = { from = 0, to = 0.01 }
        agents = { from = 100, to = 1000 }
        """
    }

    @Test(arguments: ["random", "latin-hypercube", "sobol"])
    func sampledPointsLieWithinTheirBounds(design: String) throws {
        let spec = try SpecFixture.spec(Self.body(design))
        #expect(spec.points.count == 16)
        #expect(spec.coordinateColumns == ["curve", "agents", "fee", "k"])
        for point in spec.points {
            let k = Double(point.coordinate("k")!)!
            #expect(k >= 1e-6 && k <= 1e-4)
            #expect(point.parameters.curveVolatility!.feeRate >= 0 && point.parameters.curveVolatility!.feeRate <= 0.01)
            #expect((100...1000).contains(point.parameters.curveVolatility!.agents))
        }
    }

    @Test(arguments: ["random", "latin-hypercube"])
    func randomDesignsAreDeterministicGivenTheSeed(design: String) throws {
        let first = try SpecFixture.spec(Self.body(design))
        let again = try SpecFixture.spec(Self.body(design))
        let otherSeed = try SweepSpec(parsing: SpecFixture.header.replacingOccurrences(of: "seed = 7", with: "seed = 8") + Self.body(design),
                                      file: SpecFixture.file)
        #expect(first.points == again.points)
        #expect(first.points.map(\.parameters) != otherSeed.points.map(\.parameters))
    }

    @Test func latinHypercubeStratifiesEachBound() throws {
        let spec = try SpecFixture.spec(Self.body("latin-hypercube", samples: 10))
        // fee is even over [0, 0.01]: one point in each tenth.
        let strata = spec.points.map { Int($0.parameters.curveVolatility!.feeRate / 0.001) }
        #expect(strata.sorted() == Array(0..<10))
        // k is geometric: one point in each tenth of the log range.
        let logStrata = spec.points.map { point -> Int in
            let k = Double(point.coordinate("k")!)!
            return Int((log(k) - log(1e-6)) / (log(1e-4) - log(1e-6)) * 10)
        }
        #expect(logStrata.sorted() == Array(0..<10))
    }

    @Test func sobolStartsAtTheCentreOfTheBounds() throws {
        let spec = try SpecFixture.spec(Self.body("sobol"))
        let first = spec.points[0]
        #expect(first.parameters.curveVolatility!.feeRate == 0.005)
        #expect(abs(Double(first.coordinate("k")!)! - 1e-5) < 1e-18)
        #expect(first.parameters.curveVolatility!.agents == 550)
        #expect(spec.points[1].parameters.curveVolatility!.feeRate == 0.0025)  // dimension 2 of point 2 is ¼
    }

    @Test func blocksDrawUnrelatedStreams() throws {
        let spec = try SpecFixture.spec(Self.body("random") + "\n" + Self.body("random"))
        let fees = spec.points.map(\.parameters.curveVolatility!.feeRate)
        #expect(Array(fees[0..<16]) != Array(fees[16..<32]))
    }

    @Test func sampledBlocksCanBeAnchored() throws {
        let spec = try SpecFixture.spec("""
            [[block]]
            curve = "exponential"
            design = "random"
            samples = 5
            anchor = "unit-price"
            [block.bounds]
            k = { from = 1e-6, to = 1e-4, spacing = "geometric" }
            """)
        for point in spec.points {
            let k = Double(point.coordinate("k")!)!
            #expect(Double(point.coordinate("a")!)! == exp(-k * 100_000))
        }
    }
}
