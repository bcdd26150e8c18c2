@testable import CatallaxOptimize
import Testing

/// Spearman's ρ against hand-computed answers.
@Suite struct RankCorrelationTests {
    @Test func aMonotoneRelationOfAnyShapeIsPlusOrMinusOne() {
        let x = [0.1, 0.5, 2, 3, 10]
        #expect(RankCorrelation.spearman(x, x.map { $0 * $0 * $0 }) == 1)
        #expect(RankCorrelation.spearman(x, x.map { -$0.squareRoot() }) == -1)
    }

    /// Ranks (1 2 3 4 5) and (2 1 4 3 5): Σd² = 4, ρ = 1 − 6·4/(5·24) = 0.8.
    @Test func oneSwapInEachHalfGivesFourFifths() {
        let rho = RankCorrelation.spearman([1, 2, 3, 4, 5], [20, 10, 40, 30, 50])
        #expect(abs(rho - 0.8) < 1e-15)
    }

    /// x ranks (1, 2.5, 2.5, 4), y ranks (1, 2, 3, 4): Pearson of the ranks is 4.5/√(4.5·5) = 3/√10.
    @Test func tiesShareTheirAverageRank() {
        #expect(RankCorrelation.ranks([1, 2, 2, 3]) == [1, 2.5, 2.5, 4])
        #expect(RankCorrelation.ranks([5, 5, 5]) == [2, 2, 2])
        let rho = RankCorrelation.spearman([1, 2, 2, 3], [1, 2, 3, 4])
        #expect(abs(rho - 3 / 10.0.squareRoot()) < 1e-15)
    }

    @Test func fewerThanThreePairsOrAConstantSideIsNaN() {
        #expect(RankCorrelation.spearman([1, 2], [1, 2]).isNaN)
        #expect(RankCorrelation.spearman([1, 1, 1], [1, 2, 3]).isNaN)
    }
}
