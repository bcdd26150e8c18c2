import Testing
@testable import CatallaxOptimize

@Suite struct CMAESParametersTests {
    /// Hand-computed (double precision) from the tutorial's Table 1 for n = 10.
    @Test func testDefaultsForTenDimensionsMatchTheTutorialTable() {
        let p = CMAESParameters(dimensions: 10)
        #expect(p.population == 10)
        #expect(p.parents == 5)
        let weights = [0.45627264690340597, 0.2707530970017852, 0.16223111715866978, 0.08523354710016448, 0.025509591835974777]
        for (w, expected) in zip(p.weights, weights) { #expect(abs(w - expected) < 1e-15) }
        #expect(abs(p.effectiveSelectionMass - 3.1672992814107017) < 1e-13)
        #expect(abs(p.stepSizeLearningRate - 0.28442858794636744) < 1e-15)
        #expect(abs(p.stepSizeDamping - 1.2844285879463675) < 1e-15)
        #expect(abs(p.pathLearningRate - 0.29499038303562225) < 1e-15)
        #expect(abs(p.rankOneLearningRate - 0.015283824524751714) < 1e-15)
        #expect(abs(p.rankMuLearningRate - 0.02015428276120837) < 1e-15)
        #expect(abs(p.expectedNorm - 3.0847265651690123) < 1e-15)
    }

    @Test func testDefaultPopulationIsFourPlusThreeLogN() {
        #expect(CMAESParameters.defaultPopulation(dimensions: 1) == 4)
        #expect(CMAESParameters.defaultPopulation(dimensions: 2) == 6)
        #expect(CMAESParameters.defaultPopulation(dimensions: 4) == 8)
        #expect(CMAESParameters.defaultPopulation(dimensions: 100) == 17)
    }

    @Test func testWeightsArePositiveDecreasingAndSumToOne() {
        for lambda in [2, 7, 13, 160] {
            let p = CMAESParameters(dimensions: 5, population: lambda)
            #expect(p.parents == lambda / 2)
            #expect(abs(p.weights.reduce(0, +) - 1) < 1e-14)
            #expect(zip(p.weights, p.weights.dropFirst()).allSatisfy { $0 >= $1 && $1 > 0 })
            #expect(p.effectiveSelectionMass >= 1 && p.effectiveSelectionMass <= Double(p.parents) + 1e-12)
        }
    }
}
