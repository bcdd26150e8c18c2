/// A continuous double auction: a limit order book over integer price ticks
/// with price-time priority.
///
/// ```
/// incoming buy at limit L:  while best ask A ≤ L: trade min(q, q_A) at A
/// incoming sell at limit L: while best bid B ≥ L: trade min(q, q_B) at B
/// priority:                 better price first, then earlier arrival
/// at rest:                  best bid < best ask (never crossed)
/// ```
///
/// Orders are limit orders (the unfilled rest waits in the book) or market
/// orders (they take what the book offers and drop the rest); any order can
/// be filled in part; resting orders can be cancelled. Every trade is at the
/// resting order's price, in integer ticks of `ticks`; quantities are
/// integer units. Traders are plain numbers chosen by the caller, who
/// settles cash and units from ``trades``; an order may meet an order of
/// the same trader (no self-trade prevention).
///
/// Layout (no object per order, nothing allocated once capacity is
/// reached):
/// - each price level is a FIFO queue, an intrusive doubly linked list over
///   one array of order slots; a level array per side is indexed by tick,
///   so adding to a level and cancelling are O(1);
/// - one occupancy bit per level and side; when the best level empties, the
///   next one is found by scanning 64 levels per word (`trailingZeroBitCount`);
/// - the best bid and ask are stored, so reading them is O(1).
///
/// The trap avoided: prices are integer ticks, never `Double`s, so equal
/// prices compare equal and a level is never split by rounding.
///
/// See `docs/ContinuousDoubleAuction.md`.
public struct ContinuousDoubleAuction: Sendable {
    /// The price ticks an order may use, `lowerBound ≥ 0`.
    public let ticks: ClosedRange<Int>

    /// Every trade since the book was made or ``removeAllTrades()`` was
    /// called, in execution order.
    public internal(set) var trades: [Trade]

    /// Order slots; a slot with `quantity == 0` is free.
    internal var _orders: [_RestingOrder]
    /// Free slots, reused last in, first out.
    internal var _freeSlots: [Int32]
    /// Bid levels `0..<_levelCount`, then ask levels; level `i` is tick
    /// `ticks.lowerBound + i`.
    internal var _levels: [_Level]
    /// Occupancy bits: bid words, then ask words.
    internal var _occupied: [UInt64]
    /// Words of occupancy bits per side.
    internal let _wordsPerSide: Int
    /// The best bid level, `-1` when no bid rests.
    internal var _bestBid: Int
    /// The best ask level, `-1` when no ask rests.
    internal var _bestAsk: Int
    /// Total resting units on each side.
    internal var _restingBids: Int
    internal var _restingAsks: Int
    /// The next arrival number.
    internal var _nextSequence: UInt64

    /// The number of price levels per side.
    internal var _levelCount: Int { ticks.count }

    /// An empty book over a range of price ticks.
    ///
    /// ```
    /// levels = ticks.count per side,   memory ≈ 32·ticks + 40·resting orders bytes
    /// ```
    /// - Parameters:
    ///   - ticks: The allowed prices in ticks, with `lowerBound ≥ 0` and at
    ///     most 2²⁴ ticks.
    ///   - capacity: Resting orders to make room for; the book grows past it
    ///     when needed (amortized), so this only avoids allocation later.
    /// - Throws: `MarketError.invalidParameter` for a negative lower bound,
    ///   too many ticks or a negative capacity.
    public init(ticks: ClosedRange<Int>, capacity: Int = 64) throws(MarketError) {
        let name = "ContinuousDoubleAuction"
        try MarketError.check(ticks.lowerBound >= 0, name, "ticks.lowerBound", Double(ticks.lowerBound), "≥ 0")
        try MarketError.check(ticks.count <= 1 << 24, name, "ticks.count", Double(ticks.count), "at most 2²⁴")
        try MarketError.check(capacity >= 0, name, "capacity", Double(capacity), "≥ 0")
        self.ticks = ticks
        let words = (ticks.count + 63) / 64
        _wordsPerSide = words
        _levels = Array(repeating: _Level(), count: 2 * ticks.count)
        _occupied = Array(repeating: 0, count: 2 * words)
        _orders = []
        _orders.reserveCapacity(capacity)
        _freeSlots = []
        _freeSlots.reserveCapacity(capacity)
        trades = []
        trades.reserveCapacity(capacity)
        _bestBid = -1
        _bestAsk = -1
        _restingBids = 0
        _restingAsks = 0
        _nextSequence = 0
    }

    // MARK: Reading the book

    /// The highest resting bid, in ticks; `nil` when no bid rests.
    ///
    /// ```
    /// max { limit of a resting buy order }
    /// ```
    public var bestBid: Int? {
        _bestBid < 0 ? nil : ticks.lowerBound + _bestBid
    }

    /// The lowest resting ask, in ticks; `nil` when no ask rests.
    ///
    /// ```
    /// min { limit of a resting sell order }
    /// ```
    public var bestAsk: Int? {
        _bestAsk < 0 ? nil : ticks.lowerBound + _bestAsk
    }

    /// The units resting on one side at one price.
    ///
    /// ```
    /// Σ remaining quantity of the side's orders with limit = tick
    /// ```
    /// - Parameters:
    ///   - side: The side.
    ///   - tick: A price; outside ``ticks`` the depth is `0`.
    /// - Returns: Units, `≥ 0`.
    public func depth(_ side: OrderSide, atTick tick: Int) -> Int {
        guard ticks.contains(tick) else { return 0 }
        return _levels[_levelIndex(side, tick - ticks.lowerBound)].quantity
    }

    /// All units resting on one side.
    ///
    /// ```
    /// Σ over the side's resting orders of their remaining quantity
    /// ```
    /// - Parameter side: The side.
    /// - Returns: Units, `≥ 0`.
    public func restingQuantity(_ side: OrderSide) -> Int {
        side == .buy ? _restingBids : _restingAsks
    }

    /// The units of an order still resting in the book.
    ///
    /// ```
    /// remaining quantity, or 0 once filled, cancelled or never resting
    /// ```
    /// - Parameter id: The order.
    /// - Returns: Units, `≥ 0`.
    public func restingQuantity(of id: OrderID) -> Int {
        _slotIfResting(id).map { _orders[$0].quantity } ?? 0
    }

    /// The number of orders resting in the book, both sides.
    public var restingOrderCount: Int {
        _orders.count - _freeSlots.count
    }

    /// Forgets the recorded trades, keeping their storage for reuse.
    ///
    /// - Complexity: O(1) amortized (the records are trivial values).
    public mutating func removeAllTrades() {
        trades.removeAll(keepingCapacity: true)
    }
}

/// One resting order's slot.
internal struct _RestingOrder: Sendable {
    /// Remaining units; `0` marks a free slot.
    var quantity: Int
    /// The submitting trader.
    var trader: Int
    /// The arrival number.
    var sequence: UInt64
    /// The price level (tick − lowest tick).
    var level: Int32
    /// The side.
    var side: OrderSide
    /// Neighbours in the level's queue, `-1` at the ends.
    var previous: Int32
    var next: Int32
}

/// One price level of one side: a FIFO queue of resting orders.
internal struct _Level: Sendable {
    /// The oldest order, `-1` when empty.
    var head: Int32 = -1
    /// The newest order, `-1` when empty.
    var tail: Int32 = -1
    /// Total remaining units at the level.
    var quantity: Int = 0
}
