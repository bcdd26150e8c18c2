import CatallaxNumerics

extension CurveVolatilityKernel {
    /// Step 2 and 3 of the specification for every lane: find the active
    /// agents, let each decide by the population's ``TraderRule``, and
    /// execute its order against the curve, in increasing agent index.
    ///
    /// Lanes are compacted by construction: iteration `k` handles the `k`-th
    /// active agent of every lane, so every vector slot carries a real order
    /// until a lane runs out of agents. The `k`-th block of step `t`, at
    /// counter `(t, k, activity, 0)`, gives
    /// - words 0–1: `u`, whose geometric gap `⌊ln u / ln(1−p_act)⌋` skips the
    ///   inactive agents before the next active one;
    /// - words 2–3: `x = 2u'`, the noise trader's side (`x < 1` buys) and
    ///   fraction `(x mod 1)·q_max`.
    /// Decisions use `P_t` and the agent's balance at the start of the step,
    /// which are what it holds when its order executes (one order per agent
    /// and step), so deciding and executing in one pass is exact.
    @inlinable
    func _executeOrders<Curve: BondingCurve>(
        step t: Int, price: V, currentPrice: V, momentum: V, rule: _OrderRule, curve: Curve, keys: LaneKeys<V>,
        market state: inout _LaneMarket<V>
    ) {
        let laneCount = V.scalarCount
        let traders = rule.traders
        let zero = V()
        // Momentum traders of a lane all see the same signal this step.
        let momentumFractions = traders.momentumFractions(signal: momentum)
        let balance = UnsafeMutableRawPointer(_balance.baseAddress!).assumingMemoryBound(to: Double.self)
        let holdings = UnsafeMutableRawPointer(_holdings.baseAddress!).assumingMemoryBound(to: Double.self)
        let beliefs = UnsafeMutableRawPointer(_beliefs.baseAddress!).assumingMemoryBound(to: Double.self)
        let keep = 1 - rule.feeRate
        var supply = state.supply
        var treasury = state.treasury
        var volume = state.volume
        // The price after each order, carried so the curve can skip
        // recomputing it (decisions still read P_t).
        var current = currentPrice
        var agent = V(repeating: -1)
        var k: UInt32 = 0
        while true {
            let block = Philox4x32.block(
                counter: DrawCounter(step: UInt32(truncatingIfNeeded: t), agent: k, purpose: .activity).words,
                key0: keys.key0, key1: keys.key1)
            k &+= 1
            agent = traders.nextActiveAgent(after: agent, gapDraw: Philox4x32.unitInterval(hi: block.0, lo: block.1))
            let active = traders.isAgent(agent)
            if !any(active) { break }

            // Gather the agents' balance, holdings and belief. Lanes past
            // their last agent read agent N − 1 and, with zero orders, write
            // back what they read: no branch per lane.
            var b = zero, h = zero, belief = zero
            for lane in 0..<laneCount {
                let i = traders.agentIndex(agent[lane])
                let at = i &* laneCount &+ lane
                b[lane] = balance[at]
                h[lane] = holdings[at]
                belief[lane] = beliefs[traders.beliefIndex(ofAgent: i) &* laneCount &+ lane]
            }

            // Decide: buy fraction and sell fraction (at most one is non-zero).
            let decision = traders.decision(
                ofAgent: agent, noiseDraw: Philox4x32.unitInterval(hi: block.2, lo: block.3), belief: belief, price: price,
                momentum: momentumFractions)
            let deposit = (decision.buyFraction * b).replacing(with: 0, where: .!active)
            let burn = V.minimum(decision.sellFraction * h, supply).replacing(with: 0, where: .!active)

            // Execute: one of deposit and burn is zero on every lane, and a
            // zero order is an exact no-op, so buys and sells run together.
            let (minted, refund) = curve.trade(deposit: keep * deposit, burn: burn, atSupply: supply, price: &current)
            supply = V.maximum(supply + minted - burn, zero)
            treasury += rule.feeRate * (deposit + refund)
            volume += deposit + refund
            let newBalance = b - deposit + keep * refund
            let newHoldings = h + minted - burn

            for lane in 0..<laneCount {
                let at = traders.agentIndex(agent[lane]) &* laneCount &+ lane
                balance[at] = newBalance[lane]
                holdings[at] = newHoldings[lane]
            }
        }
        state.supply = supply
        state.treasury = treasury
        state.volume = volume
    }
}
