import CatallaxNumerics

/// The forecast of one resource's price that a point's wallet policy uses,
/// as a closed set of concrete forecasts, so the kernel calls them without
/// an existential.
///
/// ```
/// ma:    MovingAverageForecast(window: w_f)
/// ewma:  ExponentialForecast(weight: α)
/// ar1:   AutoregressiveForecast(window: w_f, refitInterval: k_f, horizon: h_a)
/// ```
@usableFromInline
enum ResourcePriceForecast<V: LaneVector> {
    case movingAverage(MovingAverageForecast<V>)
    case exponential(ExponentialForecast<V>)
    case autoregressive(AutoregressiveForecast<V>)

    /// The forecast of `p.policy` (which must forecast), allocated once.
    @usableFromInline
    init(for p: ResourceEconomyParameters) {
        switch p.policy {
        case .ma: self = .movingAverage(MovingAverageForecast(window: p.window, basePrice: p.basePrice))
        case .ewma: self = .exponential(ExponentialForecast(weight: p.ewmaWeight, basePrice: p.basePrice))
        case .ar1:
            self = .autoregressive(
                AutoregressiveForecast(window: p.window, refitInterval: p.refit, horizon: p.aheadSteps, basePrice: p.basePrice))
        case .needed, .oracle: preconditionFailure("policy \(p.policy.rawValue) has no price forecast")
        }
    }

    /// Whether this forecast is the one `p` asks for, with the same settings.
    @usableFromInline
    func fits(_ p: ResourceEconomyParameters) -> Bool {
        switch self {
        case .movingAverage(let f): p.policy == .ma && f.window == p.window
        case .exponential(let f): p.policy == .ewma && f.weight == p.ewmaWeight
        case .autoregressive(let f):
            p.policy == .ar1 && f.window == p.window && f.refitInterval == p.refit && f.horizon == p.aheadSteps
        }
    }

    /// Starts over at `F(0) = p̄`.
    @inlinable
    func reset(basePrice: Double) {
        switch self {
        case .movingAverage(let f): f.reset(basePrice: basePrice)
        case .exponential(let f): f.reset(basePrice: basePrice)
        case .autoregressive(let f): f.reset(basePrice: basePrice)
        }
    }

    /// Records `P(t)` after step `t`.
    @inlinable
    func record(price: V, step: Int) {
        switch self {
        case .movingAverage(let f): f.record(price: price, step: step)
        case .exponential(let f): f.record(price: price, step: step)
        case .autoregressive(let f): f.record(price: price, step: step)
        }
    }

    /// `F(t)` from `P(0 … t−1)`.
    @inlinable
    func forecast(step: Int) -> V {
        switch self {
        case .movingAverage(let f): f.forecast(step: step)
        case .exponential(let f): f.forecast(step: step)
        case .autoregressive(let f): f.forecast(step: step)
        }
    }

    /// Frees the forecast's state.
    @usableFromInline
    func deallocate() {
        switch self {
        case .movingAverage(let f): f.deallocate()
        case .exponential(let f): f.deallocate()
        case .autoregressive(let f): f.deallocate()
        }
    }
}
