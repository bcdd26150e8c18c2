/// A market cleared at the price where aggregate demand meets aggregate
/// supply (Walrasian clearing).
///
/// ```
/// Z(p) = D(p) − O(p)                 excess demand
/// p*:  Z(p*) = 0,  found in [p_lo, p_hi] with Z(p_lo) ≥ 0 ≥ Z(p_hi)
/// ```
///
/// The root is found by Brent's method (inverse quadratic interpolation and
/// secant steps, falling back to bisection), which keeps a bracket around
/// the sign change at every step, so it converges for any continuous `Z`
/// that changes sign on the bracket and never leaves it; for smooth `Z` it
/// converges superlinearly. See R. P. Brent, *Algorithms for Minimization
/// without Derivatives* (1973), ch. 4.
///
/// Step schedules (limit orders) are settled by the call-auction rules
/// (``clearingAuction(referenceTick:)``), since their `Z` jumps over zero.
///
/// See `docs/WalrasianClearing.md`.
public struct WalrasianMarket<Demand: PriceSchedule, Supply: PriceSchedule>: Sendable {
    /// The aggregate demand `D(p)`.
    public var demand: Demand
    /// The aggregate supply `O(p)`.
    public var supply: Supply

    /// Pairs a demand with a supply.
    ///
    /// - Parameters:
    ///   - demand: `D(p)`, non-increasing.
    ///   - supply: `O(p)`, non-decreasing.
    public init(demand: Demand, supply: Supply) {
        self.demand = demand
        self.supply = supply
    }

    /// The excess demand at a price.
    ///
    /// ```
    /// Z(p) = D(p) − O(p)
    /// ```
    /// - Parameter price: `p`, in both schedules' domain.
    /// - Returns: Units; positive when buyers want more than sellers offer.
    @inlinable
    public func excessDemand(atPrice price: Double) -> Double {
        demand.quantity(atPrice: price) - supply.quantity(atPrice: price)
    }

    /// The clearing price in a bracket, by Brent's method.
    ///
    /// ```
    /// stop when the bracket [b, c] around the sign change has
    /// |c − b| ≤ 2·(2ε|b| + tolerance/2),  ε = 2⁻⁵²
    /// ⇒ |price − p*| ≤ tolerance + 4ε|p*|
    /// ```
    /// With `tolerance = 0` the price is as accurate as `Double` allows
    /// (a few ulps); pass a positive tolerance when the root may be at or
    /// near 0, where a relative criterion alone shrinks the bracket down to
    /// subnormal numbers.
    ///
    /// - Parameters:
    ///   - bracket: `[p_lo, p_hi]`, finite, with `Z(p_lo)` and `Z(p_hi)` of
    ///     opposite signs (or one of them zero).
    ///   - tolerance: The absolute price tolerance, `≥ 0`.
    ///   - maximumIterations: The evaluation budget, `≥ 1`.
    /// - Returns: The price, the demand and supply there, and the count of
    ///   evaluations.
    /// - Throws: `MarketError.notBracketed` when `Z` has the same sign at
    ///   both ends; `nonFiniteExcessDemand` when `Z` is NaN or infinite at a
    ///   trial price; `didNotConverge` when the budget runs out;
    ///   `invalidParameter` for a non-finite bracket or bad tolerance.
    /// - Complexity: O(iterations) evaluations of both schedules; for smooth
    ///   `Z` a handful to a few dozen (16 for an isoelastic market from
    ///   `[0.1, 100]` to full precision).
    public func clearingPrice(
        in bracket: ClosedRange<Double>, tolerance: Double = 0, maximumIterations: Int = 200
    ) throws(MarketError) -> WalrasianEquilibrium {
        let name = "WalrasianMarket"
        try MarketError.check(bracket.lowerBound.isFinite, name, "bracket.lowerBound", bracket.lowerBound, "finite")
        try MarketError.check(bracket.upperBound.isFinite, name, "bracket.upperBound", bracket.upperBound, "finite")
        try MarketError.check(tolerance.isFinite && tolerance >= 0, name, "tolerance", tolerance, "a finite number ≥ 0")
        try MarketError.check(maximumIterations >= 1, name, "maximumIterations", Double(maximumIterations), "≥ 1")
        let (price, evaluations) = try _brentRoot(
            bracket.lowerBound, bracket.upperBound, tolerance: tolerance, maximumIterations: maximumIterations)
        return WalrasianEquilibrium(
            price: price, demand: demand.quantity(atPrice: price), supply: supply.quantity(atPrice: price),
            evaluations: evaluations)
    }
}

extension WalrasianMarket where Demand == StepSchedule, Supply == StepSchedule {
    /// The clearing of a market of limit orders, by the call-auction rules:
    /// maximal volume, minimal surplus, market pressure, reference price.
    ///
    /// ```
    /// buys = demand steps, sells = supply steps, each in listed order
    /// p = CallAuction rules over ticks 0…max(limits, reference)
    /// ```
    /// Builds a ``CallAuction`` on every call; a scenario clearing every step
    /// should keep one ``CallAuction`` and call
    /// ``CallAuction/clear(_:referenceTick:fills:)`` itself.
    ///
    /// - Parameter referenceTick: The reference price in ticks, `≥ 0`.
    /// - Returns: The auction price, volume, surplus and deciding rule.
    /// - Throws: `MarketError.invalidParameter` when `demand` is not a buy
    ///   schedule, `supply` not a sell schedule, or the reference is negative.
    public func clearingAuction(referenceTick: Int) throws(MarketError) -> AuctionClearing {
        let name = "WalrasianMarket"
        try MarketError.check(demand.side == .buy, name, "demand.side", 1, "buy (a demand schedule)")
        try MarketError.check(supply.side == .sell, name, "supply.side", 0, "sell (a supply schedule)")
        try MarketError.check(referenceTick >= 0, name, "referenceTick", Double(referenceTick), "≥ 0")
        var highest = referenceTick
        var orders: [AuctionOrder] = []
        orders.reserveCapacity(demand.steps.count + supply.steps.count)
        for step in demand.steps {
            orders.append(.limit(.buy, tick: step.tick, quantity: step.quantity))
            highest = max(highest, step.tick)
        }
        for step in supply.steps {
            orders.append(.limit(.sell, tick: step.tick, quantity: step.quantity))
            highest = max(highest, step.tick)
        }
        var auction = try CallAuction(ticks: 0...highest)
        var fills: [Int] = []
        return auction.clear(orders, referenceTick: referenceTick, fills: &fills)
    }
}
