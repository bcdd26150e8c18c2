/// A schedule made of limit orders: quantity jumps at each order's limit.
///
/// ```
/// demand: D(p) = Σ { qᵢ : limitᵢ ≥ p }     (buyers still willing at p)
/// supply: O(p) = Σ { qᵢ : limitᵢ ≤ p }     (sellers willing at p)
/// ```
///
/// Prices are in ticks (`p = Double(tick)` for ``quantity(atPrice:)``).
/// A step schedule has no exact root: the excess demand jumps across zero,
/// or is zero on a whole interval, so a root finder would stop at an
/// arbitrary point of the jump. ``WalrasianMarket/clearingAuction(referenceTick:)``
/// settles such markets by the call-auction rules instead: maximal volume,
/// then minimal surplus, market pressure, reference price.
public struct StepSchedule: PriceSchedule, Hashable {
    /// One limit order of the schedule.
    public struct Step: Hashable, Sendable {
        /// The limit in ticks, `≥ 0`.
        public var tick: Int
        /// Units, `> 0`.
        public var quantity: Int

        /// Creates a step.
        ///
        /// - Parameters:
        ///   - tick: The limit in ticks.
        ///   - quantity: Units.
        public init(tick: Int, quantity: Int) {
            self.tick = tick
            self.quantity = quantity
        }
    }

    /// Buy steps (a demand schedule) or sell steps (a supply schedule).
    public let side: OrderSide
    /// The orders, in time priority.
    public let steps: [Step]

    /// Creates a demand (`.buy`) or supply (`.sell`) schedule.
    ///
    /// - Parameters:
    ///   - side: `.buy` for demand, `.sell` for supply.
    ///   - steps: The limit orders, earlier first.
    /// - Throws: `MarketError.invalidParameter` for a negative tick or a
    ///   quantity `≤ 0`.
    public init(_ side: OrderSide, steps: [Step]) throws(MarketError) {
        for step in steps {
            try MarketError.check(step.tick >= 0, "StepSchedule", "tick", Double(step.tick), "≥ 0")
            try MarketError.check(step.quantity > 0, "StepSchedule", "quantity", Double(step.quantity), "> 0")
        }
        self.side = side
        self.steps = steps
    }

    /// The units executable at a price.
    ///
    /// ```
    /// demand: Σ { qᵢ : limitᵢ ≥ p },   supply: Σ { qᵢ : limitᵢ ≤ p }
    /// ```
    /// - Parameter price: `p` in ticks.
    /// - Returns: Units.
    /// - Complexity: O(steps).
    public func quantity(atPrice price: Double) -> Double {
        var total = 0
        for step in steps {
            let limit = Double(step.tick)
            if side == .buy ? limit >= price : limit <= price { total += step.quantity }
        }
        return Double(total)
    }
}
