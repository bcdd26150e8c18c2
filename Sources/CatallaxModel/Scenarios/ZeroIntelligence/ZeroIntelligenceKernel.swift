import CatallaxNumerics

/// A worker's state for running the `zero-intelligence` scenario on
/// `V.scalarCount` replicates of one point: one ``ZeroIntelligenceSession``
/// per lane, stepped period by period, with the traders' cash and units
/// gathered into `[trader][lane]` buffers for the observer.
///
/// A double auction is sequential (every order meets the book the previous
/// ones left), so lanes are not vectorized: each lane's session runs its
/// period's arrivals in turn, and padding lanes (past `runCount`) are not
/// run at all but show the last real lane's state, which is what their
/// repeated key would give.
///
/// Storage is reused: sessions are restarted under each batch's keys
/// (``ZeroIntelligenceSession/restart(key:)``) while the design and
/// strategy stay the same, so after the first batch of a point a batch
/// allocates only per batch, never per order: its returned outcomes, the
/// failure list and (for the linear schedule) the design's value tables.
///
/// The entry points are not `@inlinable`: the work is the scalar
/// session's ``ZeroIntelligenceSession/advance()``, which no lane width
/// specializes; generic lane code runs once per period.
public final class ZeroIntelligenceKernel<V: LaneVector> {
    /// One session per real lane seen so far.
    var _sessions: [ZeroIntelligenceSession] = []
    /// The design and strategy the sessions were built for.
    var _design: DoubleAuctionDesign?
    var _strategy: ZeroIntelligenceStrategy = .budgetConstrained
    /// Per trader, its profit in competitive equilibrium at the mid price.
    var _equilibriumProfit: [Double] = []
    /// Traders' cash and units at the end of the last period, `[trader]` of lanes.
    var _cash: UnsafeMutableBufferPointer<V>
    var _units: UnsafeMutableBufferPointer<V>

    /// Number of lanes (replicates) per batch.
    public static var laneCount: Int { V.scalarCount }

    /// A worker state sized for points like `parameters` (it grows as
    /// needed).
    ///
    /// - Parameter parameters: A point whose trader count sizes the buffers.
    public init(sizedFor parameters: ZeroIntelligenceParameters) {
        let traders = parameters._traderCount
        _cash = .allocate(capacity: traders)
        _units = .allocate(capacity: traders)
    }

    deinit {
        _cash.deallocate()
        _units.deallocate()
    }

    /// Makes the sessions fit `design` and `strategy` and restarts the first
    /// `runCount` under the lanes' keys.
    func _prepare(_ design: DoubleAuctionDesign, strategy: ZeroIntelligenceStrategy, keys: LaneKeys<V>, runCount: Int) {
        if _design != design || _strategy != strategy {
            _sessions.removeAll(keepingCapacity: true)
            _design = design
            _strategy = strategy
            _equilibriumProfit = Self._equilibriumProfits(design)
            if _cash.count < design.traderCount {
                _cash.deallocate()
                _units.deallocate()
                _cash = .allocate(capacity: design.traderCount)
                _units = .allocate(capacity: design.traderCount)
            }
        }
        for lane in 0..<runCount {
            let key = keys.runKey(lane: lane)
            if lane < _sessions.count {
                _sessions[lane].restart(key: key)
            } else {
                _sessions.append(ZeroIntelligenceSession(design: design, strategy: strategy, key: key))
            }
        }
    }

    /// Every trader's profit per period in competitive equilibrium at the
    /// mid price `p*`: `Σ max(0, v − p*)` for a buyer, `Σ max(0, p* − c)`
    /// for a seller.
    static func _equilibriumProfits(_ design: DoubleAuctionDesign) -> [Double] {
        let mid = design._midPrice
        return design.buyerValues.map { $0.reduce(0) { $0 + max(0, Double($1) - mid) } }
            + design.sellerCosts.map { $0.reduce(0) { $0 + max(0, mid - Double($1)) } }
    }
}

extension DoubleAuctionDesign {
    /// `p*`: the middle of the competitive prices.
    internal var _midPrice: Double {
        let prices = competitivePrices
        return Double(prices.lowerBound + prices.upperBound) / 2
    }
}

extension ZeroIntelligenceParameters {
    /// Buyers plus sellers of the point's design.
    internal var _traderCount: Int {
        switch schedule {
        case .reference: DoubleAuctionDesign.reference.traderCount
        case .linear: buyers + sellers
        }
    }
}
