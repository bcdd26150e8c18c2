import CatallaxModel
@testable import CatallaxSweep
import Foundation
import Testing
import _CatallaxTestSupport

/// A spec's points kept as their blocks' designs: every way of reading a
/// point gives what building it whole gives.
@Suite struct SweepPointsTests {
    /// The shipped quick sweeps: grids, sampled designs, anchors, zipped axes and several scenarios.
    static let files = ["curve-volatility-quick.toml", "curve-precision-quick.toml", "market-mechanisms-quick.toml",
                        "market-call-auction-quick.toml", "market-tatonnement-quick.toml", "zero-intelligence-quick.toml", "multi-asset-quick.toml",
                        "test-function-quick.toml"]

    static func spec(_ name: String) throws -> SweepSpec {
        try SweepSpec.load(contentsOf: SpecFixture.packageRoot.appendingPathComponent("Sweeps/\(name)").path)
    }

    @Test(arguments: files) func parametersAloneAreThoseOfTheWholePoint(file: String) throws {
        let points = try Self.spec(file).points
        for index in points.indices { #expect(points.parameters[index] == points[index].parameters) }
    }

    @Test(arguments: files) func spelledCoordinatesAreThoseOfTheWholePoint(file: String) throws {
        let spec = try Self.spec(file)
        #expect(spec.coordinates.count == spec.points.count)
        for index in spec.points.indices { #expect(spec.coordinates[index] == spec.points[index].coordinates.map(\.value)) }
    }

    @Test(arguments: files) func familyIsTheBuiltPointsFamily(file: String) throws {
        let points = try Self.spec(file).points
        for index in points.indices { #expect(points.family(at: index)?.word == points[index].parameters.family?.word) }
    }

    @Test(arguments: ["random", "latin-hypercube", "sobol"])
    func readingAPointTwiceGivesTheSamePoint(design: String) throws {
        let spec = try SpecFixture.spec(SweepSpecSampledTests.body(design, samples: 50))
        #expect(spec.points.count == 50)
        #expect(Array(spec.points) == Array(spec.points))
        #expect(spec.points.parameters.listed.map(\.agentSteps) == spec.points.map(\.parameters.agentSteps))
    }
}
