/// A uniform-price call auction: orders are collected, then one price is
/// fixed at which all executable orders trade.
///
/// ```
/// D(p) = Σ buy units with limit ≥ p, plus market buys
/// S(p) = Σ sell units with limit ≤ p, plus market sells
/// 1. candidates: the limit prices maximizing V(p) = min(D(p), S(p))
/// 2. of those, the ones minimizing |D(p) − S(p)|
/// 3. all with D > S: the highest; all with D < S: the lowest
/// 4. otherwise: the reference price clamped to [lowest, highest] remaining
/// ```
///
/// The long side is rationed by price-time priority: market orders first,
/// then better limits, then earlier arrival; the marginal order may be
/// filled in part. The rules are those of Deutsche Börse's Xetra auctions
/// ("T7 Market Model for the Trading Venue Xetra", section on auction price
/// determination) and Euronext's uniform price auctions, which order the
/// criteria the same way.
///
/// Because `D` is non-increasing and `S` non-decreasing in `p`, `V` is
/// unimodal and `|D − S|` has a single valley, so the prices kept after
/// steps 1 and 2 form an interval, and every price in it (the reference
/// price included) executes the maximal volume.
///
/// The auction owns per-tick scratch buffers and leaves them zeroed, so
/// clearing allocates nothing once the caller's `fills` array has grown.
/// Prices are integer ticks: equal limits aggregate exactly.
///
/// See `docs/CallAuction.md`.
public struct CallAuction: Sendable {
    /// The price ticks limits and reference prices may use, `lowerBound ≥ 0`.
    public let ticks: ClosedRange<Int>
    /// Limit buy units per level (tick − lowest tick); zero between calls.
    internal var _buys: [Int]
    /// Limit sell units per level; zero between calls.
    internal var _sells: [Int]

    /// An auction over a range of price ticks.
    ///
    /// ```
    /// memory = 16 bytes per tick
    /// ```
    /// - Parameter ticks: The allowed prices, `lowerBound ≥ 0`, at most 2²⁴ ticks.
    /// - Throws: `MarketError.invalidParameter` for a negative lower bound or
    ///   too many ticks.
    public init(ticks: ClosedRange<Int>) throws(MarketError) {
        let name = "CallAuction"
        try MarketError.check(ticks.lowerBound >= 0, name, "ticks.lowerBound", Double(ticks.lowerBound), "≥ 0")
        try MarketError.check(ticks.count <= 1 << 24, name, "ticks.count", Double(ticks.count), "at most 2²⁴")
        self.ticks = ticks
        _buys = Array(repeating: 0, count: ticks.count)
        _sells = Array(repeating: 0, count: ticks.count)
    }

    /// Fixes the auction price and each order's execution.
    ///
    /// ```
    /// p = the price the four rules select (see the type's summary)
    /// fills[i] = units of orders[i] executed at p
    /// Σ buy fills = Σ sell fills = min(D(p), S(p))
    /// ```
    /// - Parameters:
    ///   - orders: The collected orders, in time priority (earlier first).
    ///     Limits must lie in ``ticks`` and quantities be `> 0`
    ///     (preconditions).
    ///   - referenceTick: The reference price for rule 4, usually the last
    ///     traded price; must lie in ``ticks``.
    ///   - fills: Replaced by one entry per order, the units it executes.
    /// - Returns: The price, volume, surplus and deciding rule.
    /// - Complexity: O(orders + ticks between the lowest and highest limit).
    public mutating func clear(
        _ orders: [AuctionOrder], referenceTick: Int, fills: inout [Int]
    ) -> AuctionClearing {
        precondition(ticks.contains(referenceTick), "Reference tick \(referenceTick) lies outside \(ticks).")
        fills.removeAll(keepingCapacity: true)
        fills.append(contentsOf: repeatElement(0, count: orders.count))
        var book = _Aggregate()
        for order in orders {
            precondition(order.quantity > 0, "An order's quantity must be positive, got \(order.quantity).")
            guard let tick = order.limitTick else {
                if order.side == .buy { book.marketBuys += order.quantity } else { book.marketSells += order.quantity }
                continue
            }
            precondition(ticks.contains(tick), "Limit tick \(tick) lies outside the auction's ticks \(ticks).")
            let level = tick - ticks.lowerBound
            if order.side == .buy {
                _buys[level] += order.quantity
                book.limitBuys += order.quantity
            } else {
                _sells[level] += order.quantity
            }
            book.lowestLevel = min(book.lowestLevel, level)
            book.highestLevel = max(book.highestLevel, level)
        }
        let choice = _choosePrice(book, referenceLevel: referenceTick - ticks.lowerBound)
        var clearing = AuctionClearing(tick: nil, volume: 0, surplus: 0, rule: .noExecution)
        if let level = choice.level {
            let (demand, supply) = _demandAndSupply(orders, atLevel: level)
            let volume = min(demand, supply)
            clearing = AuctionClearing(
                tick: ticks.lowerBound + level, volume: volume, surplus: demand - supply, rule: choice.rule)
            _allocate(orders, atLevel: level, volume: volume, book: book, fills: &fills)
        }
        for order in orders {
            if let tick = order.limitTick { _buys[tick - ticks.lowerBound] = 0; _sells[tick - ticks.lowerBound] = 0 }
        }
        return clearing
    }
}

/// Totals of the collected orders.
internal struct _Aggregate {
    var marketBuys = 0
    var marketSells = 0
    var limitBuys = 0
    var lowestLevel = Int.max
    var highestLevel = -1
}
