/// How a requester and a provider agree on a contract's price
/// (`docs/SlaMarket.md`, "Agreement").
///
/// ```
/// posted:       p = p_j = (1 + μ)·c_j,            score = ρ_j·v − p_j,   sign iff score > 0
/// alternating:  G_j = ρ_j·v − c_j,  p = c_j + (1 − a_N)·G_j,  score = a_N·G_j,   sign iff G_j > 0
/// ```
public enum SlaAgreement: String, CaseIterable, Sendable, ParameterChoice {
    /// The provider posts its price; the requester picks the best expected surplus.
    case posted
    /// Rubinstein bargaining with complete information, the requester proposing first.
    case alternating

    /// The price, the requester's score and whether it would sign, with a
    /// provider of reputation `reputation`, cost `cost` and posted price
    /// `postedPrice`, for a requester valuing the job at `value`;
    /// `proposerShare` is `a_N` (read under `alternating` only).
    @inlinable
    public func terms(reputation ρ: Double, value v: Double, cost: Double, postedPrice: Double, proposerShare: Double) -> SlaTerms {
        switch self {
        case .posted:
            let score = ρ * v - postedPrice
            return SlaTerms(price: postedPrice, score: score, acceptable: score > 0)
        case .alternating:
            let pie = ρ * v - cost
            return SlaTerms(price: AlternatingOffers.price(cost: cost, pie: pie, proposerShare: proposerShare),
                            score: proposerShare * pie, acceptable: pie > 0)
        }
    }
}

/// The terms a requester sees for one candidate provider.
public struct SlaTerms: Sendable, Equatable {
    /// `p`, the price.
    public var price: Double
    /// The requester's expected surplus, by which it ranks candidates.
    public var score: Double
    /// Whether the requester signs if this candidate is its best.
    public var acceptable: Bool

    /// Terms at price `price` with score `score`.
    @inlinable
    public init(price: Double, score: Double, acceptable: Bool) {
        self.price = price
        self.score = score
        self.acceptable = acceptable
    }
}

/// A provider's type (`docs/SlaMarket.md`, "Providers and requesters").
///
/// ```
/// reliable:   works, misses with q_r         flaky:      works, misses with q_f
/// cheating:   skips, misses with q_c         strategic:  skips iff c_j > p_d·k, misses with q_r
/// ```
public enum SlaProviderKind: Int, CaseIterable, Sendable {
    /// Always works; rarely misses.
    case reliable
    /// Always works; often misses.
    case flaky
    /// Never works and hopes not to be audited.
    case cheating
    /// Skips exactly when the saved cost exceeds the expected penalty.
    case strategic

    /// Reliable and flaky providers, the honest ones.
    @inlinable public var isHonest: Bool { self == .reliable || self == .flaky }
}
