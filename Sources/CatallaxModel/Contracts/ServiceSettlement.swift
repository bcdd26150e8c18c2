/// Where one service contract's escrow goes when it settles: the price `p`
/// the requester paid and the collateral `k` the provider locked
/// (`docs/SlaMarket.md`, "Settlement and disputes").
///
/// ```
/// price p:        miss:   p → requester                    (service credit)
///                 ¬miss:  p − φp → provider,  φp → protocol
/// collateral k:   fraud = skipped ∧ audited:
///                         k_r = (miss ? 0 : min(p, k)) → requester,   k − k_r → protocol
///                 ¬fraud: k → provider
/// ```
///
/// An honest miss is never slashed; a proven skip costs the provider its
/// whole collateral and no more.
public struct ServiceSettlement: Sendable, Equatable {
    /// The price paid.
    public var price: Double
    /// The collateral locked.
    public var collateral: Double
    /// Whether the delivery missed the bound (visible, credited).
    public var missed: Bool
    /// Whether the provider skipped the work and an audit proved it.
    public var fraud: Bool
    /// `p − φp` to the provider when the delivery met the bound, else 0.
    public var netPrice: Double
    /// `φp` to the protocol when the delivery met the bound, else 0.
    public var fee: Double
    /// `p` back to the requester on a miss (the service credit), else 0.
    public var credit: Double
    /// `k_r = min(p, k)` to the requester on a fraud that met the bound, else 0.
    public var collateralRefund: Double
    /// `k − k_r` to the protocol on a fraud, else 0.
    public var slashedToProtocol: Double
    /// `k` back to the provider unless fraud, else 0.
    public var collateralReturned: Double

    /// The settlement of a contract at price `price` and collateral
    /// `collateral` under fee share `fee`, given its outcome.
    @inlinable
    public init(price: Double, collateral: Double, fee φ: Double, missed: Bool, skipped: Bool, audited: Bool) {
        self.price = price
        self.collateral = collateral
        self.missed = missed
        fraud = skipped && audited
        let charged = φ * price
        netPrice = missed ? 0 : price - charged
        fee = missed ? 0 : charged
        credit = missed ? price : 0
        collateralRefund = fraud && !missed ? Swift.min(price, collateral) : 0
        slashedToProtocol = fraud ? collateral - collateralRefund : 0
        collateralReturned = fraud ? 0 : collateral
    }

    /// What the requester receives: `credit + k_r`.
    @inlinable public var toRequester: Double { credit + collateralRefund }
    /// What the provider receives: `(p − φp)·[¬miss] + k·[¬fraud]`.
    @inlinable public var toProvider: Double { netPrice + collateralReturned }
    /// What the protocol account receives: `φp·[¬miss] + (k − k_r)·[fraud]`.
    @inlinable public var toProtocol: Double { fee + slashedToProtocol }
    /// `refund_c = p·[miss] + k_r·[fraud]`, money returned to the requester.
    @inlinable public var refund: Double { credit + collateralRefund }
    /// `k·[fraud]`, the collateral slashed.
    @inlinable public var penalty: Double { fraud ? collateral : 0 }

    /// The provider's profit on the contract,
    /// `π = (p − φp)·[¬miss] − c·[worked] − k·[fraud]`.
    @inlinable
    public func providerProfit(cost: Double, worked: Bool) -> Double {
        netPrice - (worked ? cost : 0) - penalty
    }

    /// The requester's surplus, `u = v·[worked ∧ ¬miss] − p + refund`
    /// (`v` is utility: no wallet receives it).
    @inlinable
    public func requesterSurplus(value: Double, worked: Bool) -> Double {
        (worked && !missed ? value : 0) - price + refund
    }

    /// A provider's expected profit per contract (Becker 1968):
    ///
    /// ```
    /// work:  p(1 − φ)(1 − q) − c
    /// skip:  p(1 − φ)(1 − q) − p_d·k
    /// ```
    @inlinable
    public static func expectedProfit(price: Double, fee: Double, miss: Double, cost: Double, works: Bool,
                                      detection: Double, collateral: Double) -> Double {
        price * (1 - fee) * (1 - miss) - (works ? cost : detection * collateral)
    }

    /// Whether a myopic rational provider skips the work: exactly when its
    /// saved cost exceeds the expected penalty, `c > p_d·k` (at equality it works).
    @inlinable
    public static func skipsWork(cost: Double, detection: Double, collateral: Double) -> Bool {
        cost > detection * collateral
    }
}
