import CatallaxNumerics

extension MarketClearingKernel {
    /// Adds the step's orders of every lane, in shuffled order, to the
    /// lane's call: appends them to the lane's pending list (time priority)
    /// and adds their units to the per-tick aggregates `[tick]` of lanes;
    /// when `clears`, runs the call on every lane at once
    /// (``_call(lastTick:tally:tickSize:)``).
    /// - Parameters:
    ///   - clears: whether this step ends an interval (or the run).
    ///   - lastTick: each lane's last clearing tick (the reference price), updated.
    ///   - tally: the lanes' flow metrics, updated.
    ///   - tickSize: `δ`.
    @inlinable
    func _clearCall(clears: Bool, lastTick: inout [Int], tally: inout _ClearingTally<V>, tickSize: Double) {
        let laneCount = V.scalarCount
        let buys = UnsafeMutableRawPointer(_callBuys.baseAddress!).assumingMemoryBound(to: Double.self)
        let sells = UnsafeMutableRawPointer(_callSells.baseAddress!).assumingMemoryBound(to: Double.self)
        // Locals, so that the stores below need not reload the class's buffers.
        let permutation = _permutation.baseAddress!
        let quantities = UnsafeRawPointer(_orderQuantity.baseAddress!).assumingMemoryBound(to: Double.self)
        let ticks = UnsafeRawPointer(_orderTick.baseAddress!).assumingMemoryBound(to: Double.self)
        let agents = UnsafeRawPointer(_orderAgent.baseAddress!).assumingMemoryBound(to: Double.self)
        var lowest = _callLowest, highest = _callHighest
        var bought = _callBuyTotal, sold = _callSellTotal
        for lane in 0..<laneCount {
            let count = _laneOrderCount[lane]
            _shuffle(lane: lane, count: count)
            var n = _pendingCount[lane]
            if n + count > _pendingStride { _growPending(toAtLeast: n + count) }
            let pending = _pending.baseAddress! + lane &* _pendingStride
            var low = lowest[lane], high = highest[lane], buyUnits = bought[lane], sellUnits = sold[lane]
            for position in 0..<count {
                let at = Int(permutation[position]) &* laneCount &+ lane
                let q = quantities[at]
                if q == 0 { continue }
                let tick = ticks[at]
                let cell = Int(tick) &* laneCount &+ lane
                // Whole units as doubles: every sum below is exact.
                if q > 0 {
                    buys[cell] += q
                    buyUnits += q
                } else {
                    sells[cell] -= q
                    sellUnits -= q
                }
                low = Swift.min(low, tick)
                high = Swift.max(high, tick)
                pending[n] = _PendingCallOrder(quantity: q, agent: Int32(agents[at]), tick: Int32(tick))
                n += 1
            }
            _pendingCount[lane] = n
            lowest[lane] = low
            highest[lane] = high
            bought[lane] = buyUnits
            sold[lane] = sellUnits
        }
        _callLowest = lowest
        _callHighest = highest
        _callBuyTotal = bought
        _callSellTotal = sold
        if clears { _call(lastTick: &lastTick, tally: &tally, tickSize: tickSize) }
    }

    /// One call of every lane's auction: the price by SIMD scans of the
    /// per-tick aggregates, then each lane's settlement at its uniform
    /// price, the residual book, and the release of every commitment.
    ///
    /// Fills follow from the volume `V*` and the marginal ticks alone:
    /// ```
    /// buy at j:  0 if j < p;  q if j > m_B;  in time priority from V* − D(m_B + 1) if j = m_B
    /// sell at j: 0 if j > p;  q if j < m_S;  in time priority from V* − O(m_S − 1) if j = m_S
    /// ```
    /// which is `CallAuction`'s price-time rationing without market orders.
    @inlinable
    func _call(lastTick: inout [Int], tally: inout _ClearingTally<V>, tickSize: Double) {
        let laneCount = V.scalarCount
        let placed = _callHighest .>= _callLowest
        guard V.anyLane(placed) else { return }
        let first = Int(_callLowest.min()), last = Int(_callHighest.max())
        var reference = V()
        for lane in 0..<laneCount { reference[lane] = Double(lastTick[lane]) }
        let choice = _callPrice(first: first, last: last, reference: reference)
        let margin = _callMargins(first: first, last: last, volume: choice.volume)
        let zero = V()
        let executes = choice.volume .> 0
        let price = choice.tick * tickSize
        tally.volume += (choice.volume * price).replacing(with: 0, where: .!executes)
        // Residual book: the marginal ticks are the best resting bid and ask.
        let bothRest = (margin.bid .> -.infinity) .& (margin.ask .< .infinity)
        tally.spread += (2 * (margin.ask - margin.bid) / (margin.ask + margin.bid)).replacing(with: 0, where: .!bothRest)
        tally.depth += (_callBuyTotal + _callSellTotal - 2 * choice.volume).replacing(with: 0, where: .!bothRest)
        tally.bookMoments += V(repeating: 1).replacing(with: 0, where: .!bothRest)
        tally.ordered += (_callBuyTotal + _callSellTotal).replacing(with: 0, where: .!placed)
        tally.filled += (2 * choice.volume).replacing(with: 0, where: .!placed)
        tally.maximum += (choice.maximum * tickSize).replacing(with: 0, where: .!placed)
        for lane in 0..<laneCount {
            let count = _pendingCount[lane]
            guard count > 0 else { continue }
            let realized = _settle(lane: lane, count: count, tick: executes[lane] ? choice.tick[lane] : nil,
                                   price: price[lane], bid: margin.bid[lane], buyLeft: margin.buyLeft[lane],
                                   ask: margin.ask[lane], sellLeft: margin.sellLeft[lane])
            tally.realized[lane] += realized * tickSize
            if executes[lane] { lastTick[lane] = Int(choice.tick[lane]) }
            _pendingCount[lane] = 0
        }
        _callLowest = V(repeating: .infinity)
        _callHighest = V(repeating: -.infinity)
        _callBuyTotal = zero
        _callSellTotal = zero
    }

    /// Settles one lane's pending orders, in time priority, at `price` and
    /// releases their commitments.
    /// - Parameters:
    ///   - tick: the clearing tick `p`, or `nil` when nothing executes.
    ///   - bid, ask: the marginal ticks `m_B`, `m_S` (`∓∞` if none).
    ///   - buyLeft, sellLeft: the units left for the marginal ticks.
    /// - Returns: the realized surplus in ticks, `Σ_buys fill·j − Σ_sells fill·j`.
    @inlinable
    func _settle(
        lane: Int, count: Int, tick: Double?, price: Double, bid: Double, buyLeft: Double, ask: Double, sellLeft: Double
    ) -> Double {
        let laneCount = V.scalarCount
        let balance = UnsafeMutableRawPointer(_balance.baseAddress!).assumingMemoryBound(to: Double.self)
        let holdings = UnsafeMutableRawPointer(_holdings.baseAddress!).assumingMemoryBound(to: Double.self)
        let committedCash = UnsafeMutableRawPointer(_committedCash.baseAddress!).assumingMemoryBound(to: Double.self)
        let committedUnits = UnsafeMutableRawPointer(_committedUnits.baseAddress!).assumingMemoryBound(to: Double.self)
        let pending = _pending.baseAddress! + lane &* _pendingStride
        guard let p = tick else {
            for i in 0..<count {
                let at = Int(pending[i].agent) &* laneCount &+ lane
                committedCash[at] = 0
                committedUnits[at] = 0
            }
            return 0
        }
        var buyLeft = buyLeft, sellLeft = sellLeft, realized = 0.0
        for i in 0..<count {
            let order = pending[i]
            let at = Int(order.agent) &* laneCount &+ lane
            let j = Double(order.tick)
            let q = order.quantity
            committedCash[at] = 0
            committedUnits[at] = 0
            if q > 0 {
                guard j >= p else { continue }
                var units = q
                if j == bid {
                    units = Swift.min(q, buyLeft)
                    buyLeft -= units
                } else if j < bid {
                    continue
                }
                if units > 0 {
                    realized += units * j
                    balance[at] -= units * price
                    holdings[at] += units
                }
            } else {
                guard j <= p else { continue }
                var units = -q
                if j == ask {
                    units = Swift.min(-q, sellLeft)
                    sellLeft -= units
                } else if j > ask {
                    continue
                }
                if units > 0 {
                    realized -= units * j
                    balance[at] += units * price
                    holdings[at] -= units
                }
            }
        }
        return realized
    }

    /// Makes room for `needed` pending orders per lane, keeping those
    /// already pending (grows only while a worker meets a longer interval
    /// or a larger point than before).
    @usableFromInline
    func _growPending(toAtLeast needed: Int) {
        let stride = Swift.max(needed, 2 * _pendingStride)
        let grown = UnsafeMutableBufferPointer<_PendingCallOrder>.allocate(capacity: stride * V.scalarCount)
        for lane in 0..<V.scalarCount where _pendingCount[lane] > 0 {
            (grown.baseAddress! + lane * stride)
                .initialize(from: _pending.baseAddress! + lane * _pendingStride, count: _pendingCount[lane])
        }
        _pending.deallocate()
        _pending = grown
        _pendingStride = stride
    }
}
