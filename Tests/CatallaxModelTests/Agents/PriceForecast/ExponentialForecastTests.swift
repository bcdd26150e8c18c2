import CatallaxModel
import CatallaxNumerics
import Foundation
import Testing

@Suite struct ExponentialForecastTests {
    @Test func handSequenceFollowsTheRecursion() {
        // α = ½, p̄ = 1, P = 3, 5, 1: F = 1, 2, 3.5, 2.25 (exact in binary).
        let forecast = ExponentialForecast<SIMD2<Double>>(weight: 0.5, basePrice: 1)
        defer { forecast.deallocate() }
        #expect(singleLaneForecasts(forecast, [3, 5, 1]) == [1, 2, 3.5, 2.25])
    }

    @Test func weightOneForecastsTheLastPriceToRounding() {
        // F + 1·(P − F) is P up to the rounding of P − F and of the sum.
        let prices = [0.3, 7, 0.01]
        let forecast = ExponentialForecast<SIMD4<Double>>(weight: 1, basePrice: 1)
        defer { forecast.deallocate() }
        let f = singleLaneForecasts(forecast, prices)
        for t in prices.indices {
            #expect(abs(f[t + 1] - prices[t]) <= 2 * Double.ulpOfOne * max(abs(prices[t]), abs(f[t])))
        }
    }

    @Test func matchesTheClosedFormOfTheWeightedSum() {
        // F(t) = (1 − α)ᵗ p̄ + α Σ_{s<t} (1 − α)^{t−1−s} P(s), to rounding.
        var rng = SeriesSampler(state: 0x6577_6d61)
        let series = (0..<200).map { _ in 1 + rng.signedUnit() }
        let alpha = 0.1
        let forecast = ExponentialForecast<SIMD2<Double>>(weight: alpha, basePrice: 1)
        defer { forecast.deallocate() }
        let f = singleLaneForecasts(forecast, series)
        for t in [0, 1, 10, 200] {
            var closed = pow(1 - alpha, Double(t))
            for s in 0..<t { closed += alpha * pow(1 - alpha, Double(t - 1 - s)) * series[s] }
            #expect(abs(f[t] - closed) <= 1e-13)
        }
    }

    @Test func resetStartsOverAtTheBasePrice() {
        let forecast = ExponentialForecast<SIMD2<Double>>(weight: 0.5, basePrice: 1)
        defer { forecast.deallocate() }
        _ = singleLaneForecasts(forecast, [9, 9])
        forecast.reset(basePrice: 3)
        #expect(singleLaneForecasts(forecast, [5]) == [3, 4])
    }

    @Test func lanesWithDifferentSeriesEqualTheSingleLaneResultBitForBit() {
        #expect(expectLanesIndependent(
            { ExponentialForecast<SIMD2<Double>>(weight: 0.1, basePrice: 1) },
            { ExponentialForecast<SIMD4<Double>>(weight: 0.1, basePrice: 1) },
            { ExponentialForecast<SIMD8<Double>>(weight: 0.1, basePrice: 1) }))
    }
}
