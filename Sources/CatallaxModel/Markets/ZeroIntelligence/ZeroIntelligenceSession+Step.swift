import CatallaxNumerics

extension ZeroIntelligenceSession {
    /// Processes the next order arrival.
    ///
    /// ```
    /// draw trader and price; cancel its old order; submit 1 unit; settle
    /// ```
    /// - Returns: `false` (doing nothing) once the session is finished.
    /// - Complexity: O(1) amortized (plus O(resting orders) when a trade
    ///   clears the book).
    @discardableResult
    public mutating func advance() -> Bool {
        guard !isFinished else { return false }
        let t = arrivals
        arrivals += 1
        if t > 0, t % design.ordersPerPeriod == 0 { _startPeriod() }
        guard !_active.isEmpty else { return true }
        let words = Philox4x32.block(
            counter: DrawCounter(step: UInt32(truncatingIfNeeded: t), agent: 0, purpose: .decision).words,
            key: key.words)
        let trader = _active[Self._uniform(words[0], words[1], below: _active.count)]
        let buyers = design.buyerValues.count
        let isBuyer = trader < buyers
        let unit = _traded[trader]
        var low = design.ticks.lowerBound, high = design.ticks.upperBound
        if strategy == .budgetConstrained {
            if isBuyer { high = design.buyerValues[trader][unit] } else { low = design.sellerCosts[trader - buyers][unit] }
        }
        let tick = low + Self._uniform(words[2], words[3], below: high - low + 1)
        if let old = _resting[trader] { _book.cancel(old) }
        _book.removeAllTrades()
        let receipt = _book.submitLimit(isBuyer ? .buy : .sell, tick: tick, quantity: 1, trader: trader)
        _resting[trader] = receipt.resting > 0 ? receipt.id : nil
        for trade in _book.trades { _settle(trade) }
        if receipt.filled > 0, design.clearsBookAfterTrade {
            _book.cancelAll()
            for i in _resting.indices { _resting[i] = nil }
        }
        return true
    }

    /// Moves cash, units and surplus for one trade of one unit.
    internal mutating func _settle(_ trade: Trade) {
        let buyers = design.buyerValues.count
        let buyer = trade.buyer, seller = trade.seller
        let value = design.buyerValues[buyer][_traded[buyer]]
        let cost = design.sellerCosts[seller - buyers][_traded[seller]]
        _cash[buyer] -= trade.tick
        _units[buyer] += 1
        _cash[seller] += trade.tick
        _units[seller] -= 1
        realizedSurplus += value - cost
        prices.append(trade.tick)
        _countUnitTraded(by: buyer)
        _countUnitTraded(by: seller)
    }

    /// Moves a trader to its next unit; its resting order, if it was the
    /// resting side, is gone (the aggressor never rested).
    internal mutating func _countUnitTraded(by trader: Int) {
        let buyers = design.buyerValues.count
        _traded[trader] += 1
        _resting[trader] = nil
        let units = trader < buyers ? design.buyerValues[trader].count : design.sellerCosts[trader - buyers].count
        if _traded[trader] == units { _deactivate(trader) }
    }

    /// Resets endowments and the book for a new period.
    internal mutating func _startPeriod() {
        _book.cancelAll()
        _book.removeAllTrades()
        _active.removeAll(keepingCapacity: true)
        let buyers = design.buyerValues.count
        for trader in 0..<traderCount {
            if trader < buyers {
                _cash[trader] = design.buyerValues[trader].reduce(0, +)
                _units[trader] = 0
            } else {
                _cash[trader] = 0
                _units[trader] = design.sellerCosts[trader - buyers].count
            }
            _traded[trader] = 0
            _resting[trader] = nil
            _activePosition[trader] = _active.count
            _active.append(trader)
        }
    }

    /// Removes a trader from the active list (swap with the last).
    internal mutating func _deactivate(_ trader: Int) {
        let position = _activePosition[trader]
        guard position >= 0 else { return }
        let last = _active.removeLast()
        if last != trader {
            _active[position] = last
            _activePosition[last] = position
        }
        _activePosition[trader] = -1
    }

    /// A uniform integer in `0..<n` from two words: the high half of the
    /// 128-bit product of the 64-bit word `hi:lo` and `n` (Lemire's
    /// multiply-shift without rejection; bias at most `n/2⁶⁴`).
    internal static func _uniform(_ hi: UInt32, _ lo: UInt32, below n: Int) -> Int {
        let x = UInt64(hi) << 32 | UInt64(lo)
        return Int(x.multipliedFullWidth(by: UInt64(n)).high)
    }
}
