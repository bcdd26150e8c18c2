// Structural invariants of the book, checked by the tests after every
// operation. Nothing here runs unless called.

extension ContinuousDoubleAuction {
    /// The first broken invariant, described, or `nil` when the book is
    /// consistent:
    /// - every level's queue links forward and back, holds orders of its side
    ///   and level with positive quantities in arrival order, and sums to the
    ///   level's quantity; its occupancy bit is set exactly when non-empty;
    /// - the stored best bid and ask are the highest and lowest occupied
    ///   levels, and the book is not crossed (best bid < best ask);
    /// - the side totals equal the sums of their levels, and the orders
    ///   linked into levels are exactly the occupied slots.
    internal func _invariantViolation() -> String? {
        var linked = 0
        for side in OrderSide.allCases {
            var total = 0
            var highest = -1
            var lowest = -1
            for level in 0..<_levelCount {
                let entry = _levels[_levelIndex(side, level)]
                let word = (side == .buy ? 0 : _wordsPerSide) + level >> 6
                let bit = _occupied[word] >> UInt64(level & 63) & 1 == 1
                if bit != (entry.head >= 0) { return "\(side) level \(level): occupancy bit \(bit), head \(entry.head)" }
                var slot = entry.head
                var previous: Int32 = -1
                var sum = 0
                var lastSequence: UInt64? = nil
                while slot >= 0 {
                    let order = _orders[Int(slot)]
                    if order.previous != previous { return "\(side) level \(level): slot \(slot) links back to \(order.previous), not \(previous)" }
                    if order.side != side || Int(order.level) != level { return "slot \(slot) is filed under the wrong side or level" }
                    if order.quantity <= 0 { return "slot \(slot) rests with quantity \(order.quantity)" }
                    if let last = lastSequence, order.sequence <= last { return "\(side) level \(level) is not in arrival order" }
                    lastSequence = order.sequence
                    sum += order.quantity
                    linked += 1
                    previous = slot
                    slot = order.next
                }
                if entry.tail != previous { return "\(side) level \(level): tail \(entry.tail), last order \(previous)" }
                if sum != entry.quantity { return "\(side) level \(level): quantity \(entry.quantity), orders sum to \(sum)" }
                total += sum
                if sum > 0 {
                    highest = level
                    if lowest < 0 { lowest = level }
                }
            }
            if side == .buy {
                if total != _restingBids { return "resting bids \(_restingBids), levels sum to \(total)" }
                if _bestBid != highest { return "best bid level \(_bestBid), highest occupied \(highest)" }
            } else {
                if total != _restingAsks { return "resting asks \(_restingAsks), levels sum to \(total)" }
                if _bestAsk != lowest { return "best ask level \(_bestAsk), lowest occupied \(lowest)" }
            }
        }
        if _bestBid >= 0, _bestAsk >= 0, _bestBid >= _bestAsk { return "crossed book: bid level \(_bestBid) ≥ ask level \(_bestAsk)" }
        if linked != restingOrderCount { return "\(linked) orders linked, \(restingOrderCount) slots occupied" }
        let freeWithQuantity = _freeSlots.contains { _orders[Int($0)].quantity != 0 }
        if freeWithQuantity { return "a free slot still holds units" }
        return nil
    }
}
