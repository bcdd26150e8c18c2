import CatallaxNumerics

extension MarketClearingKernel {
    /// Steps 2–5 of the specification for every lane: find the active
    /// agents, decide, and write each one's order (agent, signed quantity,
    /// limit tick, shuffle draw) at its active position `k`.
    ///
    /// Lanes are compacted as in the curve kernel: iteration `k` handles the
    /// `k`-th active agent of every lane, from the blocks at
    /// `(t, k, activity, 0)` (gap `u`, noise draw `x`) and `(t, k, decision, 0)`
    /// (noise limit draw `w`, shuffle draw `s_k`). Decisions read `P_t` and
    /// the holdings at the start of the step, which no clearing has touched
    /// yet. For the call auction the order's commitment is booked at once.
    /// - Returns: the number of positions written (the most active agents of
    ///   any lane); ``_laneOrderCount`` holds each lane's own count.
    @inlinable
    func _decide(step t: Int, price: V, momentum: V, rule: _ClearingRule, keys: LaneKeys<V>) -> Int {
        let laneCount = V.scalarCount
        let traders = rule.traders
        let zero = V()
        let momentumFractions = traders.momentumFractions(signal: momentum)
        let upLimit = price * rule.upFactor
        let downLimit = price * rule.downFactor
        let books = rule.mechanism != .tatonnement
        let commits = rule.mechanism == .call
        let balance = UnsafeMutableRawPointer(_balance.baseAddress!).assumingMemoryBound(to: Double.self)
        let holdings = UnsafeMutableRawPointer(_holdings.baseAddress!).assumingMemoryBound(to: Double.self)
        let committedCash = UnsafeMutableRawPointer(_committedCash.baseAddress!).assumingMemoryBound(to: Double.self)
        let committedUnits = UnsafeMutableRawPointer(_committedUnits.baseAddress!).assumingMemoryBound(to: Double.self)
        let beliefs = UnsafeMutableRawPointer(_beliefs.baseAddress!).assumingMemoryBound(to: Double.self)
        let activityGaps = _activityGaps!
        var agent = V(repeating: -1)
        var count = zero
        var k = 0
        while true {
            let counter = UInt32(truncatingIfNeeded: k)
            let step = UInt32(truncatingIfNeeded: t)
            let gaps = Philox4x32.block(
                counter: DrawCounter(step: step, agent: counter, purpose: .activity).words, key0: keys.key0, key1: keys.key1)
            agent = traders.nextActiveAgent(
                after: agent, gap: activityGaps.gap(forDraw: Philox4x32.unitInterval(hi: gaps.0, lo: gaps.1) as V))
            let active = traders.isAgent(agent)
            if !V.anyLane(active) { break }
            let extra = Philox4x32.block(
                counter: DrawCounter(step: step, agent: counter, purpose: .decision).words, key0: keys.key0, key1: keys.key1)

            // Gather; lanes past their last agent read agent N − 1 and place no order.
            let offsets = traders.bufferOffsets(ofAgents: agent, lastRow: traders.lastAgent)
            var b = zero, h = zero, cash = zero, units = zero, belief = zero
            for lane in 0..<laneCount {
                let at = Int(truncatingIfNeeded: offsets.agent[lane])
                b[lane] = balance[at]
                h[lane] = holdings[at]
                cash[lane] = committedCash[at]
                units[lane] = committedUnits[at]
                belief[lane] = beliefs[Int(truncatingIfNeeded: offsets.belief[lane])]
            }

            // Side and fraction, as in the reference.
            let decision = traders.decision(
                ofAgent: agent, noiseDraw: Philox4x32.unitInterval(hi: gaps.2, lo: gaps.3),
                valueGap: TraderRule.valueGap(belief: belief, price: price), momentum: momentumFractions)
            let buyFraction = decision.buyFraction, sellFraction = decision.sellFraction
            let isNoise = decision.isNoise, isMomentum = decision.isMomentum
            let buys = buyFraction .> 0

            // Limit price, then its tick: buys round down, sells up.
            let w: V = Philox4x32.unitInterval(hi: extra.0, lo: extra.1)
            let noiseLimit = price * LaneMath.exp(rule.limitOffset * (2 * w - 1))
            var limit = V.minimum(belief, upLimit).replacing(with: V.maximum(belief, downLimit), where: .!buys)
            limit.replace(with: upLimit.replacing(with: downLimit, where: .!buys), where: isMomentum)
            limit.replace(with: noiseLimit, where: isNoise)
            let ticks = limit / rule.tickSize
            let rounded = ticks.rounded(.down).replacing(with: ticks.rounded(.up), where: .!buys)
            let tick = V.minimum(V.maximum(rounded, V(repeating: 1)), V(repeating: rule.maxTick))

            // Quantity from what is not committed yet.
            var buyQuantity: V, sellQuantity: V
            if books {
                let limitPrice = tick * rule.tickSize
                let available = b - cash
                buyQuantity = (buyFraction * available / limitPrice).rounded(.down)
                buyQuantity.replace(with: buyQuantity - 1, where: buyQuantity * limitPrice .> available)
                buyQuantity = V.maximum(buyQuantity, zero)
                sellQuantity = V.maximum((sellFraction * (h - units)).rounded(.down), zero)
                if commits {
                    let newCash = cash + (buyQuantity * limitPrice).replacing(with: 0, where: .!active)
                    let newUnits = units + sellQuantity.replacing(with: 0, where: .!active)
                    for lane in 0..<laneCount {
                        let at = Int(truncatingIfNeeded: offsets.agent[lane])
                        committedCash[at] = newCash[lane]
                        committedUnits[at] = newUnits[lane]
                    }
                }
            } else {
                buyQuantity = buyFraction * b / price
                sellQuantity = sellFraction * h
            }
            let quantity = (buyQuantity - sellQuantity).replacing(with: 0, where: .!active)
            _orderAgent[k] = V.minimum(agent, V(repeating: traders.lastAgent))
            _orderQuantity[k] = quantity
            _orderTick[k] = tick
            _shuffleDraw[k] = Philox4x32.unitInterval(hi: extra.2, lo: extra.3)
            count += V(repeating: 1).replacing(with: 0, where: .!active)
            k += 1
        }
        for lane in 0..<laneCount { _laneOrderCount[lane] = Int(count[lane]) }
        return k
    }

    /// Fills `_permutation[0..<count]` with the submission order of one lane's
    /// active positions: the forward Fisher–Yates shuffle by the draws `s_k`.
    /// ```
    /// for k in 0..<A−1: swap(k, k + min(⌊s_k·(A − k)⌋, A − k − 1))
    /// ```
    @inlinable
    func _shuffle(lane: Int, count: Int) {
        for k in 0..<count { _permutation[k] = Int32(truncatingIfNeeded: k) }
        guard count > 1 else { return }
        for k in 0..<(count - 1) {
            let left = count - k
            let offset = Swift.min(Int(_shuffleDraw[k][lane] * Double(left)), left - 1)
            _permutation.swapAt(k, k + offset)
        }
    }
}
