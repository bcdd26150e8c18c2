import Testing
@testable import CatallaxOptimize

@Suite struct SearchSpaceTests {
    let space = SearchSpace([
        SearchParameter("steepness", lower: 0.5, upper: 4),
        SearchParameter("fee", lower: 1e-4, upper: 1e-1, scale: .log),
        SearchParameter("agents", lower: 10, upper: 14, scale: .integer),
    ])

    @Test func testEndsAndCentreMapOntoTheRanges() {
        #expect(space.values(atFractions: [0, 0, 0]) == [0.5, 1e-4, 10])
        #expect(space.values(atFractions: [1, 1, 1]) == [4, 1e-1, 14])
        let centre = space.values(atFractions: space.centre)
        #expect(centre[0] == 2.25)
        #expect(abs(centre[1] - 10.0.squareRoot() * 1e-3) < 1e-15)
        #expect(centre[2] == 12)
    }

    @Test func testFractionsInvertValues() {
        for k in 0...20 {
            let u = Double(k) / 20
            let v = space.values(atFractions: [u, u, 0.5])
            let back = space.fractions(ofValues: v)
            #expect(abs(back[0] - u) < 1e-14 && abs(back[1] - u) < 1e-12)
        }
    }

    @Test func testIntegersGetEqualCells() {
        let agents = space.parameters[2]
        // Five integers, cells of width 1/5; the middle of a cell maps back to it.
        var counts: [Double: Int] = [:]
        for k in 0..<1000 { counts[agents.value(atFraction: (Double(k) + 0.5) / 1000), default: 0] += 1 }
        #expect(counts == [10: 200, 11: 200, 12: 200, 13: 200, 14: 200])
        for v in 10...14 { #expect(agents.value(atFraction: agents.fraction(ofValue: Double(v))) == Double(v)) }
    }

    @Test func testLogScaleGivesEqualRatiosPerStep() {
        let fee = space.parameters[1]
        let ratios = (0..<3).map { fee.value(atFraction: Double($0 + 1) / 3) / fee.value(atFraction: Double($0) / 3) }
        for r in ratios { #expect(abs(r - 10) < 1e-12) }
    }
}
