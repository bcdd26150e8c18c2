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

extension ProportionalShare {
    /// The price at which the bids of one behaviour pay for the capacity, by
    /// 64 halvings (shared by ``priceTakingPrice(capacity:utilityScales:offsets:budgets:fixedBids:)``
    /// and ``anticipatingPrice(capacity:utilityScales:offsets:budgets:fixedBids:)``).
    ///
    /// ```
    /// excess(μ) = Σ_i w_i(μ) + F − μ·C          sign changes once, from + to −
    /// μ_hi = (Σ_i min(β_i, A_i) + F)/C            excess(0) ≥ 0 ≥ excess(μ_hi)
    /// 64 halvings: excess(mid) > 0 ⇒ lo = mid, else hi = mid;   μ* = (lo + hi)/2
    /// ```
    /// The bound holds for both behaviours because each bid is at most
    /// `min(β_i, A_i)`: price-taking `w ≤ A − μB`; anticipating
    /// `w = μ·d ≤ μ·C·A/(A + μC) ≤ A`. Sums run in increasing agent index,
    /// the fixed bids last. `anticipating` is the same in every lane, so the
    /// branch is uniform.
    @inlinable @inline(__always)
    internal static func _bisectedPrice<V: LaneVector>(
        anticipating: Bool, capacity: V, utilityScales: UnsafeBufferPointer<V>, offsets: UnsafeBufferPointer<V>,
        budgets: UnsafeBufferPointer<V>, fixedBids: V
    ) -> V {
        precondition(
            utilityScales.count == offsets.count && utilityScales.count == budgets.count,
            "ProportionalShare needs one offset and one budget per utility scale.")
        var most = V.zero
        for i in utilityScales.indices { most += V.minimum(budgets[i], utilityScales[i]) }
        var low = V.zero
        var high = (most + fixedBids) / capacity
        for _ in 0..<64 {
            let middle = (low + high) * 0.5
            var bids = V.zero
            for i in utilityScales.indices {
                bids += anticipating
                    ? anticipatingBid(
                        price: middle, capacity: capacity, utilityScale: utilityScales[i], offset: offsets[i],
                        budget: budgets[i])
                    : priceTakingBid(price: middle, utilityScale: utilityScales[i], offset: offsets[i], budget: budgets[i])
            }
            // excess(mid) > 0: the bids exceed the capacity's cost, the root lies right of mid.
            let short = bids + fixedBids .> middle * capacity
            low = low.replacing(with: middle, where: short)
            high = high.replacing(with: middle, where: .!short)
        }
        return (low + high) * 0.5
    }
}
