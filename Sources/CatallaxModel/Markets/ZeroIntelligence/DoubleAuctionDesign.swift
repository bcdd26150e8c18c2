/// An induced-value double-auction experiment: buyers with private values,
/// sellers with private costs, one unit per order, and the session's
/// timing.
///
/// ```
/// buyer i, unit k:  value vᵢₖ  (non-increasing in k: units trade in order)
/// seller j, unit k: cost  cⱼₖ  (non-decreasing in k)
/// max surplus = Σₖ max(0, v₍ₖ₎ − c₍ₖ₎),  v sorted down, c sorted up
/// ```
///
/// A session has `periods` periods; each starts from the same endowments
/// and an empty book and lasts `ordersPerPeriod` order arrivals. Values,
/// costs and prices are integer ticks in `ticks`. The maximum surplus is the
/// competitive equilibrium's: the gains of all intramarginal units.
///
/// ``reference`` is the design the tests and docs use (see
/// `docs/ZeroIntelligence.md`).
public struct DoubleAuctionDesign: Hashable, Sendable {
    /// Per buyer, the value of each unit in trading order.
    public let buyerValues: [[Int]]
    /// Per seller, the cost of each unit in trading order.
    public let sellerCosts: [[Int]]
    /// The price range of bids and asks, in ticks.
    public let ticks: ClosedRange<Int>
    /// Trading periods per session, `≥ 1`.
    public let periods: Int
    /// Order arrivals per period, `≥ 1`.
    public let ordersPerPeriod: Int
    /// Whether a trade cancels every other resting order (Gode and Sunder's
    /// rule); otherwise orders rest until their trader replaces them.
    public let clearsBookAfterTrade: Bool

    /// Creates a design.
    ///
    /// - Parameters:
    ///   - buyerValues: Per buyer (at least one), its units' values
    ///     (at least one), non-increasing, inside `ticks`.
    ///   - sellerCosts: Per seller (at least one), its units' costs,
    ///     non-decreasing, inside `ticks`.
    ///   - ticks: The price range, `lowerBound ≥ 0`.
    ///   - periods: Periods per session, `≥ 1`.
    ///   - ordersPerPeriod: Order arrivals per period, `≥ 1`.
    ///   - clearsBookAfterTrade: Whether a trade empties the book.
    /// - Throws: `MarketError.invalidParameter` naming the first bad entry.
    public init(
        buyerValues: [[Int]], sellerCosts: [[Int]], ticks: ClosedRange<Int> = 1...200, periods: Int = 6,
        ordersPerPeriod: Int = 1000, clearsBookAfterTrade: Bool = true
    ) throws(MarketError) {
        let name = "DoubleAuctionDesign"
        try MarketError.check(ticks.lowerBound >= 0, name, "ticks.lowerBound", Double(ticks.lowerBound), "≥ 0")
        try MarketError.check(!buyerValues.isEmpty, name, "buyerValues.count", 0, "≥ 1")
        try MarketError.check(!sellerCosts.isEmpty, name, "sellerCosts.count", 0, "≥ 1")
        for (side, schedules, order) in [("buyerValues", buyerValues, -1), ("sellerCosts", sellerCosts, 1)] {
            for (i, units) in schedules.enumerated() {
                try MarketError.check(!units.isEmpty, name, "\(side)[\(i)].count", 0, "≥ 1 (every trader has a unit)")
                for (k, tick) in units.enumerated() {
                    try MarketError.check(
                        ticks.contains(tick), name, "\(side)[\(i)][\(k)]", Double(tick), "inside the ticks \(ticks)")
                    if k > 0 {
                        try MarketError.check(
                            (tick - units[k - 1]) * order >= 0, name, "\(side)[\(i)][\(k)]", Double(tick),
                            order < 0 ? "≤ the previous unit's value" : "≥ the previous unit's cost")
                    }
                }
            }
        }
        try MarketError.check(periods >= 1, name, "periods", Double(periods), "≥ 1")
        try MarketError.check(ordersPerPeriod >= 1, name, "ordersPerPeriod", Double(ordersPerPeriod), "≥ 1")
        self.buyerValues = buyerValues
        self.sellerCosts = sellerCosts
        self.ticks = ticks
        self.periods = periods
        self.ordersPerPeriod = ordersPerPeriod
        self.clearsBookAfterTrade = clearsBookAfterTrade
    }

    /// The number of buyers plus sellers; buyers are traders `0..<buyers`,
    /// sellers follow.
    public var traderCount: Int { buyerValues.count + sellerCosts.count }

    /// The units traded in competitive equilibrium: the number of
    /// value–cost pairs with a positive gain, values sorted down and costs up.
    ///
    /// ```
    /// q* = #{k : v₍ₖ₎ > c₍ₖ₎}
    /// ```
    public var competitiveQuantity: Int {
        _sortedPairs.reduce(0) { $0 + ($1.value > $1.cost ? 1 : 0) }
    }

    /// The largest total surplus one period can realize.
    ///
    /// ```
    /// Σₖ max(0, v₍ₖ₎ − c₍ₖ₎)
    /// ```
    public var maximumSurplus: Int {
        _sortedPairs.reduce(0) { $0 + max(0, $1.value - $1.cost) }
    }

    /// The competitive prices: every `p` at which `q*` units are demanded
    /// and supplied, `max(c₍q*₎, v₍q*+1₎) … min(v₍q*₎, c₍q*+1₎)`.
    public var competitivePrices: ClosedRange<Int> {
        let pairs = _sortedPairs
        let q = competitiveQuantity
        var low = ticks.lowerBound, high = ticks.upperBound
        if q > 0 {
            low = max(low, pairs[q - 1].cost)
            high = min(high, pairs[q - 1].value)
        }
        if q < pairs.count {
            low = max(low, pairs[q].value)
            high = min(high, pairs[q].cost)
        }
        return low...max(low, high)
    }

    /// Values sorted down paired with costs sorted up.
    internal var _sortedPairs: [(value: Int, cost: Int)] {
        let values = buyerValues.joined().sorted(by: >)
        let costs = sellerCosts.joined().sorted()
        return Array(zip(values, costs).map { (value: $0, cost: $1) })
    }
}

extension DoubleAuctionDesign {
    /// The design of the tests and docs: six buyers and six sellers with four
    /// units each, prices 1…200, six periods of 1000 order arrivals, and a
    /// trade clears the book (Gode and Sunder's session structure, with
    /// stepped values of our own; `docs/ZeroIntelligence.md` tabulates them).
    ///
    /// ```
    /// q* = 17,  competitive prices 98…102,  maximum surplus 1272 per period
    /// 7 extramarginal units per side: trading all 24 realizes 994 (78.1 %)
    /// ```
    public static let reference: DoubleAuctionDesign = {
        do {
            return try DoubleAuctionDesign(
                buyerValues: [
                    [180, 150, 120, 90], [170, 140, 115, 85], [160, 135, 110, 80],
                    [155, 130, 105, 75], [150, 125, 102, 70], [145, 122, 96, 65],
                ],
                sellerCosts: [
                    [20, 50, 80, 110], [30, 55, 85, 115], [35, 60, 90, 120],
                    [40, 65, 94, 125], [45, 70, 98, 130], [50, 75, 104, 135],
                ])
        } catch {
            preconditionFailure("The reference design is invalid: \(error)")
        }
    }()
}
