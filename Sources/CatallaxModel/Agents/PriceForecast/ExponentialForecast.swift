import CatallaxNumerics

/// The `ewma` forecast: an exponentially weighted moving average of the
/// realized prices (docs/ResourceEconomy.md, "Forecasts").
///
/// ```
/// F(t) = F(t−1) + α·(P(t−1) − F(t−1)),   F(0) = p̄,   α ∈ (0, 1]
///      = (1 − α)ᵗ·p̄ + α Σ_{s<t} (1 − α)^{t−1−s} P(s)
/// ```
/// The update is evaluated as written (a subtraction, a multiplication and
/// an addition, no fused multiply-add), once per recorded price. The state
/// is one lane vector, `F`, kept in a buffer so copies share it.
public struct ExponentialForecast<V: LaneVector>: PriceForecast {
    /// The lane vector: one replicate per lane.
    public typealias Lanes = V

    /// `α`, the weight of the newest price.
    public let weight: Double
    /// `F(t)` for the next step `t`, per lane.
    @usableFromInline let _value: UnsafeMutablePointer<V>
    /// The steps recorded since the last reset.
    @usableFromInline let _recordedSteps: UnsafeMutablePointer<Int>

    /// Allocates the state and starts at `F(0) = p̄`.
    /// - Parameters:
    ///   - weight: `α ∈ (0, 1]` (`ewma_alpha`).
    ///   - basePrice: `p̄`.
    public init(weight: Double, basePrice: Double) {
        precondition(weight > 0 && weight <= 1, "the EWMA weight must be in (0, 1]")
        self.weight = weight
        _value = .allocate(capacity: 1)
        _value.initialize(to: V(repeating: basePrice))
        _recordedSteps = .allocate(capacity: 1)
        _recordedSteps.initialize(to: 0)
    }

    /// Starts over at `F(0) = p̄`.
    /// - Parameter basePrice: `p̄`.
    public func reset(basePrice: Double) {
        _value.pointee = V(repeating: basePrice)
        _recordedSteps.pointee = 0
    }

    /// Frees the state.
    public func deallocate() {
        _value.deallocate()
        _recordedSteps.deallocate()
    }

    /// Moves the forecast towards `P(t)`: `F(t+1) = F(t) + α·(P(t) − F(t))`.
    /// - Parameters:
    ///   - price: `P(t)` per lane.
    ///   - step: `t`, the steps recorded so far.
    @inlinable
    public func record(price: V, step: Int) {
        precondition(step == _recordedSteps.pointee, "prices must be recorded for steps 0, 1, 2, … in order")
        let f = _value.pointee
        _value.pointee = f + weight * (price - f)
        _recordedSteps.pointee += 1
    }

    /// `F(t)` per lane; `p̄` at `t = 0`.
    /// - Parameter step: `t`, the steps recorded so far.
    @inlinable
    public func forecast(step: Int) -> V {
        precondition(step == _recordedSteps.pointee, "the forecast of step t reads the prices of steps 0 … t−1")
        return _value.pointee
    }
}
