/// Ampleforth's supply rebase (`UFragmentsPolicy.sol`; `docs/Controllers.md`):
/// the supply changes by a lagged share of the price's deviation from
/// target, every holding in proportion.
///
/// ```
/// d = P/P* − 1
/// ΔS/S = 0                            if |d| < θ          (deviation threshold)
///      = clip(d/L, −c, c)             otherwise           (lag L, per-rebase clamp c)
/// ```
/// On a constant market cap `P = M/S` the deviation follows
/// `d' = d·(1 − 1/L)/(1 + d/L)` (`docs/Controllers.md`, "Known answer: a
/// constant market cap"): `S' = S(1 + d/L)`, `P' = P/(1 + d/L)`,
/// `d' = (1 + d)/(1 + d/L) − 1`.
public struct SupplyRebase: Sendable, Equatable {
    /// `P*`.
    public var target: Double
    /// `L ≥ 1`.
    public var lag: Double
    /// `θ ≥ 0`.
    public var threshold: Double
    /// `c > 0`.
    public var clamp: Double

    /// A rebase toward `target`.
    public init(target: Double, lag: Double, threshold: Double = 0, clamp: Double = .infinity) {
        precondition(target > 0 && lag >= 1 && threshold >= 0 && clamp > 0, "a rebase needs P* > 0, L ≥ 1, θ ≥ 0, c > 0")
        self.target = target
        self.lag = lag
        self.threshold = threshold
        self.clamp = clamp
    }

    /// `d = P/P* − 1`.
    @inlinable
    public func deviation(price: Double) -> Double { price / target - 1 }

    /// `ΔS/S` at price `price`: 0 inside the threshold, else `clip(d/L, −c, c)`.
    @inlinable
    public func relativeSupplyChange(price: Double) -> Double {
        let d = deviation(price: price)
        guard abs(d) >= threshold else { return 0 }
        return min(clamp, max(-clamp, d / lag))
    }
}
