import CatallaxNumerics

extension MarketClearingBatch {
    /// Adds the step's orders of every lane, in shuffled order, to the
    /// lane's call; when `clears`, runs the call auction, settles its fills
    /// at the uniform price, measures the residual book, drops what is
    /// unfilled and releases every commitment.
    /// - Parameters:
    ///   - clears: whether this step ends an interval (or the run).
    ///   - lastTick: each lane's last clearing tick (the reference price), updated.
    ///   - tally: the lanes' flow metrics, updated.
    @inlinable
    func _clearCall(clears: Bool, lastTick: inout [Int], tally: inout _ClearingTally<V>, tickSize: Double) {
        let laneCount = V.scalarCount
        for lane in 0..<laneCount {
            let count = _laneOrderCount[lane]
            _shuffle(lane: lane, count: count)
            for position in 0..<count {
                let k = Int(_permutation[position])
                let q = _orderQuantity[k][lane]
                if q == 0 { continue }
                _callOrders[lane].append(.limit(q > 0 ? .buy : .sell, tick: Int(_orderTick[k][lane]), quantity: Int(q.magnitude)))
                _callOwners[lane].append(Int32(_orderAgent[k][lane]))
            }
            if clears { _call(lane: lane, lastTick: &lastTick, tally: &tally, tickSize: tickSize) }
        }
    }

    /// One call of one lane's auction and its settlement.
    @inlinable
    func _call(lane: Int, lastTick: inout [Int], tally: inout _ClearingTally<V>, tickSize: Double) {
        let laneCount = V.scalarCount
        let balance = UnsafeMutableRawPointer(_balance.baseAddress!).assumingMemoryBound(to: Double.self)
        let holdings = UnsafeMutableRawPointer(_holdings.baseAddress!).assumingMemoryBound(to: Double.self)
        let committedCash = UnsafeMutableRawPointer(_committedCash.baseAddress!).assumingMemoryBound(to: Double.self)
        let committedUnits = UnsafeMutableRawPointer(_committedUnits.baseAddress!).assumingMemoryBound(to: Double.self)
        guard !_callOrders[lane].isEmpty else { return }
        let clearing = _callBooks[lane].clear(_callOrders[lane], referenceTick: lastTick[lane], fills: &_callFills)
        let price = Double(clearing.tick ?? lastTick[lane]) * tickSize
        var ordered = 0.0, filled = 0.0, realized = 0.0
        var bid = Int.min, ask = Int.max, depth = 0
        var lowest = Int.max, highest = Int.min
        for (i, order) in _callOrders[lane].enumerated() {
            let tick = order.limitTick!
            let fill = _callFills[i]
            let at = Int(_callOwners[lane][i]) &* laneCount &+ lane
            let units = Double(fill)
            ordered += Double(order.quantity)
            filled += units
            lowest = Swift.min(lowest, tick)
            highest = Swift.max(highest, tick)
            let rest = order.quantity - fill
            if order.side == .buy {
                _tickBuys[tick] += Double(order.quantity)
                realized += units * Double(tick)
                if fill > 0 {
                    balance[at] -= units * price
                    holdings[at] += units
                }
                if rest > 0 { bid = Swift.max(bid, tick); depth += rest }
            } else {
                _tickSells[tick] += Double(order.quantity)
                realized -= units * Double(tick)
                if fill > 0 {
                    balance[at] += units * price
                    holdings[at] -= units
                }
                if rest > 0 { ask = Swift.min(ask, tick); depth += rest }
            }
            committedCash[at] = 0
            committedUnits[at] = 0
        }
        if let tick = clearing.tick, clearing.volume > 0 {
            lastTick[lane] = tick
            tally.volume[lane] += Double(clearing.volume) * price
        }
        if bid != Int.min, ask != Int.max {
            tally.spread[lane] += 2 * Double(ask - bid) / Double(ask + bid)
            tally.depth[lane] += Double(depth)
            tally.bookMoments[lane] += 1
        }
        tally.ordered[lane] += ordered
        tally.filled[lane] += filled
        tally.realized[lane] += realized * tickSize
        tally.maximum[lane] += _maximumSurplus(lowestTick: lowest, highestTick: highest) * tickSize
        _callOrders[lane].removeAll(keepingCapacity: true)
        _callOwners[lane].removeAll(keepingCapacity: true)
    }
}
