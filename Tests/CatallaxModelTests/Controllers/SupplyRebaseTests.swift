import Testing
@testable import CatallaxModel

/// Known answer (a) of `docs/TokenLaunch.md`: a rebase on a constant market
/// cap follows `d' = d·(1 − 1/L)/(1 + d/L)`.
@Suite struct SupplyRebaseTests {
    @Test func theDeviationFollowsTheRecursionOnAConstantMarketCap() {
        let rebase = SupplyRebase(target: 0.8, lag: 10)
        let marketCap = 100_000.0
        var supply = 100_000.0, d = 0.25
        var deviations: [Double] = []
        for _ in 0..<60 {
            let price = marketCap / supply
            let measured = rebase.deviation(price: price)
            // The whole trajectory to rounding, and each rebase's step exactly
            // as the recursion maps the deviation measured before it.
            #expect(abs(measured - d) <= 1e-13)
            if let before = deviations.last {
                #expect(abs(measured - before * (1 - 1 / 10.0) / (1 + before / 10)) <= 1e-15)
            }
            deviations.append(measured)
            supply *= 1 + rebase.relativeSupplyChange(price: price)
            d = d * (1 - 1 / 10.0) / (1 + d / 10)
        }
        #expect(abs(deviations[1] - 0.219_512_195_121_951) < 1e-14)
        #expect(abs(deviations[2] - 0.193_317_422_434_368) < 1e-14)
        #expect(abs(deviations[5] - 0.133_912_838_387_939) < 1e-14)
    }

    @Test func theThresholdStopsTheRebaseAndTheClampBoundsIt() {
        let rebase = SupplyRebase(target: 1, lag: 10, threshold: 0.05, clamp: 0.1)
        #expect(rebase.relativeSupplyChange(price: 1.049) == 0)
        #expect(rebase.relativeSupplyChange(price: 0.951) == 0)
        #expect(abs(rebase.relativeSupplyChange(price: 1.05) - 0.005) < 1e-15)
        #expect(rebase.relativeSupplyChange(price: 3) == 0.1)
        #expect(abs(rebase.relativeSupplyChange(price: 0.01) + 0.099) < 1e-15)
        let clamped = SupplyRebase(target: 1, lag: 2, clamp: 0.1)
        #expect(clamped.relativeSupplyChange(price: 0.5) == -0.1)
    }
}
