/// A step's orders on one curve market, in execution order: who trades and
/// how many tokens (`> 0` a buy, `< 0` a sell), and after execution each
/// order's cash flow to its trader (`docs/MarketManipulation.md`, "Execution").
///
/// Sized once (``reserve(_:)``); the step loop only empties and refills it,
/// so it allocates nothing.
@usableFromInline struct OrderQueue {
    /// The trader of each order (an account of the ``CurveLedger``).
    @usableFromInline var trader: [Int32] = []
    /// Signed tokens: `q > 0` buys `q`, `q < 0` sells `|q|`; after execution, what was traded.
    @usableFromInline var tokens: [Double] = []
    /// After execution, the trader's cash change: `−(1 + φ)·C + r·C` for a buy, `(1 − φ)·F + r·F` for a sell.
    @usableFromInline var flow: [Double] = []

    @inlinable init() {}

    /// The number of queued orders.
    @inlinable var count: Int { trader.count }

    /// Room for `capacity` orders, so appends in the step loop never allocate.
    @inlinable mutating func reserve(_ capacity: Int) {
        trader.reserveCapacity(capacity)
        tokens.reserveCapacity(capacity)
        flow.reserveCapacity(capacity)
    }

    /// Empties the queue, keeping its capacity.
    @inlinable mutating func removeAll() {
        trader.removeAll(keepingCapacity: true)
        tokens.removeAll(keepingCapacity: true)
        flow.removeAll(keepingCapacity: true)
    }

    /// Queues `q` signed tokens for `account` at position `position` (the end by default).
    @inlinable mutating func insert(account: Int, tokens q: Double, at position: Int? = nil) {
        let at = position ?? count
        trader.insert(Int32(truncatingIfNeeded: account), at: at)
        tokens.insert(q, at: at)
        flow.insert(0, at: at)
    }

    /// The tokens `account` traded (signed) and its cash flow, over its orders in the queue.
    @inlinable func totals(of account: Int) -> (tokens: Double, flow: Double) {
        var traded = 0.0, total = 0.0
        for g in 0..<count where Int(trader[g]) == account {
            traded += tokens[g]
            total += flow[g]
        }
        return (traded, total)
    }
}
