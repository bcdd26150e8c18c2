/// The parameters of one point of the `zero-intelligence` scenario: Gode and
/// Sunder's (1993) double auction with zero-intelligence traders, run as a
/// ``ZeroIntelligenceSession`` per replicate.
///
/// ```
/// design  = values and costs by `schedule`, ticks 1…max_price,
///           `periods` periods of `orders` arrivals, clear_after_trade
/// run     = ZeroIntelligenceSession(design, traders, key).run()
/// ```
///
/// ``init()`` is exactly ``DoubleAuctionDesign/reference`` with ZI-C
/// traders. See `docs/ZeroIntelligence.md`.
public struct ZeroIntelligenceParameters: ScenarioPoint {
    /// ZI-C (`zic`, the default) or ZI-U (`ziu`).
    public var traders: ZeroIntelligenceStrategy = .budgetConstrained
    /// Where values and costs come from.
    public var schedule: ZeroIntelligenceSchedule = .reference
    /// Number of buyers (6 in the reference).
    public var buyers = 6
    /// Number of sellers (6 in the reference).
    public var sellers = 6
    /// Units each trader may trade per period (4 in the reference).
    public var units = 4
    /// Trading periods per run.
    public var periods = 6
    /// Order arrivals per period.
    public var ordersPerPeriod = 1000
    /// The highest price tick; bids and asks lie in `1…maxPrice`.
    public var maxPrice = 200
    /// Whether a trade cancels every other resting order (Gode and Sunder).
    public var clearsBookAfterTrade = true
    /// The highest buyer value of the linear schedule.
    public var valueHigh = 180
    /// The lowest buyer value of the linear schedule.
    public var valueLow = 65
    /// The lowest seller cost of the linear schedule.
    public var costLow = 20
    /// The highest seller cost of the linear schedule.
    public var costHigh = 135

    /// The reference point: ``DoubleAuctionDesign/reference`` traded by
    /// ZI-C traders.
    public init() {}

    /// Order arrivals of one run, `periods · orders`.
    public var steps: Int { periods * ordersPerPeriod }

    /// Trader decisions of one run: every order arrival is one trader
    /// choosing one price, so this is ``steps`` (an idle arrival, when no
    /// trader has units left, counts too).
    ///
    /// ```
    /// agentSteps = periods · orders
    /// ```
    ///
    /// This makes "agent-steps per second" the rate of trader decisions,
    /// comparable with `curve-volatility`'s agent–step pairs.
    public var agentSteps: Double { Double(periods) * Double(ordersPerPeriod) }

    /// The experiment these parameters describe.
    ///
    /// - Precondition: the parameters pass ``validate()`` (as every value
    ///   built by ``init(assigning:)`` does).
    public var design: DoubleAuctionDesign {
        do {
            return try _design()
        } catch {
            preconditionFailure("Validated zero-intelligence parameters make a valid design: \(error)")
        }
    }

    /// The design, or the market's reason it is invalid.
    internal func _design() throws(MarketError) -> DoubleAuctionDesign {
        let values: [[Int]], costs: [[Int]]
        switch schedule {
        case .reference:
            values = DoubleAuctionDesign.reference.buyerValues
            costs = DoubleAuctionDesign.reference.sellerCosts
        case .linear:
            values = Self._linearSchedule(traders: buyers, units: units, from: valueHigh, to: valueLow)
            costs = Self._linearSchedule(traders: sellers, units: units, from: costLow, to: costHigh)
        }
        return try DoubleAuctionDesign(
            buyerValues: values, sellerCosts: costs, ticks: 1...maxPrice, periods: periods,
            ordersPerPeriod: ordersPerPeriod, clearsBookAfterTrade: clearsBookAfterTrade)
    }

    /// `n = traders·units` prices on a straight line from `first` to `last`,
    /// dealt out round-robin: unit `k` of the line goes to trader
    /// `k mod traders` as its unit `⌊k/traders⌋`.
    ///
    /// ```
    /// x₍ₖ₎ = first + sign·⌊k·|last − first|/(n − 1) + ½⌋,   x₍₀₎ = first
    /// ```
    internal static func _linearSchedule(traders: Int, units: Int, from first: Int, to last: Int) -> [[Int]] {
        let n = traders * units
        let span = abs(last - first), sign = last >= first ? 1 : -1
        return (0..<traders).map { trader in
            (0..<units).map { unit in
                let k = unit * traders + trader
                // ⌊k·span/(n−1) + ½⌋ in integers: (2·k·span + n − 1) / (2(n − 1)).
                let step = n > 1 ? (2 * k * span + n - 1) / (2 * (n - 1)) : 0
                return first + sign * step
            }
        }
    }
}
