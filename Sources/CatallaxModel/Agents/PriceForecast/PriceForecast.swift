import CatallaxNumerics

/// A forecast `F(t)` of one resource's price from its realized past
/// `P(0 … t−1)`, per lane (docs/ResourceEconomy.md, "Forecasts").
///
/// ```
/// step t:  F(t) = forecast(step: t)        (start of the step; uses P(0 … t−1) only)
///          … the step trades at P(t) …
///          record(price: P(t), step: t)    (end of the step)
/// ```
///
/// A kernel keeps one forecast per resource for the whole point: `init`
/// allocates its state once, ``reset(basePrice:)`` starts every batch
/// (`F(0) = p̄`), and ``deallocate()`` frees it at the end. The state lives
/// in buffers the forecast points to, so the methods are non-mutating and a
/// copy of a forecast is the same forecast (deallocate exactly one of them,
/// once). Lanes are independent replicates: no method mixes lanes, so every
/// lane's forecast is bit-identical whatever the lane width or position.
///
/// Conformances: ``MovingAverageForecast`` (`ma`), ``ExponentialForecast``
/// (`ewma`), ``AutoregressiveForecast`` (`ar1`). A kernel can be generic over
/// the conformance and specialized at the batch boundary.
public protocol PriceForecast {
    /// The lane vector: one replicate per lane.
    associatedtype Lanes: LaneVector

    /// Forgets every recorded price and starts over at `F(0) = p̄` in every
    /// lane; no allocation.
    ///
    /// ```
    /// recorded steps ← 0,   F(0) = p̄
    /// ```
    /// - Parameter basePrice: `p̄ > 0`.
    func reset(basePrice: Double)

    /// Records `P(t)`, the price step `t` traded at, after the step.
    ///
    /// Steps are recorded in order without gaps: `step` is the number of
    /// steps recorded since the last reset.
    /// - Parameters:
    ///   - price: `P(t)` per lane.
    ///   - step: `t`.
    func record(price: Lanes, step: Int)

    /// `F(t)` per lane, from the prices recorded for steps `0 … t−1`.
    ///
    /// - Parameter step: `t`, the number of steps recorded since the last
    ///   reset (`0` before any record).
    /// - Returns: `F(t)` per lane.
    func forecast(step: Int) -> Lanes

    /// Frees the state. The forecast, and every copy of it, must not be used
    /// afterwards.
    func deallocate()
}
