import CatallaxNumerics

extension CurveVolatilityKernel {
    /// Step 2 and 3 of the specification for every lane: find the active
    /// agents, let each decide by the population's ``TraderRule``, and
    /// execute its order against the curve, in increasing agent index.
    ///
    /// Lanes are compacted by construction: iteration `k` handles the `k`-th
    /// active agent of every lane, so every vector slot carries a real order
    /// until a lane runs out of agents. Active agents `2j` and `2j + 1` of
    /// step `t` draw from the block at counter `(t, j, activity, 0)`, each
    /// from a pair of its words (0–1 and 2–3), as 32-bit uniforms
    /// (``Philox4x32/unitInterval(word:)``):
    /// - the first word: `u`, whose geometric gap (``ActivityGapTable``)
    ///   skips the inactive agents before the next active one (and, on lanes
    ///   whose momentum signal is inside its band, the momentum traders,
    ///   whose orders would be zero);
    /// - the second: `x = 2u'`, the noise trader's side (`x < 1` buys) and
    ///   fraction `(x mod 1)·q_max`.
    ///
    /// Decisions use `P_t` and the agent's balance and holdings at the start
    /// of the step, which are what it holds when its order executes (one
    /// order per agent and step), so the step runs in four passes:
    /// 1. find the active agents (the walk);
    /// 2. decide every order (independent of one another);
    /// 3. execute them in order against the curve, the only pass with a
    ///    dependency from one order to the next (the supply and the price);
    /// 4. settle: add up the fees and volume, and write the agents' new
    ///    balances and holdings.
    /// Splitting them is exact (each lane does the same arithmetic in the
    /// same order as one pass would) and lets the processor overlap the
    /// long but independent chains of consecutive orders (random words and
    /// the gap's logarithm; gathers and the value gap's division) instead of
    /// waiting on one order's trade before the next order's decision. In one
    /// pass an order took over 300 instructions, more than the reorder
    /// window holds, so those chains ran one after another (measured: the
    /// split ran 1.1–1.2× faster per pass added).
    @inlinable
    func _executeOrders<Curve: BondingCurve>(
        step t: Int, price: V, currentPrice: V, momentum: V, rule: _OrderRule, curve: Curve, keys: LaneKeys<V>,
        market state: inout _LaneMarket<V>
    ) {
        let traders = rule.traders
        // Momentum traders of a lane all see the same signal this step.
        let momentumFractions = traders.momentumFractions(signal: momentum)
        // Lanes whose momentum traders cannot trade this step walk past them.
        let skipsMomentum = (momentumFractions.buy .== V()) .& (momentumFractions.sell .== V())
        let count = _findActiveAgents(step: t, skippingMomentum: skipsMomentum, traders: traders, gaps: _activityGaps!,
                                      keys: keys)
        _decideOrders(count: count, price: price, momentum: momentumFractions, traders: traders)
        _trade(count: count, currentPrice: currentPrice, feeRate: rule.feeRate, curve: curve, market: &state)
        _settle(count: count, feeRate: rule.feeRate, market: &state)
    }

    /// Pass 1: the walk. Every lane's `k`-th active agent and its noise
    /// draw, for `k = 0, 1, …` until every lane is past its last agent.
    /// Iterations depend on one another only through an addition (the
    /// agent index), so the random words and table lookups of several run
    /// at once. One Philox block serves two iterations (32-bit draws), so
    /// the walk runs half as many blocks as active agents.
    /// - Returns: the number of orders (iterations) of the step.
    @inlinable
    func _findActiveAgents(step t: Int, skippingMomentum skipsMomentum: SIMDMask<V.MaskStorage>, traders: TraderRule,
                           gaps: ActivityGapTable, keys: LaneKeys<V>) -> Int {
        let orders = _orders
        var agent = V(repeating: -1)
        var k = 0
        while true {
            let block = Philox4x32.block(
                counter: DrawCounter(step: UInt32(truncatingIfNeeded: t), agent: UInt32(truncatingIfNeeded: k / 2),
                                     purpose: .activity).words,
                key0: keys.key0, key1: keys.key1)
            guard _appendActiveAgent(gapWord: block.0, noiseWord: block.1, into: orders, order: &k, after: &agent,
                                     skippingMomentum: skipsMomentum, traders: traders, gaps: gaps),
                  _appendActiveAgent(gapWord: block.2, noiseWord: block.3, into: orders, order: &k, after: &agent,
                                     skippingMomentum: skipsMomentum, traders: traders, gaps: gaps)
            else { return k }
        }
    }

    /// One iteration of the walk: every lane's next active agent after
    /// `agent`, from its gap word, stored as order `k` of `orders` with its
    /// noise draw (then `k` counts it).
    /// - Returns: false, storing nothing, once every lane is past its last agent.
    @inlinable @_transparent
    func _appendActiveAgent(gapWord: V.Bits, noiseWord: V.Bits, into orders: _StepOrders<V>, order k: inout Int,
                            after agent: inout V,
                            skippingMomentum skipsMomentum: SIMDMask<V.MaskStorage>, traders: TraderRule,
                            gaps: ActivityGapTable) -> Bool {
        let gap = gaps.gap(forDraw: Philox4x32.unitInterval(word: gapWord) as V)
        agent = traders.nextActiveAgent(after: agent, gap: gap, skippingMomentum: skipsMomentum)
        guard V.anyLane(traders.isAgent(agent)) else { return false }
        orders.agent[k] = agent
        orders.noiseDraw[k] = Philox4x32.unitInterval(word: noiseWord)
        k += 1
        return true
    }

    /// Pass 2: every order's decision from `P_t` and the agent's balance,
    /// holdings and belief (its reciprocal, kept in the record: the value
    /// gap `1 − P_t·(1/V)` multiplies where `(V − P_t)/V` divided). Lanes
    /// past their last agent point at the scratch row `N` and place zero
    /// orders.
    @inlinable
    func _decideOrders(count: Int, price: V, momentum: (buy: V, sell: V), traders: TraderRule) {
        typealias Records = _AgentRecords<V>
        let laneCount = V.scalarCount
        let zero = V()
        let records = _records.base
        let orders = _orders
        // Every order's record offsets first, in a loop of their own, so the
        // decisions below load each lane's offset from memory: taken out of
        // a vector register, a 64-bit lane goes through the vector ports the
        // decisions' arithmetic needs (measured 1.04–1.08× at lane widths 2,
        // 4 and 8). Computed in the walk instead, they left it partly scalar
        // at width 4.
        let laneStarts = Records.laneStarts(rows: _rows)
        for k in 0..<count {
            orders.offset[k] = V(bitPattern: Records.offsets(ofAgents: orders.agent[k], lastRow: traders.agents,
                                                             laneStarts: laneStarts))
        }
        let stride = MemoryLayout<Double>.stride
        for k in 0..<count {
            let agent = orders.agent[k]
            let active = traders.isAgent(agent)
            let offsets = UnsafeRawPointer(orders.offset + k)
            var b = zero, h = zero, inverseBelief = zero
            for lane in 0..<laneCount {
                let offset = offsets.load(fromByteOffset: lane * stride, as: Int64.self)
                let record = records + Int(truncatingIfNeeded: offset)
                b[lane] = record[Records.balance]
                h[lane] = record[Records.holdings]
                inverseBelief[lane] = record[Records.inverseBelief]
            }
            // Buy and sell fraction (at most one is non-zero).
            let decision = traders.decision(
                ofAgent: agent, noiseDraw: orders.noiseDraw[k],
                valueGap: TraderRule.valueGap(inverseBelief: inverseBelief, price: price), momentum: momentum)
            orders.deposit[k] = (decision.buyFraction * b).replacing(with: 0, where: .!active)
            orders.burn[k] = (decision.sellFraction * h).replacing(with: 0, where: .!active)
            orders.balance[k] = b
            orders.holdings[k] = h
        }
    }

    /// Pass 3: the step's orders, in order, against the curve, carrying its
    /// `CurvePosition`; each order's new balance and holdings are left in
    /// its order vectors for pass 4. One of deposit and burn is zero on
    /// every lane, and a zero order is an exact no-op, so buys and sells run
    /// together; a burn is capped by the supply the orders before it left.
    /// An agent orders at most once a step, so no order reads what an
    /// earlier order of the step wrote.
    @inlinable
    func _trade<Curve: BondingCurve>(
        count: Int, currentPrice: V, feeRate: Double, curve: Curve, market state: inout _LaneMarket<V>
    ) {
        let zero = V()
        let keep = 1 - feeRate
        let orders = _orders
        var supply = state.supply
        // The position after each order (the price and what the curve
        // carries with it), so the curve can skip recomputing them from the
        // supply (decisions read P_t).
        var position = curve.position(atSupply: supply, price: currentPrice)
        for k in 0..<count {
            let deposit = orders.deposit[k]
            // The cap binds on no lane at the reference constants; tested
            // first, it keeps the supply out of the burn and so off the
            // curve's chain of dependent arithmetic from order to order
            // (the same bits: the minimum is the offer wherever it is not taken).
            let offered = orders.burn[k]
            let burn = _slowPath(V.anyLane(supply .< offered)) ? V.minimum(offered, supply) : offered
            let (minted, refund) = curve.trade(deposit: keep * deposit, burn: burn, atSupply: supply, position: &position)
            supply = V.maximum(supply + minted - burn, zero)
            orders.balance[k] = orders.balance[k] - deposit + keep * refund
            orders.holdings[k] = orders.holdings[k] + minted - burn
            // The order's turnover, currency paid plus refund, summed in pass 4.
            orders.deposit[k] = deposit + refund
        }
        state.supply = supply
    }

    /// Pass 4: the step's fees and volume, in order of the orders,
    /// ```
    /// T_fee += φ·(D + refund),   volume += D + refund
    /// ```
    /// and every order's agent gets its new balance and holdings, one lane
    /// at a time (lanes past their last agent write the scratch row).
    ///
    /// Kept out of the trades, whose loop then carries only the supply and
    /// the price: there, each lane's store needed its value extracted from
    /// the vector, and the compiler did the balance arithmetic lane by lane
    /// instead (three scalar operations a lane and field), and the market's
    /// running sums took registers the curves' formulas need (at eight lanes
    /// on AVX2 every vector is two of its sixteen registers).
    @inlinable
    func _settle(count: Int, feeRate: Double, market state: inout _LaneMarket<V>) {
        typealias Records = _AgentRecords<V>
        var treasury = state.treasury
        var volume = state.volume
        for k in 0..<count {
            let turnover = _orders.deposit[k]
            treasury += feeRate * turnover
            volume += turnover
        }
        state.treasury = treasury
        state.volume = volume
        let records = _records.base
        let offsets = UnsafeRawPointer(_orders.offset)
        let balances = UnsafeRawPointer(_orders.balance)
        let holdings = UnsafeRawPointer(_orders.holdings)
        let stride = MemoryLayout<Double>.stride
        for slot in 0..<(count * V.scalarCount) {
            let record = records + Int(truncatingIfNeeded: offsets.load(fromByteOffset: slot * stride, as: Int64.self))
            record[Records.balance] = balances.load(fromByteOffset: slot * stride, as: Double.self)
            record[Records.holdings] = holdings.load(fromByteOffset: slot * stride, as: Double.self)
        }
    }
}
