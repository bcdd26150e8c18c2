import Testing
@testable import CatallaxModel

/// `ElectionOperator`: the two best of parents and children, parents first on ties.
@Suite struct ElectionOperatorTests {
    func elect(_ f: (Double, Double, Double, Double)) -> (UInt64, UInt64) {
        ElectionOperator.elect(parents: (1, 2), parentFitness: (f.0, f.1), children: (3, 4), childFitness: (f.2, f.3))
    }

    @Test func childrenEnterOnlyWhenTheyBeatAParent() {
        #expect(elect((5, 6, 1, 2)) == (1, 2))
        #expect(elect((5, 6, 7, 2)) == (2, 3))
        #expect(elect((5, 6, 7, 8)) == (3, 4))
        #expect(elect((5, 1, 2, 8)) == (1, 4))
    }

    @Test func tiesKeepTheParents() {
        #expect(elect((5, 5, 5, 5)) == (1, 2))
        #expect(elect((4, 5, 5, 5)) == (2, 3))
    }
}
