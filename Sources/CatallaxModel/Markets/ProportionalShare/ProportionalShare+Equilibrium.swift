import CatallaxNumerics

// The price-anticipating Nash equilibrium directly, without best-response
// rounds. Gauss–Seidel best responses (anticipatingBids) can cycle: with two
// agents where one's best response to the other's bid is 0, the other then
// faces no bid, answers with the minimum bid, and the pair goes round a
// three-step cycle forever (ProportionalShareEquilibriumTests shows one).
// Johari and Tsitsiklis's characterization of the equilibrium gives each
// agent's share as a closed form in the price, so one bisection on the price
// finds the equilibrium in every lane with a fixed number of passes.

extension ProportionalShare {
    /// A price-anticipating agent's equilibrium bid at a price, on every lane.
    ///
    /// ```
    /// NE (JT):  u′(d)·(1 − d/C) = μ  where d > 0,   u′(0) ≤ μ where d = 0        (μ = S/C)
    /// A·(1 − d/C)/(B + d) = μ   ⇒   d(μ) = C·(A − μB)/(A + μC)
    /// w(μ) = min(β, μ·max(0, d(μ)))
    /// ```
    /// `d(μ)` is the capacity the agent takes at the equilibrium price `μ`
    /// and `w = μ·d = C·w/S·S/C` its bid. With a binding budget the agent
    /// bids `β`: its objective is concave in its bid, and the interior
    /// optimum is above `β` exactly when `d(μ) > β/μ`. Both `d(μ)` and
    /// `β/μ` fall as `μ` rises, which makes the equilibrium price unique.
    /// - Parameters:
    ///   - price: `μ ≥ 0` per lane.
    ///   - capacity: `C > 0`.
    ///   - utilityScale: `A ≥ 0`.
    ///   - offset: `B > 0`.
    ///   - budget: `β ≥ 0`.
    /// - Returns: `w` per lane (0 where `A ≤ μ·B`).
    @inlinable @inline(__always)
    public static func anticipatingBid<V: LaneVector>(
        price: V, capacity: V, utilityScale: V, offset: V, budget: V
    ) -> V {
        let share = capacity * (utilityScale - price * offset) / (utilityScale + price * capacity)
        // maximum(0, NaN) is 0: covers A = μ = 0.
        return V.minimum(budget, price * V.maximum(V.zero, share))
    }

    /// The price of the price-anticipating Nash equilibrium, on every lane,
    /// by bisection.
    ///
    /// ```
    /// Σ_i w_i(μ) + fixedBids = μ·C,   w_i(μ) from anticipatingBid(price:…)
    /// ⇔ Σ_i d_i(μ) (capped) + fixedBids/μ = C      (left side falls in μ)
    /// 64 halvings of [0, μ_hi],   μ_hi = (Σ_i min(β_i, A_i) + fixedBids)/C
    /// ```
    /// The fixed bids are money that does not respond; they count among every
    /// agent's others. Then `w_i = anticipatingBid(price: μ*, …)` are the
    /// equilibrium bids, `S = Σ_i w_i + fixedBids ≈ μ*·C`, and Gauss–Seidel
    /// rounds started there stay there (up to rounding). When a single
    /// agent bids against no fixed bids no equilibrium exists (its best bid
    /// tends to 0) and the price found tends to 0.
    /// - Parameters:
    ///   - capacity: `C > 0` per lane.
    ///   - utilityScales: `A_i ≥ 0` per agent.
    ///   - offsets: `B_i > 0` per agent.
    ///   - budgets: `β_i ≥ 0` per agent.
    ///   - fixedBids: `F ≥ 0` per lane.
    /// - Returns: `μ*` per lane.
    /// - Complexity: 65 passes over the agents, one division per agent and pass.
    @inlinable
    public static func anticipatingPrice<V: LaneVector>(
        capacity: V, utilityScales: UnsafeBufferPointer<V>, offsets: UnsafeBufferPointer<V>,
        budgets: UnsafeBufferPointer<V>, fixedBids: V
    ) -> V {
        _bisectedPrice(
            anticipating: true, capacity: capacity, utilityScales: utilityScales, offsets: offsets, budgets: budgets,
            fixedBids: fixedBids)
    }
}
