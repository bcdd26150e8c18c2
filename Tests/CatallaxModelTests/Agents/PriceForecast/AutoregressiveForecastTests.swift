import CatallaxModel
import CatallaxNumerics
import Testing

/// The AR(1) forecast's schedule, horizon and state; the fit itself is in
/// `AutoregressiveForecast+FitTests.swift`.
@Suite struct AutoregressiveForecastTests {
    @Test func handSequenceAveragesTheFittedPathOverTheHorizon() {
        // P(s+1) = ½ + ½·P(s) from P(0) = 3: 3, 2, 1.5, 1.25, 1.125.
        // w = 4: the moving average up to t = 3; at t = 4 the fit over s = 0…2
        // is exactly c = φ = ½, so with h = 2 from P(3) = 1.25:
        // P̂ = 1.125, 1.0625 and F(4) = 1.09375; F(5) keeps the fit, from
        // P(4) = 1.125: P̂ = 1.0625, 1.03125 and F(5) = 1.046875.
        let forecast = AutoregressiveForecast<SIMD2<Double>>(window: 4, refitInterval: 100, horizon: 2, basePrice: 1)
        defer { forecast.deallocate() }
        let f = singleLaneForecasts(forecast, [3, 2, 1.5, 1.25, 1.125])
        let movingAverage: [Double] = [1, 3, 2.5, (3 + 2 + 1.5) / 3]
        #expect(Array(f[0..<4]) == movingAverage)
        #expect(abs(f[4] - 1.09375) <= 1e-14 && abs(f[5] - 1.046875) <= 1e-14)
        #expect(abs(forecast.fit.intercept[0] - 0.5) <= 1e-14 && abs(forecast.fit.slope[0] - 0.5) <= 1e-14)
    }

    @Test func aHorizonOfZeroForecastsOneStepAhead() {
        // h = max(1, 0) = 1: F(4) = c + φ·P(3) = ½ + ½·1.25.
        let forecast = AutoregressiveForecast<SIMD2<Double>>(window: 4, refitInterval: 1, horizon: 0, basePrice: 1)
        defer { forecast.deallocate() }
        #expect(forecast.horizon == 1)
        let f = singleLaneForecasts(forecast, [3, 2, 1.5, 1.25])
        #expect(abs(f[4] - 1.125) <= 1e-14)
    }

    @Test func refitsAtWindowThenEveryKSteps() {
        let forecast = AutoregressiveForecast<SIMD2<Double>>(window: 4, refitInterval: 3, horizon: 1, basePrice: 1)
        defer { forecast.deallocate() }
        #expect((0..<12).filter { forecast.refits(atStep: $0) } == [4, 7, 10])
        // The coefficients change at the refit steps only.
        var rng = SeriesSampler(state: 0x7265_6669)
        let series = rng.autoregressive(count: 12, intercept: 0.4, slope: 0.6, noise: 0.2, start: 1)
        var fits: [SIMD2<Double>] = []
        for t in 0..<12 {
            _ = forecast.forecast(step: t)
            fits.append(SIMD2(forecast.fit.intercept[0], forecast.fit.slope[0]))
            forecast.record(price: SIMD2(repeating: series[t]), step: t)
        }
        let changes = (1..<12).filter { fits[$0] != fits[$0 - 1] }
        #expect(changes == [4, 7, 10])
    }

    @Test func resetForgetsTheFit() {
        let forecast = AutoregressiveForecast<SIMD2<Double>>(window: 4, refitInterval: 1, horizon: 1, basePrice: 1)
        defer { forecast.deallocate() }
        _ = singleLaneForecasts(forecast, [3, 2, 1.5, 1.25, 1.125])
        #expect(forecast.fit.isUsable[0])
        forecast.reset(basePrice: 2)
        #expect(!forecast.fit.isUsable[0] && forecast.fit.slope[0] == 0)
        #expect(singleLaneForecasts(forecast, [4]) == [2, 4])
    }

    @Test func lanesWithDifferentSeriesEqualTheSingleLaneResultBitForBit() {
        #expect(expectLanesIndependent(
            { AutoregressiveForecast<SIMD2<Double>>(window: 10, refitInterval: 3, horizon: 12, basePrice: 1) },
            { AutoregressiveForecast<SIMD4<Double>>(window: 10, refitInterval: 3, horizon: 12, basePrice: 1) },
            { AutoregressiveForecast<SIMD8<Double>>(window: 10, refitInterval: 3, horizon: 12, basePrice: 1) }))
    }
}
