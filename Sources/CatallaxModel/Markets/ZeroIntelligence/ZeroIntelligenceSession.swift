import CatallaxNumerics

/// One seeded session of zero-intelligence traders in a continuous double
/// auction (Gode and Sunder 1993), steppable one order at a time.
///
/// ```
/// each period: endowments reset, book empty
/// each order arrival t:
///   trader  ~ U{traders with units left}
///   price   ~ ZI-U: U{lo … hi};  ZI-C: buyer U{lo … v}, seller U{c … hi}
///   the trader's previous order is cancelled; a 1-unit limit order enters
///   a trade settles: buyer cash −= p, units += 1; seller cash += p, units −= 1
///   surplus += v − c of the units traded;  a trade clears the book (GS rule)
/// efficiency = realized surplus / (periods · maximum surplus)
/// ```
///
/// Buyers start each period with cash `Σ` of their values and no units;
/// sellers with their units and no cash. Both totals are conserved by
/// every trade; under ZI-C no holding ever goes negative (a buyer pays at
/// most the value of the unit bought), while ZI-U buyers can overspend.
///
/// Randomness: order arrival `t` (counted over the whole session) draws one
/// Philox4x32-10 block at ``DrawCounter`` `(t, 0, .decision, 0)` under the
/// session's ``RunKey``: words 0–1 choose the trader, words 2–3 the price,
/// each by a 64-bit multiply-high (bias below 2⁻⁵⁶), so a session is a pure
/// function of its key and design.
///
/// See `docs/ZeroIntelligence.md`.
public struct ZeroIntelligenceSession: Sendable {
    /// The experiment's values, costs and timing.
    public let design: DoubleAuctionDesign
    /// How traders draw prices.
    public let strategy: ZeroIntelligenceStrategy
    /// The run's key: the session is a pure function of it.
    public internal(set) var key: RunKey

    /// Order arrivals processed so far, over all periods (idle arrivals,
    /// when no trader has a unit left, count too).
    public internal(set) var arrivals: Int
    /// Surplus realized so far: `Σ (v − c)` over traded units.
    public internal(set) var realizedSurplus: Int
    /// The price of every trade so far, in ticks, in order.
    public internal(set) var prices: [Int]

    internal var _book: ContinuousDoubleAuction
    /// Per trader: cash and units held (in ticks and units).
    internal var _cash: [Int]
    internal var _units: [Int]
    /// Per trader: units traded this period (the next unit's index).
    internal var _traded: [Int]
    /// Per trader: the order resting for it, if any.
    internal var _resting: [OrderID?]
    /// Traders with units left this period, and each trader's position there
    /// (`-1` when out), for O(1) removal.
    internal var _active: [Int]
    internal var _activePosition: [Int]

    /// A session at its start, before the first order.
    ///
    /// - Parameters:
    ///   - design: Values, costs and timing.
    ///   - strategy: ZI-U or ZI-C.
    ///   - key: The run's Philox key.
    public init(design: DoubleAuctionDesign, strategy: ZeroIntelligenceStrategy, key: RunKey) {
        self.design = design
        self.strategy = strategy
        self.key = key
        arrivals = 0
        realizedSurplus = 0
        prices = []
        prices.reserveCapacity(design.periods * design.competitiveQuantity * 2)
        let n = design.traderCount
        do {
            _book = try ContinuousDoubleAuction(ticks: design.ticks, capacity: n)
        } catch {
            preconditionFailure("A validated design's ticks make a valid book: \(error)")
        }
        _cash = Array(repeating: 0, count: n)
        _units = Array(repeating: 0, count: n)
        _traded = Array(repeating: 0, count: n)
        _resting = Array(repeating: nil, count: n)
        _active = []
        _active.reserveCapacity(n)
        _activePosition = Array(repeating: -1, count: n)
        _startPeriod()
    }

    /// Puts the session back to its start under a new key, as if it had
    /// just been created with `key`, keeping the storage of its book, price
    /// log and per-trader arrays (so replicates can reuse one session
    /// without allocating).
    ///
    /// ```
    /// restart(key: k)  ≡  self = ZeroIntelligenceSession(design, strategy, key: k)
    /// ```
    /// - Parameter key: The next run's Philox key.
    /// - Complexity: O(traders + resting orders).
    public mutating func restart(key: RunKey) {
        self.key = key
        arrivals = 0
        realizedSurplus = 0
        prices.removeAll(keepingCapacity: true)
        _startPeriod()
    }

    /// The number of traders; buyers are `0..<design.buyerValues.count`.
    public var traderCount: Int { design.traderCount }

    /// The cash a trader holds, in ticks.
    ///
    /// - Parameter trader: `0..<traderCount`.
    /// - Returns: Cash; negative only for an overspending ZI-U buyer.
    public func cash(ofTrader trader: Int) -> Int { _cash[trader] }

    /// The units a trader holds.
    ///
    /// - Parameter trader: `0..<traderCount`.
    /// - Returns: Units, `≥ 0`.
    public func units(ofTrader trader: Int) -> Int { _units[trader] }

    /// Whether every order arrival of every period has been processed.
    public var isFinished: Bool {
        arrivals >= design.periods * design.ordersPerPeriod
    }

    /// Runs the session to its end and reports it.
    ///
    /// ```
    /// while !isFinished: advance()
    /// ```
    /// - Returns: Efficiency, surplus, volume and prices.
    /// - Complexity: O(periods · ordersPerPeriod).
    @discardableResult
    public mutating func run() -> ZeroIntelligenceOutcome {
        while advance() {}
        return outcome
    }

    /// Runs one whole session.
    ///
    /// ```
    /// ZeroIntelligenceSession(design, strategy, key).run()
    /// ```
    /// - Parameters:
    ///   - design: Values, costs and timing.
    ///   - strategy: ZI-U or ZI-C.
    ///   - key: The run's Philox key.
    /// - Returns: The session's outcome.
    public static func run(
        _ design: DoubleAuctionDesign, strategy: ZeroIntelligenceStrategy, key: RunKey
    ) -> ZeroIntelligenceOutcome {
        var session = ZeroIntelligenceSession(design: design, strategy: strategy, key: key)
        return session.run()
    }

    /// The outcome so far (final once ``isFinished``).
    ///
    /// ```
    /// efficiency = realizedSurplus / (periods · maximum surplus)
    /// ```
    public var outcome: ZeroIntelligenceOutcome {
        let maximum = design.periods * design.maximumSurplus
        return ZeroIntelligenceOutcome(
            efficiency: maximum > 0 ? Double(realizedSurplus) / Double(maximum) : 1,
            realizedSurplus: realizedSurplus, maximumSurplus: maximum, volume: prices.count, prices: prices)
    }
}

/// The result of a ``ZeroIntelligenceSession``.
///
/// ```
/// efficiency = realizedSurplus / maximumSurplus      (≤ 1; < 0 possible under ZI-U)
/// ```
public struct ZeroIntelligenceOutcome: Hashable, Sendable {
    /// Allocative efficiency: realized over maximum surplus.
    public var efficiency: Double
    /// `Σ (v − c)` over all traded units, in ticks.
    public var realizedSurplus: Int
    /// The competitive surplus of all periods, in ticks.
    public var maximumSurplus: Int
    /// Units traded.
    public var volume: Int
    /// Trade prices in ticks, in order.
    public var prices: [Int]

    /// The mean trade price, or `nil` without trades.
    ///
    /// ```
    /// Σ prices / volume
    /// ```
    public var meanPrice: Double? {
        prices.isEmpty ? nil : Double(prices.reduce(0, +)) / Double(prices.count)
    }
}
