import CatallaxModel
import CatallaxNumerics

/// A zeroed ring of `expiry` slots for `body`.
func withRing<V: LaneVector, R>(_: V.Type, expiry: Int, _ body: (UnsafeMutablePointer<V>) -> R) -> R {
    let lots = UnsafeMutablePointer<V>.allocate(capacity: expiry)
    lots.initialize(repeating: V(), count: expiry)
    defer { lots.deallocate() }
    return body(lots)
}

/// Runs one step of the ledger in the spec's order: redeem, expire, store.
func ledgerStep<V: LaneVector>(
    _ lots: UnsafeMutablePointer<V>, expiry: Int, step t: Int, need: V, buy: V
) -> (redeemed: V, expired: V) {
    let r = CreditLedger.redeem(need: need, lots: lots, expiry: expiry, step: t)
    let x = CreditLedger.expire(lots: lots, expiry: expiry, step: t)
    CreditLedger.store(amount: buy, lots: lots, expiry: expiry, step: t)
    return (r, x)
}
