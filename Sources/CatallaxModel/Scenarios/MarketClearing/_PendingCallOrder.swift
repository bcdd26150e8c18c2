/// One order waiting for the next call of a lane's call auction.
///
/// Kept in submission order (time priority across the steps of an
/// interval) for the fills of the marginal ticks and the settlement; the
/// price itself comes from the per-tick aggregates.
@usableFromInline
struct _PendingCallOrder {
    /// Signed units: `> 0` buys, `< 0` sells (a whole number).
    @usableFromInline var quantity: Double
    /// The agent who placed it.
    @usableFromInline var agent: Int32
    /// The limit tick `j_ℓ`.
    @usableFromInline var tick: Int32

    @inlinable
    init(quantity: Double, agent: Int32, tick: Int32) {
        self.quantity = quantity
        self.agent = agent
        self.tick = tick
    }
}
