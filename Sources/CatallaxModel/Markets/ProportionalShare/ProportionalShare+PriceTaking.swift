import CatallaxNumerics

extension ProportionalShare {
    /// A price-taking agent's bid at a price, on every lane.
    ///
    /// ```
    /// w(μ) = min(β, max(0, A − μ·B))
    /// ```
    /// The agent buys `x = w/μ` and maximizes `A·ln(1 + x/B) − w`; the first
    /// order condition `u′(x) = A/(B + x) = μ` gives `w = A − μ·B`, clipped to
    /// `[0, β]` (the objective is concave in `w`).
    /// - Parameters:
    ///   - price: `μ ≥ 0` per lane.
    ///   - utilityScale: `A ≥ 0`.
    ///   - offset: `B > 0`.
    ///   - budget: `β ≥ 0`.
    /// - Returns: `w` per lane.
    @inlinable @inline(__always)
    public static func priceTakingBid<V: LaneVector>(price: V, utilityScale: V, offset: V, budget: V) -> V {
        V.minimum(budget, V.maximum(V.zero, utilityScale - price * offset))
    }

    /// The price at which price-taking bids pay for the capacity, on every
    /// lane, by bisection.
    ///
    /// ```
    /// F(μ) = Σ_i w_i(μ) + fixedBids − μ·C          piecewise linear, slope ≤ −C < 0
    /// μ_hi = (Σ_i min(β_i, A_i) + fixedBids)/C      F(0) ≥ 0 ≥ F(μ_hi)
    /// 64 halvings of [0, μ_hi]: F(mid) > 0 ⇒ lo = mid, else hi = mid;   μ* = (lo + hi)/2
    /// ```
    /// Every lane runs the 64 halvings, which leave a bracket of at most
    /// `2⁻⁶⁴·μ_hi` (in practice adjacent doubles: after about 53 halvings the
    /// midpoint equals an end and the bracket stays). A lane's `μ*` is the
    /// same however many lanes run with it. All sums run in increasing agent
    /// index; the fixed bids are added after the agents'.
    ///
    /// - Parameters:
    ///   - capacity: `C > 0` per lane.
    ///   - utilityScales: `A_i ≥ 0` per agent.
    ///   - offsets: `B_i > 0` per agent.
    ///   - budgets: `β_i ≥ 0` per agent.
    ///   - fixedBids: `F ≥ 0`, money bids that join the total at any price.
    /// - Returns: `μ*` per lane (0 when nobody bids: `μ_hi = 0`).
    /// - Complexity: 65 passes over the agents.
    @inlinable
    public static func priceTakingPrice<V: LaneVector>(
        capacity: V, utilityScales: UnsafeBufferPointer<V>, offsets: UnsafeBufferPointer<V>,
        budgets: UnsafeBufferPointer<V>, fixedBids: V
    ) -> V {
        _bisectedPrice(
            anticipating: false, capacity: capacity, utilityScales: utilityScales, offsets: offsets, budgets: budgets,
            fixedBids: fixedBids)
    }
}
