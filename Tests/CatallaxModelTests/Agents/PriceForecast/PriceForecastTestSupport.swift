import CatallaxModel
import CatallaxNumerics
import PropertyBased

/// The forecasts `F(0 … T)` of `forecast` fed the price series `series[lane]`
/// (all of length `T`), as the kernel drives it: forecast step `t`, then
/// record `P(t)`. Lanes past `series.count` repeat series 0. Returns
/// `[step][lane]`.
func forecasts<F: PriceForecast>(_ forecast: F, lanes series: [[Double]]) -> [[Double]] {
    let width = F.Lanes.scalarCount
    let steps = series[0].count
    var out: [[Double]] = []
    for t in 0...steps {
        let f = forecast.forecast(step: t)
        out.append((0..<width).map { f[$0] })
        guard t < steps else { break }
        var price = F.Lanes()
        for lane in 0..<width { price[lane] = series[lane < series.count ? lane : 0][t] }
        forecast.record(price: price, step: t)
    }
    return out
}

/// The forecasts of one series alone: lane 0 of a two-lane run with the
/// series in both lanes.
func singleLaneForecasts<F: PriceForecast>(_ forecast: F, _ series: [Double]) -> [Double] {
    forecasts(forecast, lanes: [series, series]).map { $0[0] }
}

/// A seeded source of test series (PropertyBased's xoshiro256**).
struct SeriesSampler {
    var rng: Xoshiro

    init(state seed: UInt64) { rng = Xoshiro(seed: (seed, 0x7365_7269, 0x6573_0001, 0x0908_0706)) }

    /// Uniform on [−1, 1).
    mutating func signedUnit() -> Double { Double.random(in: -1..<1, using: &rng) }

    /// `P(s+1) = c + φ·P(s) + σ·u_s`, `u_s` uniform on [−1, 1), from `P(0) = start`.
    mutating func autoregressive(count: Int, intercept c: Double, slope φ: Double, noise σ: Double, start: Double)
        -> [Double]
    {
        var p = start, out: [Double] = []
        for _ in 0..<count {
            out.append(p)
            p = c + φ * p + σ * signedUnit()
        }
        return out
    }
}

/// Eight series of 120 prices that exercise every branch of the forecasts:
/// noisy AR(1) paths, a constant price, a trend (φ = 1), an explosive path,
/// a price held at a floor then released, and large and tiny price levels.
func laneTestSeries() -> [[Double]] {
    var rng = SeriesSampler(state: 0x6c61_6e65)
    let count = 120
    let constant = [Double](repeating: 1.5, count: count)
    let trend: [Double] = (0..<count).map { 1 + 0.01 * Double($0) }
    // Held at a floor for 45 steps, then rising for 5, over and over.
    let floor: [Double] = (0..<count).map { (s: Int) -> Double in
        let phase = s % 50
        return phase < 45 ? 0.01 : 0.01 + 0.2 * Double(phase - 44)
    }
    var series: [[Double]] = []
    series.append(rng.autoregressive(count: count, intercept: 0.3, slope: 0.7, noise: 0.1, start: 1))
    series.append(rng.autoregressive(count: count, intercept: 1.2, slope: -0.4, noise: 0.3, start: 2))
    series.append(constant)
    series.append(trend)
    series.append(rng.autoregressive(count: count, intercept: 0, slope: 1.03, noise: 0.01, start: 1))
    series.append(floor)
    series.append(rng.autoregressive(count: count, intercept: 5, slope: 0.95, noise: 2, start: 100))
    series.append(rng.autoregressive(count: count, intercept: 1e-3, slope: 0.5, noise: 1e-4, start: 2e-3))
    return series
}

/// Checks that every series of `laneTestSeries()` gets, in every lane
/// position of every width, the same forecasts bit for bit as alone.
/// `make` builds a fresh forecast of the given lane type.
func expectLanesIndependent<F2: PriceForecast, F4: PriceForecast, F8: PriceForecast>(
    _ make2: () -> F2, _ make4: () -> F4, _ make8: () -> F8
) -> Bool where F2.Lanes == SIMD2<Double>, F4.Lanes == SIMD4<Double>, F8.Lanes == SIMD8<Double> {
    let series = laneTestSeries()
    let alone: [[UInt64]] = series.map { s in
        let f = make2()
        defer { f.deallocate() }
        return singleLaneForecasts(f, s).map(\.bitPattern)
    }
    var identical = true
    func compare(_ run: [[Double]], _ order: [Int]) {
        for (lane, k) in order.enumerated() where run.map({ $0[lane].bitPattern }) != alone[k] {
            identical = false
        }
    }
    // Width 8: all series at once, in two orders.
    for order in [Array(0..<8), Array((0..<8).reversed())] {
        let f = make8()
        compare(forecasts(f, lanes: order.map { series[$0] }), order)
        f.deallocate()
    }
    // Widths 2 and 4: every series in every position, next to the others.
    for start in 0..<8 {
        let order4 = (0..<4).map { (start + 3 * $0) % 8 }
        let f4 = make4()
        compare(forecasts(f4, lanes: order4.map { series[$0] }), order4)
        f4.deallocate()
        let order2 = [start, (start + 5) % 8]
        let f2 = make2()
        compare(forecasts(f2, lanes: order2.map { series[$0] }), order2)
        f2.deallocate()
    }
    return identical
}

/// The moving-average forecasts of one series alone, the yardstick of the
/// AR(1) fallbacks.
func movingAverages(_ series: [Double], window: Int) -> [Double] {
    let ma = MovingAverageForecast<SIMD2<Double>>(window: window, basePrice: 1)
    defer { ma.deallocate() }
    return singleLaneForecasts(ma, series)
}
