/// An order collected for a ``CallAuction``: a limit order, or a market
/// order that executes at any price.
///
/// ```
/// buy at limit L:  executes at auction price p only if p ≤ L
/// sell at limit L: executes only if p ≥ L
/// market order:    executes at any p, ahead of every limit order
/// ```
///
/// An order's place in the array given to ``CallAuction/clear(_:referenceTick:fills:)``
/// is its time priority: earlier entries come first among equal prices.
public struct AuctionOrder: Hashable, Sendable {
    /// Buy or sell.
    public var side: OrderSide
    /// The limit price in ticks, or `nil` for a market order.
    public var limitTick: Int?
    /// Units, `> 0`.
    public var quantity: Int

    /// Creates an order.
    ///
    /// - Parameters:
    ///   - side: Buy or sell.
    ///   - limitTick: The limit in ticks, or `nil` for a market order.
    ///   - quantity: Units, `> 0` (checked when the auction clears).
    public init(_ side: OrderSide, limitTick: Int?, quantity: Int) {
        self.side = side
        self.limitTick = limitTick
        self.quantity = quantity
    }

    /// A limit order: `AuctionOrder.limit(.buy, tick: 101, quantity: 5)`.
    ///
    /// - Parameters:
    ///   - side: Buy or sell.
    ///   - tick: The limit in ticks.
    ///   - quantity: Units, `> 0`.
    /// - Returns: The order.
    public static func limit(_ side: OrderSide, tick: Int, quantity: Int) -> AuctionOrder {
        AuctionOrder(side, limitTick: tick, quantity: quantity)
    }

    /// A market order: `AuctionOrder.market(.sell, quantity: 3)`.
    ///
    /// - Parameters:
    ///   - side: Buy or sell.
    ///   - quantity: Units, `> 0`.
    /// - Returns: The order.
    public static func market(_ side: OrderSide, quantity: Int) -> AuctionOrder {
        AuctionOrder(side, limitTick: nil, quantity: quantity)
    }
}
