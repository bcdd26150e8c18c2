import CatallaxModel
import Foundation
import Testing

@Suite struct PriceMetricsTests {
    @Test func volatilityOfConstantGrowthIsZero() {
        #expect(PriceMetrics.volatility(of: [1, 2, 4, 8, 16]) == 0)
    }

    @Test func volatilityOfAlternatingPathIsKnown() {
        // Returns 1, −1, 1: mean 1/3, Σ(r − r̄)² = 8/3, over n − 1 = 2 → √(4/3).
        let path = [1, M_E, 1, M_E]
        #expect(abs(PriceMetrics.volatility(of: path) - (4.0 / 3).squareRoot()) < 1e-15)
    }

    @Test func maxDrawdownIsTheLargestFallFromARunningPeak() {
        #expect(PriceMetrics.maxDrawdown(of: [1, 2, 1, 3, 1.5]) == 0.5)
        #expect(PriceMetrics.maxDrawdown(of: [1, 2, 0.5, 3, 2.5]) == 0.75)
        #expect(PriceMetrics.maxDrawdown(of: [1, 2, 3]) == 0)
    }

    @Test func logReturnIsLastOverFirst() {
        #expect(abs(PriceMetrics.logReturn(of: [2, 5, 1, 8]) - log(4)) < 1e-15)
    }

    @Test func giniOfEqualWealthIsZero() {
        #expect(PriceMetrics.gini(of: [3, 3, 3, 3]) == 0)
    }

    @Test func giniWhenOneHoldsAllIsNMinusOneOverN() {
        #expect(PriceMetrics.gini(of: [0, 5, 0, 0]) == 0.75)
    }

    @Test func giniOfOneTwoThreeFourIsAQuarter() {
        // Σ(2i − 5)·W_(i) = −3 − 2 + 3 + 12 = 10, over 4·10.
        #expect(PriceMetrics.gini(of: [4, 1, 3, 2]) == 0.25)
    }

    @Test func shockResponseFindsFirstRecovery() {
        let path: [Double] = [1, 1, 2, 1, 1.5, 1.95, 1.9, 2.1]
        let response = PriceMetrics.shockResponse(of: path, shockStep: 2)
        #expect(response.drop == 0.5)
        #expect(response.recoverySteps == 3)
        #expect(!response.censored)
    }

    @Test func shockResponseIsCensoredWithoutRecovery() {
        let response = PriceMetrics.shockResponse(of: [1, 2, 1, 1.2, 1.5], shockStep: 1)
        #expect(response.recoverySteps == 3)
        #expect(response.censored)
    }
}
