import CatallaxNumerics

extension MarketClearingKernel {
    /// Clears one step in every lane's continuous double auction: the
    /// step's orders in shuffled order, trades settled at the resting price,
    /// the book measured, then every resting order cancelled.
    /// - Parameters:
    ///   - lastTick: each lane's last traded tick, updated.
    ///   - tally: the lanes' flow metrics, updated.
    @inlinable
    func _clearContinuous(lastTick: inout [Int], tally: inout _ClearingTally<V>, tickSize: Double) {
        let laneCount = V.scalarCount
        let balance = UnsafeMutableRawPointer(_balance.baseAddress!).assumingMemoryBound(to: Double.self)
        let holdings = UnsafeMutableRawPointer(_holdings.baseAddress!).assumingMemoryBound(to: Double.self)
        for lane in 0..<laneCount {
            let count = _laneOrderCount[lane]
            _shuffle(lane: lane, count: count)
            var ordered = 0.0
            var lowest = Int.max, highest = Int.min
            for position in 0..<count {
                let k = Int(_permutation[position])
                let q = _orderQuantity[k][lane]
                if q == 0 { continue }
                let tick = Int(_orderTick[k][lane])
                ordered += q.magnitude
                if q > 0 { _tickBuys[tick] += q } else { _tickSells[tick] -= q }
                lowest = Swift.min(lowest, tick)
                highest = Swift.max(highest, tick)
                // The trader number is the position k, which names agent and limit.
                _continuousBooks[lane].submitLimit(q > 0 ? .buy : .sell, tick: tick, quantity: Int(q.magnitude), trader: k)
            }
            var volume = 0.0, filled = 0.0, realized = 0.0
            for trade in _continuousBooks[lane].trades {
                let price = Double(trade.tick) * tickSize
                let units = Double(trade.quantity)
                let cost = units * price
                let buyer = Int(_orderAgent[trade.buyer][lane]) &* laneCount &+ lane
                let seller = Int(_orderAgent[trade.seller][lane]) &* laneCount &+ lane
                balance[buyer] -= cost
                holdings[buyer] += units
                balance[seller] += cost
                holdings[seller] -= units
                volume += cost
                filled += 2 * units
                realized += units * (_orderTick[trade.buyer][lane] - _orderTick[trade.seller][lane])
                lastTick[lane] = trade.tick
            }
            if let bid = _continuousBooks[lane].bestBid, let ask = _continuousBooks[lane].bestAsk {
                tally.spread[lane] += 2 * Double(ask - bid) / Double(ask + bid)
                tally.depth[lane] += Double(_continuousBooks[lane].restingQuantity(.buy) + _continuousBooks[lane].restingQuantity(.sell))
                tally.bookMoments[lane] += 1
            }
            _continuousBooks[lane].cancelAll()
            _continuousBooks[lane].removeAllTrades()
            tally.volume[lane] += volume
            tally.ordered[lane] += ordered
            tally.filled[lane] += filled
            tally.realized[lane] += realized * tickSize
            if lowest <= highest {
                tally.maximum[lane] += _maximumSurplus(lowestTick: lowest, highestTick: highest) * tickSize
            }
        }
    }

    /// The maximum surplus, in ticks times units, of the orders collected in
    /// ``_tickBuys`` and ``_tickSells`` between `lowestTick` and
    /// `highestTick`, which it leaves zeroed.
    /// ```
    /// Σ_j min(D(j + 1), S(j)),   D(j) = buy units with limit ≥ j,  S(j) = sell units with limit ≤ j
    /// ```
    @inlinable
    func _maximumSurplus(lowestTick: Int, highestTick: Int) -> Double {
        var demand = 0.0
        for j in lowestTick...highestTick { demand += _tickBuys[j] }
        var supply = 0.0, sum = 0.0
        for j in lowestTick...highestTick {
            demand -= _tickBuys[j]
            supply += _tickSells[j]
            sum += Swift.min(demand, supply)
            _tickBuys[j] = 0
            _tickSells[j] = 0
        }
        return sum
    }
}
