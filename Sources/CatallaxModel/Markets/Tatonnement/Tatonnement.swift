/// Walrasian price adjustment (tâtonnement): the price moves in the
/// direction of excess demand, by a rate times a response `g`.
///
/// ```
/// ΔP = λ·g(D − O, S),   P_{t+1} = P_t + ΔP
/// ```
///
/// `λ > 0` is the adjustment rate (currency per unit of `g`), `g` a
/// ``PriceAdjustment``. For a linear market `D = a − bP`, `O = c + dP` with
/// linear `g` the map is `P' = P + λ(a − c − (b + d)P)`, whose fixed point is
/// `P* = (a − c)/(b + d)` and whose error shrinks by `1 − λ(b + d)` per step:
/// it converges if and only if `0 < λ(b + d) < 2`.
///
/// The update is one fused multiply-add per step (a `tanh` for the
/// saturated response), with scalar and lane forms; the lane form is
/// branch-free, so `W` replicates with different prices and excess demands
/// step together.
///
/// See `docs/Tatonnement.md`; P. A. Samuelson, *Foundations of Economic
/// Analysis* (1947), ch. 9, for the stability condition.
public struct Tatonnement: Hashable, Sendable {
    /// `λ > 0`, the adjustment rate.
    public let rate: Double
    /// `g`, the response to excess demand.
    public let adjustment: PriceAdjustment

    /// Creates the adjustment `ΔP = rate·adjustment(D − O, S)`.
    ///
    /// - Parameters:
    ///   - rate: `λ`, finite and `> 0`.
    ///   - adjustment: `g`; a saturated scale must be finite and `> 0`.
    /// - Throws: `MarketError.invalidParameter` otherwise.
    public init(rate: Double, adjustment: PriceAdjustment = .linear) throws(MarketError) {
        try MarketError.check(rate.isFinite && rate > 0, "Tatonnement", "rate", rate, "a finite number > 0")
        if case let .saturated(scale) = adjustment {
            try MarketError.check(
                scale.isFinite && scale > 0, "Tatonnement", "adjustment.scale", scale, "a finite number > 0")
        }
        self.rate = rate
        self.adjustment = adjustment
    }

    /// The price change for an excess demand.
    ///
    /// ```
    /// ΔP = λ·g(z, S)
    /// ```
    /// - Parameters:
    ///   - excessDemand: `z = D − O`.
    ///   - supply: `S > 0` (read by the relative response only).
    /// - Returns: Currency per unit.
    @inlinable
    public func priceChange(excessDemand: Double, supply: Double) -> Double {
        rate * adjustment.response(toExcessDemand: excessDemand, supply: supply)
    }

    /// The price after one adjustment.
    ///
    /// ```
    /// P' = P + λ·g(z, S)       (one rounding for the linear response)
    /// ```
    /// Prices are not floored: a large `λ` can make `P'` negative, which a
    /// scenario should treat as a failed run or clamp.
    ///
    /// - Parameters:
    ///   - price: `P`.
    ///   - excessDemand: `z = D(P) − O(P)`.
    ///   - supply: `S > 0` (relative response only).
    /// - Returns: `P'`.
    @inlinable
    public func nextPrice(after price: Double, excessDemand: Double, supply: Double) -> Double {
        price.addingProduct(rate, adjustment.response(toExcessDemand: excessDemand, supply: supply))
    }

    /// Adjusts a price on a market until the excess demand is within
    /// tolerance or the step budget is spent.
    ///
    /// ```
    /// repeat: z = D(P) − O(P);  stop if |z| ≤ tolerance;  P ← P + λ·g(z, O(P))
    /// ```
    /// The relative response normalizes by `S = O(P)`, the quantity supplied
    /// at the current price.
    ///
    /// - Parameters:
    ///   - market: The demand and supply.
    ///   - price: The starting price `P₀`.
    ///   - maximumSteps: The step budget, `≥ 0`.
    ///   - tolerance: The excess demand counted as cleared, `≥ 0`.
    /// - Returns: The last price, its excess demand, the steps taken and
    ///   whether it converged (stops at the first non-finite price).
    /// - Complexity: O(maximumSteps) schedule evaluations.
    public func adjust<D: PriceSchedule, S: PriceSchedule>(
        _ market: WalrasianMarket<D, S>, from price: Double, maximumSteps: Int, tolerance: Double
    ) -> TatonnementOutcome {
        var p = price
        var steps = 0
        while true {
            let supplied = market.supply.quantity(atPrice: p)
            let z = market.demand.quantity(atPrice: p) - supplied
            if abs(z) <= tolerance {
                return TatonnementOutcome(price: p, excessDemand: z, steps: steps, converged: true)
            }
            if steps == maximumSteps || !z.isFinite {
                return TatonnementOutcome(price: p, excessDemand: z, steps: steps, converged: false)
            }
            p = nextPrice(after: p, excessDemand: z, supply: supplied)
            steps += 1
        }
    }
}

/// Where a ``Tatonnement`` run stopped.
///
/// ```
/// converged ⇔ |excessDemand| ≤ tolerance
/// ```
public struct TatonnementOutcome: Hashable, Sendable {
    /// The last price.
    public var price: Double
    /// `D − O` at that price.
    public var excessDemand: Double
    /// Price updates made.
    public var steps: Int
    /// Whether the excess demand came within tolerance.
    public var converged: Bool
}
