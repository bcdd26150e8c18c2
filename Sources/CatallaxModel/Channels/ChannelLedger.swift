/// The off-ledger side of a network of payment channels: every channel
/// side's balance and fee, and the settlement of a payment along a route
/// (`docs/ChannelLedger.md`). Amounts are whole units held in `Double`
/// (exact below 2⁵³).
///
/// ```
/// route s = v₀ → v₁ → … → v_k = r,  directions d_h = v_h → v_{h+1}
/// fee_h = f_b + ⌊f_{d_h}·a⌋                    charged by intermediary v_h, h = 1 … k−1
/// a_h   = a + Σ_{g > h} fee_g                  sent over d_h
/// success ⇔ b_{d_h} ≥ a_h for every h;   then b_{d_h} −= a_h,  b_{reverse d_h} += a_h
/// ```
/// A failed payment moves nothing (the HTLCs are released). Money is
/// conserved by construction: a channel's two sides move by opposite amounts.
public struct ChannelLedger: Sendable {
    /// The channels.
    public let network: Network
    /// `b_d`, the balance of each channel side, by direction (what `tail(d)` can send over `d`).
    public var balance: [Double]
    /// `f_d`, the proportional fee of each direction, charged by its tail.
    public let feeRate: [Double]
    /// `f_b`, the base fee per hop.
    public let feeBase: Double
    /// `a_h` of the last route priced (scratch, grown once).
    @usableFromInline var _amounts: [Double] = []

    /// A ledger over `network` with the given balances and fees.
    /// - Precondition: one balance and one fee rate per direction, all `≥ 0`.
    public init(network: Network, balance: [Double], feeRate: [Double], feeBase: Double) {
        precondition(balance.count == network.head.count && feeRate.count == network.head.count,
                     "one balance and one fee rate per direction")
        self.network = network
        self.balance = balance
        self.feeRate = feeRate
        self.feeBase = feeBase
    }

    /// `fee = f_b + ⌊f_d·a⌋`, what the tail of `d` charges to forward a payment delivering `a`.
    @inlinable
    public func fee(over d: Int32, delivering amount: Double) -> Double {
        feeBase + (feeRate[Int(d)] * amount).rounded(.down)
    }

    /// Sends `amount` along `route` (directions in order from the sender),
    /// all or nothing.
    /// - Returns: the fees the sender paid on top of `amount`, or the first
    ///   hop (from the sender) whose side lacks balance, in which case nothing moved.
    /// - Complexity: O(k) for a route of `k` hops.
    @inlinable
    public mutating func send(_ amount: Double, along route: [Int32]) -> ChannelPayment {
        let k = route.count
        if _amounts.count < k { _amounts = [Double](repeating: 0, count: max(k, 2 * _amounts.count)) }
        var carried = amount
        var h = k - 1
        while h >= 0 {
            _amounts[h] = carried
            if h > 0 { carried += fee(over: route[h], delivering: amount) }
            h -= 1
        }
        for h in 0..<k where balance[Int(route[h])] < _amounts[h] { return .failed(hop: h) }
        for h in 0..<k {
            let d = Int(route[h])
            balance[d] -= _amounts[h]
            balance[Int(network.reverse[d])] += _amounts[h]
        }
        return .settled(fees: carried - amount)
    }

    /// Undoes a payment of `amount` that ``send(_:along:)`` settled along
    /// `route` (an atomic multi-part payment whose later part failed).
    /// - Complexity: O(k).
    @inlinable
    public mutating func refund(_ amount: Double, along route: [Int32]) {
        var carried = amount
        var h = route.count - 1
        while h >= 0 {
            let d = Int(route[h])
            balance[d] += carried
            balance[Int(network.reverse[d])] -= carried
            if h > 0 { carried += fee(over: route[h], delivering: amount) }
            h -= 1
        }
    }

    /// Moves `amount` into side `d` from outside the channels (a splice or
    /// a reopening), or out of it when negative.
    @inlinable
    public mutating func deposit(_ amount: Double, into d: Int) {
        balance[d] += amount
    }
}

/// What came of sending a payment along one route.
public enum ChannelPayment: Equatable, Sendable {
    /// Every hop forwarded it; the sender paid `fees` on top of the amount.
    case settled(fees: Double)
    /// Hop `hop` (0 is the sender's own channel) lacked balance; nothing moved.
    case failed(hop: Int)
}
