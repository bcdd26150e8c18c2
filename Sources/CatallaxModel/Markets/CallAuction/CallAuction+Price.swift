// Price determination: scan the limit prices once, keeping the running
// demand and supply, the best volume, and the group of prices tied on
// volume and surplus (lowest, highest, which surplus signs occur).

extension CallAuction {
    /// Picks the auction price level by the four rules.
    internal func _choosePrice(_ book: _Aggregate, referenceLevel: Int) -> (level: Int?, rule: AuctionPriceRule) {
        guard book.highestLevel >= 0 else {
            // Only market orders: they execute at the reference price.
            let volume = min(book.marketBuys, book.marketSells)
            return volume > 0 ? (referenceLevel, .referencePrice) : (nil, .noExecution)
        }
        var supply = book.marketSells
        var demand = book.marketBuys + book.limitBuys
        var bestVolume = -1
        var volumeTies = 0
        var tie = _TieGroup(level: 0, surplus: 0)
        for level in book.lowestLevel...book.highestLevel {
            let buys = _buys[level], sells = _sells[level]
            supply += sells
            // demand is D(level): limits ≥ level; buys below were removed.
            defer { demand -= buys }
            guard buys > 0 || sells > 0 else { continue }
            let volume = min(demand, supply)
            let surplus = demand - supply
            if volume > bestVolume {
                bestVolume = volume
                volumeTies = 1
                tie = _TieGroup(level: level, surplus: surplus)
            } else if volume == bestVolume {
                volumeTies += 1
                if surplus.magnitude < tie.magnitude {
                    tie = _TieGroup(level: level, surplus: surplus)
                } else if surplus.magnitude == tie.magnitude {
                    tie.add(level: level, surplus: surplus)
                }
            }
        }
        if bestVolume <= 0 { return (nil, .noExecution) }
        if volumeTies == 1 { return (tie.lowest, .maximumVolume) }
        if tie.count == 1 { return (tie.lowest, .minimumSurplus) }
        if tie.magnitude > 0, !tie.anySellSurplus { return (tie.highest, .marketPressure) }
        if tie.magnitude > 0, !tie.anyBuySurplus { return (tie.lowest, .marketPressure) }
        return (min(max(referenceLevel, tie.lowest), tie.highest), .referencePrice)
    }

    /// `D(p)` and `S(p)` at one level, from the orders.
    internal func _demandAndSupply(_ orders: [AuctionOrder], atLevel level: Int) -> (Int, Int) {
        let tick = ticks.lowerBound + level
        var demand = 0, supply = 0
        for order in orders {
            if order.side == .buy {
                if (order.limitTick ?? tick) >= tick { demand += order.quantity }
            } else {
                if (order.limitTick ?? tick) <= tick { supply += order.quantity }
            }
        }
        return (demand, supply)
    }
}

/// The limit prices tied on maximal volume and minimal |surplus| so far.
internal struct _TieGroup {
    var lowest: Int
    var highest: Int
    var magnitude: UInt
    var count = 1
    var anyBuySurplus: Bool
    var anySellSurplus: Bool

    init(level: Int, surplus: Int) {
        lowest = level
        highest = level
        magnitude = surplus.magnitude
        anyBuySurplus = surplus > 0
        anySellSurplus = surplus < 0
    }

    mutating func add(level: Int, surplus: Int) {
        highest = level
        count += 1
        anyBuySurplus = anyBuySurplus || surplus > 0
        anySellSurplus = anySellSurplus || surplus < 0
    }
}
