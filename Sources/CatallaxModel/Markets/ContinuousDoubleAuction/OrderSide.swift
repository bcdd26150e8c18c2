/// The side of the market an order is on: buying or selling.
///
/// ```
/// buy:  pays currency, receives units; better means a higher price
/// sell: delivers units, receives currency; better means a lower price
/// ```
public enum OrderSide: UInt8, Hashable, Sendable, CaseIterable {
    /// A bid: buys units.
    case buy = 0
    /// An ask (offer): sells units.
    case sell = 1

    /// The other side: the side an order of this side trades against.
    ///
    /// ```
    /// buy.opposite = sell,   sell.opposite = buy
    /// ```
    @inlinable
    public var opposite: OrderSide {
        self == .buy ? .sell : .buy
    }
}
