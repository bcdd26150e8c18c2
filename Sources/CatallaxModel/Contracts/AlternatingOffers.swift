/// Rubinstein's alternating-offers bargaining over a pie, with a fixed
/// number of rounds `N` solved by backward induction (Ståhl 1972).
///
/// The first proposer (discount factor `δ₁` per round) offers a split; the
/// responder (`δ₂`) accepts it or proposes in the next round; a rejection in
/// round `N` leaves both with nothing. The first proposer's share in the
/// subgame-perfect equilibrium of the `n`-round game is
///
/// ```
/// a_0 = 0,   a_1 = 1,   a_n = (1 − δ₂) + δ₁·δ₂·a_{n−2}       (n ≥ 2)
/// a_n − a* = (δ₁δ₂)^{⌊n/2⌋}·(a_{n mod 2} − a*),   a* = (1 − δ₂)/(1 − δ₁δ₂)   (δ₁δ₂ < 1)
/// ```
///
/// `a*` is Rubinstein's (1982) infinite-horizon share. The responder
/// accepts when indifferent, so the first offer is accepted.
public struct AlternatingOffers: Sendable, Equatable {
    /// `δ₁`, the first proposer's discount factor per round.
    public var proposerDiscount: Double
    /// `δ₂`, the responder's discount factor per round.
    public var responderDiscount: Double

    /// The game between a first proposer discounting by `proposerDiscount`
    /// and a responder discounting by `responderDiscount` per round (both in [0, 1]).
    @inlinable
    public init(proposerDiscount: Double, responderDiscount: Double) {
        self.proposerDiscount = proposerDiscount
        self.responderDiscount = responderDiscount
    }

    /// `a_n`, the first proposer's equilibrium share of the `rounds`-round
    /// game, by the recursion `a_n = (1 − δ₂) + δ₁δ₂·a_{n−2}`.
    /// - Complexity: O(rounds).
    @inlinable
    public func proposerShare(rounds: Int) -> Double {
        precondition(rounds >= 0, "rounds \(rounds) < 0")
        let discount = proposerDiscount * responderDiscount, concession = 1 - responderDiscount
        var share = rounds % 2 == 0 ? 0.0 : 1.0
        for _ in stride(from: rounds % 2 + 2, through: rounds, by: 2) { share = concession + discount * share }
        return share
    }

    /// `a* = (1 − δ₂)/(1 − δ₁δ₂)`, the infinite-horizon share, or `nil` when `δ₁δ₂ = 1`.
    @inlinable
    public var limitShare: Double? {
        let discount = proposerDiscount * responderDiscount
        return discount < 1 ? (1 - responderDiscount) / (1 - discount) : nil
    }

    /// `a_n = a* + (δ₁δ₂)^{⌊n/2⌋}·(a_{n mod 2} − a*)`, the closed form of
    /// ``proposerShare(rounds:)``, or `nil` when `δ₁δ₂ = 1`.
    @inlinable
    public func closedFormShare(rounds: Int) -> Double? {
        guard let limit = limitShare else { return nil }
        var power = 1.0
        for _ in 0..<(rounds / 2) { power *= proposerDiscount * responderDiscount }
        return limit + power * (Double(rounds % 2) - limit)
    }

    /// The price that splits a pie `G = value − cost` giving the buyer, the
    /// first proposer, the share `share`: `p = cost + (1 − share)·G`.
    @inlinable
    public static func price(cost: Double, pie: Double, proposerShare share: Double) -> Double {
        cost + (1 - share) * pie
    }
}
