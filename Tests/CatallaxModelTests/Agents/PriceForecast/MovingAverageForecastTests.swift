import CatallaxModel
import CatallaxNumerics
import Testing

@Suite struct MovingAverageForecastTests {
    @Test func handSequenceAveragesTheLastMinTWPrices() {
        // w = 3, p̄ = 1, P = 2, 4, 6, 8, 10:
        // F = 1, 2, (2+4)/2, (2+4+6)/3, (4+6+8)/3, (6+8+10)/3.
        let forecast = MovingAverageForecast<SIMD2<Double>>(window: 3, basePrice: 1)
        defer { forecast.deallocate() }
        #expect(singleLaneForecasts(forecast, [2, 4, 6, 8, 10]) == [1, 2, 3, 4, 6, 8])
    }

    @Test func theBitsDoNotDriftOverALongRun() {
        // A recomputed mean depends on the last w prices only: after 10 000
        // steps of noise, the forecast equals that of a fresh forecast fed the
        // last w prices alone, bit for bit (a running sum would not).
        var rng = SeriesSampler(state: 0x6472_6966)
        let series = (0..<10_000).map { _ in 1 + 0.5 * rng.signedUnit() }
        let long = MovingAverageForecast<SIMD2<Double>>(window: 7, basePrice: 1)
        let short = MovingAverageForecast<SIMD2<Double>>(window: 7, basePrice: 1)
        defer { long.deallocate(); short.deallocate() }
        let tail = Array(series.suffix(7))
        #expect(singleLaneForecasts(long, series).last!.bitPattern == singleLaneForecasts(short, tail).last!.bitPattern)
    }

    @Test func resetStartsOverAtTheBasePrice() {
        let forecast = MovingAverageForecast<SIMD2<Double>>(window: 3, basePrice: 1)
        defer { forecast.deallocate() }
        _ = singleLaneForecasts(forecast, [5, 5, 5, 5])
        forecast.reset(basePrice: 2)
        #expect(singleLaneForecasts(forecast, [4, 8]) == [2, 4, 6])
    }

    @Test func lanesWithDifferentSeriesEqualTheSingleLaneResultBitForBit() {
        #expect(expectLanesIndependent(
            { MovingAverageForecast<SIMD2<Double>>(window: 48, basePrice: 1) },
            { MovingAverageForecast<SIMD4<Double>>(window: 48, basePrice: 1) },
            { MovingAverageForecast<SIMD8<Double>>(window: 48, basePrice: 1) }))
    }
}
