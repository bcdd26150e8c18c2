import Testing
@testable import CatallaxOptimize

@Suite struct BoxBoundsTransformationTests {
    /// Coordinate 0 in [−1, 2] (margins a_l = 0.05, a_u = 0.1), coordinate 1 in [0, 1] (0.05, 0.05).
    let box = BoxBounds(lower: [-1, 0], upper: [2, 1])

    /// Reference values from pycma 4.5.0,
    /// `BoxConstraintsLinQuadTransformation([[-1, 2], [0, 1]]).transform(x)`.
    @Test func testPhenotypeMatchesPycma() {
        let cases: [(genotype: [Double], phenotype: [Double])] = [
            ([-3.7, 0.5], [1.6000000000000003, 0.5]),
            ([-1.02, -0.02], [-0.9954999999999999, 0.0045000000000000005]),
            ([1.95, 0.97], [1.9437499999999999, 0.968]),
            ([5.3, 1.3], [-0.9874999999999999, 0.7999999999999999]),
            ([12.0, -2.6], [-0.5999999999999996, 0.29999999999999993]),
            ([-1.06, 0.03], [-0.9994999999999999, 0.032]),
            ([2.4, 1.07], [1.8, 0.998]),
        ]
        for (genotype, expected) in cases {
            let y = box.phenotype(ofGenotype: genotype)
            #expect(abs(y[0] - expected[0]) < 1e-12 && abs(y[1] - expected[1]) < 1e-12, "T(\(genotype)) = \(y)")
        }
    }

    @Test func testPhenotypeIsTheIdentityInsideTheMargins() {
        for x in stride(from: -0.9, through: 1.85, by: 0.05) {
            #expect(box.phenotype(ofGenotype: [x, 0.5]) == [x, 0.5])
        }
    }

    @Test func testEveryGenotypeMapsIntoTheBox() {
        for k in 0..<2001 {
            let x = -50 + 0.05 * Double(k)
            #expect(box.contains(box.phenotype(ofGenotype: [x, x / 7])))
        }
    }

    @Test func testPhenotypeIsContinuousAtEveryPieceBoundary() {
        // The pieces meet at l − a_l, l + a_l, u − a_u, u + a_u and at the period's ends.
        for x in [-1.05, -0.95, 1.9, 2.1, -2.6, 3.7] {
            let left = box.phenotype(ofGenotype: [x.nextDown, 0.5])[0]
            let right = box.phenotype(ofGenotype: [x.nextUp, 0.5])[0]
            #expect(abs(left - right) < 1e-12)
        }
    }

    @Test func testTheVertexOfTheParabolaMapsOntoTheBound() {
        #expect(box.phenotype(ofGenotype: [-1.05, -0.05]) == [-1, 0])
        #expect(box.phenotype(ofGenotype: [2.1, 1.05]) == [2, 1])
    }

    @Test func testGenotypeInvertsPhenotypeOnTheBox() {
        for k in 0...300 {
            let y = [-1 + 3 * Double(k) / 300, Double(k) / 300]
            let back = box.phenotype(ofGenotype: box.genotype(ofPhenotype: y))
            #expect(abs(back[0] - y[0]) < 1e-12 && abs(back[1] - y[1]) < 1e-12)
        }
    }

    @Test func testPhenotypeIsPeriodic() {
        // Period r = 2 (u − l + a_l + a_u) = 2 (3 + 0.15) = 6.3 for coordinate 0.
        for x in [-0.5, 0.3, 1.9, 2.1] {
            let a = box.phenotype(ofGenotype: [x, 0.5])[0]
            let b = box.phenotype(ofGenotype: [x + 6.3 * 3, 0.5])[0]
            #expect(abs(a - b) < 1e-12)
        }
    }
}
