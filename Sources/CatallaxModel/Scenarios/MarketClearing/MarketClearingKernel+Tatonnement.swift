import CatallaxNumerics

extension MarketClearingKernel {
    /// Clears one step by tâtonnement on every lane at once: aggregates
    /// demand `D` and supply `O` at `P_t`, fills every order pro rata on the
    /// long side at `P_t`, and returns the adjusted price
    /// ```
    /// r_B = min(D,O)/D,  r_S = min(D,O)/O        (0 on an empty side)
    /// P_{t+1} = max(δ, P_t + λ·g(D − O, S))
    /// ```
    /// Branch-free across lanes: the only per-lane code is the index
    /// arithmetic of gathers, scatters and the efficiency histogram.
    /// - Parameters:
    ///   - positions: the positions written by ``_decide(step:price:momentum:rule:keys:)``.
    ///   - price: `P_t`.
    ///   - adjustment: `λ` and `g`.
    ///   - totalUnits: `S = N·H₀`.
    ///   - tally: the lanes' flow metrics, updated.
    /// - Returns: `P_{t+1}`.
    @inlinable
    func _clearTatonnement(
        positions: Int, price: V, adjustment: Tatonnement, totalUnits: V, tickSize: Double,
        tally: inout _ClearingTally<V>
    ) -> V {
        let laneCount = V.scalarCount
        let zero = V()
        // Pass 1: aggregate quantities, limit-weighted quantities and the tick range.
        var demand = zero, supply = zero, buyValue = zero, sellValue = zero
        var lowest = V(repeating: .infinity), highest = V(repeating: -.infinity)
        for k in 0..<positions {
            let q = _orderQuantity[k], tick = _orderTick[k]
            let buy = V.maximum(q, zero), sell = V.maximum(-q, zero)
            demand += buy
            supply += sell
            buyValue += buy * tick
            sellValue += sell * tick
            let placed = q .!= 0
            lowest = V.minimum(lowest, tick.replacing(with: .infinity, where: .!placed))
            highest = V.maximum(highest, tick.replacing(with: -.infinity, where: .!placed))
        }
        let traded = V.minimum(demand, supply)
        let buyRatio = (traded / demand).replacing(with: 0, where: demand .== 0)
        let sellRatio = (traded / supply).replacing(with: 0, where: supply .== 0)
        // Rows of the efficiency histogram: tick offsets from each lane's lowest limit.
        let width = (highest - lowest + 1).replacing(with: 0, where: .!(highest .>= lowest))
        let rows = Int(width.max())
        let base = lowest.replacing(with: 0, where: .!(highest .>= lowest))
        let lastRow = Double(Swift.max(rows - 1, 0))

        // Pass 2: settle every order at P_t and fill the histogram.
        let balance = UnsafeMutableRawPointer(_balance.baseAddress!).assumingMemoryBound(to: Double.self)
        let holdings = UnsafeMutableRawPointer(_holdings.baseAddress!).assumingMemoryBound(to: Double.self)
        let rowBuys = UnsafeMutableRawPointer(_rowBuys.baseAddress!).assumingMemoryBound(to: Double.self)
        let rowSells = UnsafeMutableRawPointer(_rowSells.baseAddress!).assumingMemoryBound(to: Double.self)
        for k in 0..<positions {
            let q = _orderQuantity[k]
            let buy = V.maximum(q, zero), sell = V.maximum(-q, zero)
            let units = buyRatio * buy - sellRatio * sell
            let row = V.minimum(V.maximum(_orderTick[k] - base, zero), V(repeating: lastRow))
            let agent = _orderAgent[k]
            var b = zero, h = zero
            for lane in 0..<laneCount {
                let at = Int(agent[lane]) &* laneCount &+ lane
                b[lane] = balance[at]
                h[lane] = holdings[at]
            }
            // A lane without an order at k moves zero units and writes back what it read.
            let newBalance = b - units * price
            let newHoldings = h + units
            for lane in 0..<laneCount {
                let at = Int(agent[lane]) &* laneCount &+ lane
                balance[at] = newBalance[lane]
                holdings[at] = newHoldings[lane]
                if rows > 0 {
                    let cell = Int(row[lane]) &* laneCount &+ lane
                    rowBuys[cell] += buy[lane]
                    rowSells[cell] += sell[lane]
                }
            }
        }
        // Maximum surplus Σ_j min(D(j+1), S(j)), walking the rows upwards.
        // Rows past a lane's own width are skipped, not added as zero rows:
        // `above` need not be exactly 0 there, and a lane's result must not
        // depend on the widths of the lanes beside it.
        var above = demand, below = zero, maximum = zero
        for r in 0..<rows {
            above -= _rowBuys[r]
            below += _rowSells[r]
            maximum += V.minimum(above, below).replacing(with: 0, where: .!(width .> Double(r)))
            _rowBuys[r] = zero
            _rowSells[r] = zero
        }
        tally.volume += traded * price
        tally.ordered += demand + supply
        tally.filled += 2 * traded
        tally.realized += (buyRatio * buyValue - sellRatio * sellValue) * tickSize
        tally.maximum += maximum * tickSize
        let next = adjustment.nextPrice(after: price, excessDemand: demand - supply, supply: totalUnits)
        return V.maximum(next, V(repeating: tickSize)).replacing(with: next, where: next .!= next)
    }
}
