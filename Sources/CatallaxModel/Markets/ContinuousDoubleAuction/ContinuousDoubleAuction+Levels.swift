// Price levels: FIFO queues of order slots, occupancy bits, best prices.
//
// Level i of side s lives at _levels[s·L + i] and owns bit i of the side's
// occupancy words; the bit is set exactly when the level's queue is not
// empty. The best bid is the highest set bid bit, the best ask the lowest
// set ask bit; both are kept current, and when a best level empties the
// next one is found by a word-wise scan away from the spread.

extension ContinuousDoubleAuction {
    /// The index in `_levels` of level `level` of `side`.
    @inline(__always)
    internal func _levelIndex(_ side: OrderSide, _ level: Int) -> Int {
        side == .buy ? level : _levelCount + level
    }

    /// The slot of `id` if that order still rests, else `nil`.
    internal func _slotIfResting(_ id: OrderID) -> Int? {
        let slot = Int(id._slot)
        guard slot >= 0, slot < _orders.count else { return nil }
        let order = _orders[slot]
        return order.quantity > 0 && order.sequence == id.sequence ? slot : nil
    }

    /// Stores a new resting order at the tail of its level and returns its slot.
    internal mutating func _rest(
        _ side: OrderSide, level: Int, quantity: Int, trader: Int, sequence: UInt64
    ) -> Int32 {
        let index = _levelIndex(side, level)
        let tail = _levels[index].tail
        let order = _RestingOrder(
            quantity: quantity, trader: trader, sequence: sequence, level: Int32(level), side: side,
            previous: tail, next: -1)
        let slot: Int32
        if let free = _freeSlots.popLast() {
            slot = free
            _orders[Int(free)] = order
        } else {
            slot = Int32(_orders.count)
            _orders.append(order)
        }
        if tail < 0 {
            _levels[index].head = slot
            _setOccupied(side, level, true)
        } else {
            _orders[Int(tail)].next = slot
        }
        _levels[index].tail = slot
        _levels[index].quantity += quantity
        if side == .buy {
            _restingBids += quantity
            if level > _bestBid { _bestBid = level }
        } else {
            _restingAsks += quantity
            if _bestAsk < 0 || level < _bestAsk { _bestAsk = level }
        }
        return slot
    }

    /// Takes a resting order out of its level (whatever units it has left),
    /// frees its slot and moves the best price if its level emptied.
    internal mutating func _remove(slot: Int) {
        let order = _orders[slot]
        let level = Int(order.level)
        let index = _levelIndex(order.side, level)
        if order.previous < 0 { _levels[index].head = order.next } else { _orders[Int(order.previous)].next = order.next }
        if order.next < 0 { _levels[index].tail = order.previous } else { _orders[Int(order.next)].previous = order.previous }
        _levels[index].quantity -= order.quantity
        if order.side == .buy { _restingBids -= order.quantity } else { _restingAsks -= order.quantity }
        _orders[slot].quantity = 0
        _freeSlots.append(Int32(slot))
        if _levels[index].head < 0 {
            _setOccupied(order.side, level, false)
            if order.side == .buy, level == _bestBid {
                _bestBid = _highestOccupied(.buy, atOrBelow: level - 1)
            } else if order.side == .sell, level == _bestAsk {
                _bestAsk = _lowestOccupied(.sell, atOrAbove: level + 1)
            }
        }
    }

    // MARK: Occupancy bits

    @inline(__always)
    internal mutating func _setOccupied(_ side: OrderSide, _ level: Int, _ occupied: Bool) {
        let word = (side == .buy ? 0 : _wordsPerSide) + level >> 6
        let bit: UInt64 = 1 << UInt64(level & 63)
        if occupied { _occupied[word] |= bit } else { _occupied[word] &= ~bit }
    }

    /// The lowest occupied level of `side` at or above `level`, `-1` if none.
    internal func _lowestOccupied(_ side: OrderSide, atOrAbove level: Int) -> Int {
        guard level < _levelCount else { return -1 }
        let base = side == .buy ? 0 : _wordsPerSide
        var w = level >> 6
        var word = _occupied[base + w] & (~UInt64(0) << UInt64(level & 63))
        while true {
            if word != 0 { return w << 6 + word.trailingZeroBitCount }
            w += 1
            if w == _wordsPerSide { return -1 }
            word = _occupied[base + w]
        }
    }

    /// The highest occupied level of `side` at or below `level`, `-1` if none.
    internal func _highestOccupied(_ side: OrderSide, atOrBelow level: Int) -> Int {
        guard level >= 0 else { return -1 }
        let base = side == .buy ? 0 : _wordsPerSide
        var w = level >> 6
        var word = _occupied[base + w] & (~UInt64(0) >> UInt64(63 - level & 63))
        while true {
            if word != 0 { return w << 6 + 63 - word.leadingZeroBitCount }
            w -= 1
            if w < 0 { return -1 }
            word = _occupied[base + w]
        }
    }
}
