/// One execution in a ``ContinuousDoubleAuction``: an incoming order met a
/// resting order and `quantity` units changed hands at the resting order's
/// price.
///
/// ```
/// buyer:  units += quantity,   cash −= quantity · price(tick)
/// seller: units −= quantity,   cash += quantity · price(tick)
/// ```
///
/// `buyer` and `seller` are the trader numbers the orders were submitted
/// with; settling holdings is the caller's job, so a book serves any
/// scenario's agents.
public struct Trade: Hashable, Sendable {
    /// The price in integer ticks: always the resting order's limit.
    public var tick: Int
    /// The number of units exchanged, `> 0`.
    public var quantity: Int
    /// The trader who bought.
    public var buyer: Int
    /// The trader who sold.
    public var seller: Int
    /// The buy order.
    public var buyOrder: OrderID
    /// The sell order.
    public var sellOrder: OrderID
    /// The side of the incoming (aggressive) order; the other side rested.
    public var aggressor: OrderSide

    /// Creates a trade record.
    ///
    /// - Parameters:
    ///   - tick: The price in ticks.
    ///   - quantity: Units exchanged, `> 0`.
    ///   - buyer: The buying trader.
    ///   - seller: The selling trader.
    ///   - buyOrder: The buy order.
    ///   - sellOrder: The sell order.
    ///   - aggressor: The side of the incoming order.
    @inlinable
    public init(
        tick: Int, quantity: Int, buyer: Int, seller: Int, buyOrder: OrderID, sellOrder: OrderID,
        aggressor: OrderSide
    ) {
        self.tick = tick
        self.quantity = quantity
        self.buyer = buyer
        self.seller = seller
        self.buyOrder = buyOrder
        self.sellOrder = sellOrder
        self.aggressor = aggressor
    }

    /// The order that was resting in the book, whose price the trade took.
    ///
    /// ```
    /// aggressor = buy ⇒ sellOrder,   aggressor = sell ⇒ buyOrder
    /// ```
    @inlinable
    public var restingOrder: OrderID {
        aggressor == .buy ? sellOrder : buyOrder
    }
}
