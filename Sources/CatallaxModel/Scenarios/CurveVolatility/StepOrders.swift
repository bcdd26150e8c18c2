import CatallaxNumerics

/// The orders of one step, `[order k]` of lanes: what the walk leaves for
/// the decisions, and the decisions for the trades (see
/// ``CurveVolatilityKernel`` `_executeOrders`).
///
/// One allocation of seven equal parts, sized for `N + 1` orders (a step has
/// at most one per agent, plus the iteration that finds every lane past
/// its end); the kernel allocates it once and reuses it.
@usableFromInline
struct _StepOrders<V: LaneVector> {
    /// The order's agent on every lane (`N` or more past a lane's last agent).
    @usableFromInline let agent: UnsafeMutablePointer<V>
    /// The noise trader's draw `u'` of the order.
    @usableFromInline let noiseDraw: UnsafeMutablePointer<V>
    /// Currency each order spends, `D = q·B_i` (0 on a sell or an idle
    /// lane); after the trades, the order's turnover `D + refund`.
    @usableFromInline let deposit: UnsafeMutablePointer<V>
    /// Tokens each order offers, `Q = q·H_i`, before the supply cap.
    @usableFromInline let burn: UnsafeMutablePointer<V>
    /// The agent's balance when it decides; after the trades, its new balance.
    @usableFromInline let balance: UnsafeMutablePointer<V>
    /// The agent's holdings when it decides; after the trades, its new holdings.
    @usableFromInline let holdings: UnsafeMutablePointer<V>
    /// The offset of the agent's record (``_AgentRecords``), in doubles, as integer bits.
    @usableFromInline let offset: UnsafeMutablePointer<V>
    /// Orders each part holds.
    @usableFromInline let capacity: Int

    /// Room for `capacity` orders.
    @usableFromInline
    init(capacity: Int) {
        let base = UnsafeMutablePointer<V>.allocate(capacity: 7 * capacity)
        deposit = base
        burn = base + capacity
        balance = base + 2 * capacity
        holdings = base + 3 * capacity
        offset = base + 4 * capacity
        agent = base + 5 * capacity
        noiseDraw = base + 6 * capacity
        self.capacity = capacity
    }

    /// Frees the storage; the orders must not be used afterwards.
    @usableFromInline
    func deallocate() {
        deposit.deallocate()
    }
}
