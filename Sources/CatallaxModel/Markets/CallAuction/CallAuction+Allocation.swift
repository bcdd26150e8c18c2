// Allocation at the auction price p with volume V. The short side executes
// in full. The long side is rationed by price-time priority: market orders
// in arrival order, then limits from the best level towards p; the level
// where the running total first exceeds V is marginal, and its orders fill
// in arrival order until V is reached. Two passes: the per-level totals
// find the marginal level, one pass over the orders in arrival order fills.

extension CallAuction {
    /// Writes each order's executed units at `level` into `fills`.
    internal func _allocate(
        _ orders: [AuctionOrder], atLevel level: Int, volume: Int, book: _Aggregate, fills: inout [Int]
    ) {
        var buyState = _Rationing(
            side: .buy, volume: volume, market: book.marketBuys, priceLevel: level, book: book, levels: _buys)
        var sellState = _Rationing(
            side: .sell, volume: volume, market: book.marketSells, priceLevel: level, book: book, levels: _sells)
        for (i, order) in orders.enumerated() {
            if order.side == .buy {
                fills[i] = buyState.fill(order, lowestTick: ticks.lowerBound)
            } else {
                fills[i] = sellState.fill(order, lowestTick: ticks.lowerBound)
            }
        }
    }
}

/// How one side's executable orders share the volume.
internal struct _Rationing {
    let side: OrderSide
    /// The auction price level.
    let priceLevel: Int
    /// Market units still to fill, in arrival order.
    var marketLeft: Int
    /// Whether any limit order executes (market orders did not use it all).
    let limitsExecute: Bool
    /// The marginal level, or `nil` when every executable limit fills fully.
    let marginalLevel: Int?
    /// Units left for the marginal level's orders, in arrival order.
    var marginalLeft: Int

    init(side: OrderSide, volume: Int, market: Int, priceLevel: Int, book: _Aggregate, levels: [Int]) {
        self.side = side
        self.priceLevel = priceLevel
        marketLeft = volume
        var left = volume - market
        limitsExecute = left > 0
        var marginal: Int? = nil
        if left > 0 {
            // Walk from the best limit towards the price.
            let walk: StrideThrough<Int> =
                side == .buy
                ? stride(from: book.highestLevel, through: priceLevel, by: -1)
                : stride(from: book.lowestLevel, through: priceLevel, by: 1)
            for l in walk {
                if levels[l] <= left {
                    left -= levels[l]
                } else {
                    marginal = l
                    break
                }
            }
        }
        marginalLevel = marginal
        marginalLeft = left
    }

    /// The units `order` (of this side) executes; call in arrival order.
    mutating func fill(_ order: AuctionOrder, lowestTick: Int) -> Int {
        guard let tick = order.limitTick else {
            let f = min(order.quantity, marketLeft)
            marketLeft -= f
            return f
        }
        let l = tick - lowestTick
        let executable = side == .buy ? l >= priceLevel : l <= priceLevel
        guard executable, limitsExecute else { return 0 }
        guard let m = marginalLevel else { return order.quantity }
        let better = side == .buy ? l > m : l < m
        if better { return order.quantity }
        guard l == m else { return 0 }
        let f = min(order.quantity, marginalLeft)
        marginalLeft -= f
        return f
    }
}
