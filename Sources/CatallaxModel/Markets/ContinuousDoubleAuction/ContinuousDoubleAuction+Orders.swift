// Submitting, matching and cancelling orders.

extension ContinuousDoubleAuction {
    /// Submits a limit order: it trades against the other side as far as its
    /// limit allows, and its unfilled rest waits in the book.
    ///
    /// ```
    /// buy:  while q > 0 and best ask A ≤ L: trade min(q, head of A) at A
    /// sell: while q > 0 and best bid B ≥ L: trade min(q, head of B) at B
    /// rest: q > 0 joins the tail of level L (time priority)
    /// ```
    /// Trades are appended to ``trades`` at the resting orders' prices, so a
    /// buy limit above the best ask pays the ask, not its limit.
    ///
    /// - Parameters:
    ///   - side: Buy or sell.
    ///   - tick: The limit price `L`; must lie in ``ticks`` (a precondition).
    ///   - quantity: Units `q > 0` (a precondition).
    ///   - trader: The caller's number for the trader, copied into trades.
    /// - Returns: The order's identity and how much was filled and rests.
    /// - Complexity: O(1 + fills + levels skipped/64) (amortized, once the
    ///   order storage has grown to its peak).
    @discardableResult
    public mutating func submitLimit(_ side: OrderSide, tick: Int, quantity: Int, trader: Int) -> OrderReceipt {
        precondition(ticks.contains(tick), "Limit tick \(tick) lies outside the book's ticks \(ticks).")
        precondition(quantity > 0, "An order's quantity must be positive, got \(quantity).")
        let sequence = _nextSequence
        _nextSequence += 1
        let level = tick - ticks.lowerBound
        // The slot the rest will take, if any, is not known before matching;
        // trades name the aggressor by sequence with slot −1, then the
        // receipt carries the resting slot.
        let aggressor = OrderID(sequence: sequence, slot: -1)
        let left = _match(side, limitLevel: level, quantity: quantity, trader: trader, id: aggressor)
        var slot: Int32 = -1
        if left > 0 {
            slot = _rest(side, level: level, quantity: left, trader: trader, sequence: sequence)
        }
        return OrderReceipt(
            id: OrderID(sequence: sequence, slot: slot), filled: quantity - left, resting: left, discarded: 0)
    }

    /// Submits a market order: it trades against the best prices of the
    /// other side until filled or the side is empty; the rest is dropped.
    ///
    /// ```
    /// buy:  while q > 0 and an ask rests: trade min(q, head of best ask) there
    /// ```
    /// - Parameters:
    ///   - side: Buy or sell.
    ///   - quantity: Units `q > 0` (a precondition).
    ///   - trader: The caller's number for the trader.
    /// - Returns: The order's identity, the units filled and discarded.
    /// - Complexity: O(1 + fills + levels skipped/64).
    @discardableResult
    public mutating func submitMarket(_ side: OrderSide, quantity: Int, trader: Int) -> OrderReceipt {
        precondition(quantity > 0, "An order's quantity must be positive, got \(quantity).")
        let sequence = _nextSequence
        _nextSequence += 1
        let id = OrderID(sequence: sequence, slot: -1)
        let limit = side == .buy ? _levelCount - 1 : 0
        let left = _match(side, limitLevel: limit, quantity: quantity, trader: trader, id: id)
        return OrderReceipt(id: id, filled: quantity - left, resting: 0, discarded: left)
    }

    /// Withdraws the resting part of an order.
    ///
    /// ```
    /// returns the order's remaining units, which leave the book; 0 if none
    /// ```
    /// An order already filled, already cancelled or never resting is left
    /// alone and gives `0`.
    /// - Parameter id: The order, from its ``OrderReceipt``.
    /// - Returns: The units withdrawn.
    @discardableResult
    public mutating func cancel(_ id: OrderID) -> Int {
        guard let slot = _slotIfResting(id) else { return 0 }
        let quantity = _orders[slot].quantity
        _remove(slot: slot)
        return quantity
    }

    /// Withdraws every resting order, keeping the storage for reuse
    /// (Gode and Sunder's rule that a trade cancels all unaccepted bids and
    /// offers is one call of this after each trade).
    ///
    /// - Complexity: O(resting orders + levels/64).
    public mutating func cancelAll() {
        for side in OrderSide.allCases {
            var level = _lowestOccupied(side, atOrAbove: 0)
            while level >= 0 {
                _levels[_levelIndex(side, level)] = _Level()
                level = _lowestOccupied(side, atOrAbove: level + 1)
            }
        }
        for w in _occupied.indices { _occupied[w] = 0 }
        _orders.removeAll(keepingCapacity: true)
        _freeSlots.removeAll(keepingCapacity: true)
        _bestBid = -1
        _bestAsk = -1
        _restingBids = 0
        _restingAsks = 0
    }

    /// Trades an incoming order against the other side up to its limit level
    /// and returns the units left.
    internal mutating func _match(
        _ side: OrderSide, limitLevel: Int, quantity: Int, trader: Int, id: OrderID
    ) -> Int {
        var left = quantity
        while left > 0 {
            // The best opposite level, if it crosses the limit.
            let level: Int
            if side == .buy {
                guard _bestAsk >= 0, _bestAsk <= limitLevel else { break }
                level = _bestAsk
            } else {
                guard _bestBid >= 0, _bestBid >= limitLevel else { break }
                level = _bestBid
            }
            let index = _levelIndex(side.opposite, level)
            let slot = Int(_levels[index].head)
            let resting = _orders[slot]
            let fill = min(left, resting.quantity)
            let restingID = OrderID(sequence: resting.sequence, slot: Int32(slot))
            trades.append(
                Trade(
                    tick: ticks.lowerBound + level, quantity: fill,
                    buyer: side == .buy ? trader : resting.trader,
                    seller: side == .buy ? resting.trader : trader,
                    buyOrder: side == .buy ? id : restingID,
                    sellOrder: side == .buy ? restingID : id,
                    aggressor: side))
            left -= fill
            _orders[slot].quantity -= fill
            _levels[index].quantity -= fill
            if side == .buy { _restingAsks -= fill } else { _restingBids -= fill }
            if _orders[slot].quantity == 0 { _remove(slot: slot) }
        }
        return left
    }
}
