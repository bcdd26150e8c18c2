@testable import CatallaxSweep
import Testing

@Suite struct SampledDesignTests {
    @Test func randomDesignIsDeterministicGivenTheSeed() {
        var a = SplitMix64(seed: 8), b = SplitMix64(seed: 8), c = SplitMix64(seed: 9)
        let first = SampledDesign.random.unitPoints(count: 10, dimensions: 3, using: &a)
        #expect(first == SampledDesign.random.unitPoints(count: 10, dimensions: 3, using: &b))
        #expect(first != SampledDesign.random.unitPoints(count: 10, dimensions: 3, using: &c))
    }

    @Test func randomDesignDrawsPointByPointInTheUnitCube() {
        var rng = SplitMix64(seed: 8), replay = SplitMix64(seed: 8)
        let points = SampledDesign.random.unitPoints(count: 4, dimensions: 2, using: &rng)
        let draws = (0..<8).map { _ in _unit(using: &replay) }
        #expect(points == [[draws[0], draws[1]], [draws[2], draws[3]], [draws[4], draws[5]], [draws[6], draws[7]]])
        #expect(points.joined().allSatisfy { $0 >= 0 && $0 < 1 })
    }

    @Test func everyDesignGivesTheRequestedShape() {
        for design in SampledDesign.allCases {
            var rng = SplitMix64(seed: 1)
            let points = design.unitPoints(count: 7, dimensions: 5, using: &rng)
            #expect(points.count == 7 && points.allSatisfy { $0.count == 5 }, "\(design)")
        }
    }
}
