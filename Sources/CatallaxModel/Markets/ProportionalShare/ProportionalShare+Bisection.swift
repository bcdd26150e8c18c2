import CatallaxNumerics

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
