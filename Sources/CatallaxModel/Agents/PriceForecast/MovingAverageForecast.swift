import CatallaxNumerics

/// The `ma` forecast: the mean of the last `w` realized prices
/// (docs/ResourceEconomy.md, "Forecasts").
///
/// ```
/// F(t) = (1/n) Σ_{s=t−n}^{t−1} P(s),   n = min(t, w);   F(0) = p̄
/// ```
/// The mean is recomputed from the ring every step, oldest price first (see
/// ``PriceHistory/movingAverage(step:)``), so its bits depend on the last
/// `n` prices only and never drift with the length of the run.
public struct MovingAverageForecast<V: LaneVector>: PriceForecast {
    /// The lane vector: one replicate per lane.
    public typealias Lanes = V

    /// The last `w` prices.
    public let history: PriceHistory<V>

    /// `w`, the number of prices averaged.
    @inlinable
    public var window: Int { history.window }

    /// Allocates the ring of `window` slots and starts at `F(0) = p̄`.
    /// - Parameters:
    ///   - window: `w ≥ 1` (`window`, `w_f`).
    ///   - basePrice: `p̄`.
    public init(window: Int, basePrice: Double) {
        history = PriceHistory(window: window, basePrice: basePrice)
    }

    /// Forgets every price; `F(0) = p̄`.
    /// - Parameter basePrice: `p̄`.
    /// - Complexity: O(w).
    public func reset(basePrice: Double) { history.reset(basePrice: basePrice) }

    /// Frees the ring.
    public func deallocate() { history.deallocate() }

    /// Records `P(t)` in slot `t mod w`.
    /// - Parameters:
    ///   - price: `P(t)` per lane.
    ///   - step: `t`, the steps recorded so far.
    @inlinable
    public func record(price: V, step: Int) { history.record(price: price, step: step) }

    /// `F(t) = (1/n) Σ_{s=t−n}^{t−1} P(s)`, `n = min(t, w)`; `p̄` at `t = 0`.
    /// - Parameter step: `t`, the steps recorded so far.
    /// - Returns: `F(t)` per lane.
    /// - Complexity: O(min(t, w)).
    @inlinable
    public func forecast(step: Int) -> V { history.movingAverage(step: step) }
}
