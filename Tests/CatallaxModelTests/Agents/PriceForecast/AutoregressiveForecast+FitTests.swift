import CatallaxModel
import CatallaxNumerics
import Testing

/// The AR(1) refit: the coefficients against the normal equations, and the
/// fallbacks to the moving average.
@Suite struct AutoregressiveForecastFitTests {
    @Test func theFitEqualsTheNormalEquationsOnANoisyAR1Series() {
        // A long noisy AR(1) path (c = 0.3, φ = 0.7, mean 1): the fit over the
        // w − 1 = 1000 pairs matches the 2 × 2 normal equations in closed
        // form to 1e-10, and recovers c and φ to the sampling error
        // (sd of φ̂ ≈ √((1 − φ²)/n) ≈ 0.023).
        var rng = SeriesSampler(state: 0x6172_3131)
        let w = 1001
        let series = rng.autoregressive(count: w, intercept: 0.3, slope: 0.7, noise: 0.2, start: 1)
        let forecast = AutoregressiveForecast<SIMD2<Double>>(window: w, refitInterval: 24, horizon: 12, basePrice: 1)
        defer { forecast.deallocate() }
        _ = singleLaneForecasts(forecast, series)
        let x = Array(series[0..<(w - 1)]), y = Array(series[1..<w])
        let n = Double(w - 1)
        let xBar = x.reduce(0, +) / n, yBar = y.reduce(0, +) / n
        let sxx = x.reduce(0) { $0 + ($1 - xBar) * ($1 - xBar) }
        let sxy = zip(x, y).reduce(0) { $0 + ($1.0 - xBar) * ($1.1 - yBar) }
        let slope = sxy / sxx, intercept = yBar - slope * xBar
        let fit = forecast.fit
        #expect(fit.isUsable[0])
        #expect(abs(fit.slope[0] - slope) <= 1e-10 && abs(fit.intercept[0] - intercept) <= 1e-10)
        #expect(abs(fit.slope[0] - 0.7) <= 0.1 && abs(fit.intercept[0] - 0.3) <= 0.1)
        // And the forecast is the mean of the fitted path from P(w − 1).
        var path = series[w - 1], sum = 0.0
        for _ in 0..<12 {
            path = fit.intercept[0] + fit.slope[0] * path
            sum += path
        }
        #expect(forecast.forecast(step: w)[0] == sum / 12)
    }

    @Test func aConstantPriceFallsBackToTheMovingAverage() {
        let series = [Double](repeating: 2.5, count: 20)
        let forecast = AutoregressiveForecast<SIMD2<Double>>(window: 5, refitInterval: 2, horizon: 12, basePrice: 1)
        defer { forecast.deallocate() }
        let f = singleLaneForecasts(forecast, series)
        #expect(!forecast.fit.isUsable[0])
        #expect(f.map(\.bitPattern) == movingAverages(series, window: 5).map(\.bitPattern))
    }

    @Test func aUnitOrExplosiveSlopeFallsBackToTheMovingAverage() {
        // A trend fits φ = 1 and a geometric path φ = 1.05: both |φ| ≥ 0.999.
        let trend = (0..<20).map { 1 + 0.1 * Double($0) }
        var p = 1.0
        let explosive = (0..<20).map { _ in defer { p *= 1.05 }; return p }
        for series in [trend, explosive] {
            let forecast = AutoregressiveForecast<SIMD2<Double>>(window: 6, refitInterval: 1, horizon: 12, basePrice: 1)
            defer { forecast.deallocate() }
            let f = singleLaneForecasts(forecast, series)
            #expect(!forecast.fit.isUsable[0] && abs(forecast.fit.slope[0]) >= 0.999)
            #expect(f.map(\.bitPattern) == movingAverages(series, window: 6).map(\.bitPattern))
        }
    }

    @Test func aPriceReleasedFromAFloorFallsBackToTheMovingAverage() {
        // The regressors P(0…w−2) are constant but P(w−1) is not: the window's
        // sd is large while the design [1, P(s)] is rank-deficient, and dgels
        // either says so or returns a φ of rounding noise, far past 0.999.
        for (floor, released) in [(0.01, 0.5), (1, 2), (0.3, 0.31), (1.5, 1.5000001), (0.01, 0.21)] {
            for w in [6, 10, 48] {
                let series = [Double](repeating: floor, count: w - 1) + [released]
                let forecast = AutoregressiveForecast<SIMD2<Double>>(
                    window: w, refitInterval: 1, horizon: 12, basePrice: 1)
                defer { forecast.deallocate() }
                let f = singleLaneForecasts(forecast, series)
                #expect(!forecast.fit.isUsable[0], "floor \(floor), released \(released), w \(w)")
                #expect(f[w].bitPattern == movingAverages(series, window: w)[w].bitPattern)
            }
        }
    }

    @Test func anUnusableRefitReplacesAUsableFit() {
        // w = 4, k = 4: the fit at t = 4 is exact (c = φ = ½); the window of the
        // refit at t = 8 is constant, so from t = 8 the moving average rules.
        let series = [3, 2, 1.5, 1.25, 1, 1, 1, 1]
        let forecast = AutoregressiveForecast<SIMD2<Double>>(window: 4, refitInterval: 4, horizon: 1, basePrice: 1)
        defer { forecast.deallocate() }
        let f = singleLaneForecasts(forecast, series)
        #expect(abs(f[7] - 1) <= 1e-14)  // the t = 4 fit applied to P(6) = 1 (the moving average is 1.0625)
        #expect(f[8] == 1 && !forecast.fit.isUsable[0])
    }
}
