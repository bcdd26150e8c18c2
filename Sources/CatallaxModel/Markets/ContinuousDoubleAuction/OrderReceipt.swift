/// What became of an order submitted to a ``ContinuousDoubleAuction``.
///
/// ```
/// quantity = filled + resting + discarded
/// ```
///
/// A limit order's unfilled rest waits in the book (`resting`); a market
/// order never rests, so its unfilled rest is `discarded` (immediate or
/// cancel). The trades themselves are appended to
/// ``ContinuousDoubleAuction/trades``.
public struct OrderReceipt: Hashable, Sendable {
    /// The order's identity; pass it to
    /// ``ContinuousDoubleAuction/cancel(_:)`` to withdraw the resting part.
    public var id: OrderID
    /// Units executed on arrival, against resting orders.
    public var filled: Int
    /// Units left waiting in the book (limit orders only).
    public var resting: Int
    /// Units dropped unfilled (market orders only: the book had too little
    /// on the other side).
    public var discarded: Int
}
