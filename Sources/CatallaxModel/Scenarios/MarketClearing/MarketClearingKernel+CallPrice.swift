import CatallaxNumerics

extension MarketClearingKernel {
    /// Every lane's call price by `CallAuction`'s four rules, from one SIMD
    /// scan of the per-tick aggregates over the ticks `first…last` that hold
    /// an order in some lane.
    ///
    /// ```
    /// D(j) = Σ buys with j_ℓ ≥ j,  O(j) = Σ sells with j_ℓ ≤ j   (candidates: ticks with an order)
    /// 1 max V(j) = min(D, O)   2 min |D − O|   3 all D > O → highest, all D < O → lowest
    /// 4 otherwise the reference clamped to the tied range
    /// max surplus = Σ_j min(D(j + 1), O(j))
    /// ```
    /// The running best volume, tie range and surplus-sign flags are lane
    /// masks; a tick outside a lane's own orders is no candidate there and
    /// adds `0` to its maximum surplus (`O = 0` below, `D = 0` above), so a
    /// lane's result does not depend on the ticks of the lanes beside it.
    /// Every quantity is a whole number of units, so all sums are exact.
    /// - Parameters:
    ///   - first, last: the lowest and highest tick of any lane's orders.
    ///   - reference: each lane's reference tick (the last clearing tick).
    /// - Returns: the clearing tick (the reference where nothing executes),
    ///   the executed volume `V* ≥ 0` and the maximum surplus in ticks.
    @inlinable
    func _callPrice(first: Int, last: Int, reference: V) -> (tick: V, volume: V, maximum: V) {
        let zero = V(), one = V(repeating: 1)
        let none = zero .!= zero
        var demand = _callBuyTotal, supply = zero, maximum = zero
        var best = V(repeating: -1), volumeTies = zero
        var low = zero, high = zero, magnitude = zero, tieCount = zero
        var anyBuy = none, anySell = none
        for j in first...last {
            let b = _callBuys[j], s = _callSells[j]
            supply += s
            let level = V(repeating: Double(j))
            let candidate = (b .> 0) .| (s .> 0)
            let volume = V.minimum(demand, supply)
            let surplus = demand - supply
            let size = V.maximum(surplus, -surplus)
            let above = candidate .& (volume .> best)
            let tied = candidate .& (volume .== best)
            let reset = above .| (tied .& (size .< magnitude))
            let widens = tied .& (size .== magnitude)
            best.replace(with: volume, where: above)
            volumeTies.replace(with: 0, where: above)
            volumeTies += one.replacing(with: 0, where: .!(above .| tied))
            low.replace(with: level, where: reset)
            high.replace(with: level, where: reset .| widens)
            magnitude.replace(with: size, where: reset)
            tieCount.replace(with: 0, where: reset)
            tieCount += one.replacing(with: 0, where: .!(reset .| widens))
            let buySurplus = surplus .> 0, sellSurplus = surplus .< 0
            anyBuy = (reset .& buySurplus) .| (.!reset .& (anyBuy .| (widens .& buySurplus)))
            anySell = (reset .& sellSurplus) .| (.!reset .& (anySell .| (widens .& sellSurplus)))
            demand -= b
            maximum += V.minimum(demand, supply)
        }
        var tick = V.minimum(V.maximum(reference, low), high)
        let pressure = magnitude .> 0
        tick.replace(with: low, where: pressure .& .!anyBuy)
        tick.replace(with: high, where: pressure .& .!anySell)
        tick.replace(with: low, where: (volumeTies .== 1) .| (tieCount .== 1))
        let executes = best .> 0
        return (tick.replacing(with: reference, where: .!executes), best.replacing(with: 0, where: .!executes), maximum)
    }

    /// Every lane's marginal ticks at volume `V*`, by a second SIMD scan
    /// that also empties the aggregates of `first…last`.
    ///
    /// ```
    /// m_B = max{j : D(j) > V*},  buyLeft  = V* − D(m_B + 1)   (−∞ if none)
    /// m_S = min{j : O(j) > V*},  sellLeft = V* − O(m_S − 1)   (+∞ if none)
    /// ```
    /// `m_B ≥ p` is the buy side's marginal tick when buyers are long, and
    /// in every case the best bid left in the book; `m_S` likewise.
    /// - Returns: `m_B`, its units left, `m_S`, its units left.
    @inlinable
    func _callMargins(first: Int, last: Int, volume: V) -> (bid: V, buyLeft: V, ask: V, sellLeft: V) {
        let zero = V()
        var demand = _callBuyTotal, supply = zero
        var bid = V(repeating: -.infinity), ask = V(repeating: .infinity)
        var buyLeft = zero, sellLeft = zero
        for j in first...last {
            let b = _callBuys[j], s = _callSells[j]
            supply += s
            let level = V(repeating: Double(j))
            let long = demand .> volume
            bid.replace(with: level, where: long)
            buyLeft.replace(with: volume - (demand - b), where: long)
            let short = (supply .> volume) .& (ask .== .infinity)
            ask.replace(with: level, where: short)
            sellLeft.replace(with: volume - (supply - s), where: short)
            demand -= b
            _callBuys[j] = zero
            _callSells[j] = zero
        }
        return (bid, buyLeft, ask, sellLeft)
    }
}
