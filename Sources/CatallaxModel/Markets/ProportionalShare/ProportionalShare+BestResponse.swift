import CatallaxNumerics

extension ProportionalShare {
    /// A price-anticipating agent's best bid against the others' total, on
    /// every lane.
    ///
    /// ```
    /// max_w  A·ln(1 + x/B) − w,   x = C·w/(w + W)
    /// FOC, s = w + W:   (B + C)·s² − C·W·s − A·C·W = 0
    /// s = (C·W + √D) / (2(B + C)),   D = C²W² + 4(B + C)·A·C·W
    /// BR(W) = min(β, max(0, s − W))
    ///       = min(β, max(0, 2W·(A·C − B·W) / ((2B + C)·W + √D)))       (evaluated form)
    /// BR(0) = min(β, minimumBid) where A > 0;   0 where A = 0
    /// ```
    /// Derivation: `dx/dw = C·W/s²` and `B + x = B + C − C·W/s`, so the first
    /// order condition `A/(B + x)·dx/dw = 1` is `A·C·W = s²(B + C) − C·W·s`.
    /// The objective is concave in `w` (`x` is concave increasing in `w`,
    /// `u` concave increasing), so the root is the maximum, clipped to
    /// `[0, β]`.
    ///
    /// The numerical trap: when the agent is small next to the others,
    /// `s − W` cancels (`s ≈ W`). In `w = s − W` the quadratic reads
    /// `(B + C)w² + (2B + C)W·w + W(B·W − A·C) = 0`, with the same
    /// discriminant `D`. For `a·w² + b·w + c = 0` with `b ≥ 0` the root
    /// `(−b + √D)/(2a)` equals `−2c/(b + √D)`, whose denominator is a sum of
    /// non-negative terms; its numerator `2W·(A·C − B·W)` changes sign
    /// exactly where the bid turns 0. It equals the formula of
    /// `docs/ResourceEconomy.md` in exact arithmetic.
    ///
    /// With no other bid (`W ≤ 0`; a `W` slightly below 0 can come from
    /// rounding in the running total) any positive bid wins the whole
    /// capacity and the supremum is not attained; the agent then bids
    /// `minimumBid`.
    ///
    /// - Parameters:
    ///   - W: The others' bids, fixed bids included, per lane.
    ///   - C: Capacity `C > 0`.
    ///   - A: Utility scale `A ≥ 0`.
    ///   - B: Offset `B > 0`.
    ///   - β: Budget cap `β ≥ 0`.
    ///   - minimumBid: The bid against `W = 0` (the resource economy uses
    ///     `10⁻⁹·p̄·C`).
    /// - Returns: The best bid per lane.
    @inlinable @inline(__always)
    public static func bestResponse<V: LaneVector>(
        othersBids W: V, capacity C: V, utilityScale A: V, offset B: V, budget β: V, minimumBid: V
    ) -> V {
        let scaledUtility = A * C
        let scaledOthers = C * W
        let discriminant: V = scaledOthers * scaledOthers + 4 * (B + C) * scaledUtility * W
        let numerator: V = 2 * W * (scaledUtility - B * W)
        let denominator: V = (2 * B + C) * W + discriminant.squareRoot()
        let interior = numerator / denominator
        // NaN where W = 0 (0/0); maximum(0, NaN) is 0, and those lanes are replaced below.
        let opening = minimumBid.replacing(with: 0, where: A .<= 0)
        let bid = V.maximum(V.zero, interior).replacing(with: opening, where: W .<= 0)
        return V.minimum(β, bid)
    }

    /// Price-anticipating bids by Gauss–Seidel best responses, on every lane.
    ///
    /// ```
    /// repeat rounds times:
    ///     S = Σ_i w_i + fixedBids                              (exactly, at the round's start)
    ///     for i = 0 … N−1:  W = S − w_i;  w_i′ = BR_i(W);  S += w_i′ − w_i;  w_i = w_i′
    /// total = Σ_i w_i + fixedBids;   residual = max_i |w_i′ − w_i| of the last round / total
    /// ```
    /// The fixed bids count among every agent's others (`W` includes them).
    /// Convergence is measured, not assumed: the residual is the largest
    /// relative change of the last round (0 when `total = 0` or
    /// `rounds = 0`). Every lane runs all the rounds. Best responses need
    /// not converge: with a dominant agent and a weak one they can cycle
    /// around a repelling equilibrium, which
    /// ``anticipatingPrice(capacity:utilityScales:offsets:budgets:fixedBids:)``
    /// finds directly.
    ///
    /// - Parameters:
    ///   - bids: On entry the starting bids `w_i` per agent (for instance the
    ///     price-taking bids at a quote); on return the bids after the rounds.
    ///   - fixedBids: `F ≥ 0` per lane.
    ///   - capacity: `C > 0` per lane.
    ///   - utilityScales: `A_i ≥ 0` per agent.
    ///   - offsets: `B_i > 0` per agent.
    ///   - budgets: `β_i ≥ 0` per agent.
    ///   - minimumBid: The bid against no other bid (see
    ///     ``bestResponse(othersBids:capacity:utilityScale:offset:budget:minimumBid:)``).
    ///   - rounds: Gauss–Seidel rounds, `≥ 0`.
    /// - Returns: The total bid `S` per lane and the last round's residual.
    /// - Complexity: O(rounds·N), one square root per agent and round.
    @inlinable
    public static func anticipatingBids<V: LaneVector>(
        bids: UnsafeMutableBufferPointer<V>, fixedBids: V, capacity: V,
        utilityScales: UnsafeBufferPointer<V>, offsets: UnsafeBufferPointer<V>, budgets: UnsafeBufferPointer<V>,
        minimumBid: V, rounds: Int
    ) -> (total: V, residual: V) {
        precondition(
            bids.count == utilityScales.count && bids.count == offsets.count && bids.count == budgets.count,
            "ProportionalShare needs one utility scale, offset and budget per bid.")
        precondition(rounds >= 0, "ProportionalShare needs rounds ≥ 0.")
        var largestChange = V.zero
        for _ in 0..<rounds {
            var total = Self.total(bids: UnsafeBufferPointer(bids), fixedBids: fixedBids)
            largestChange = .zero
            for i in bids.indices {
                let old = bids[i]
                let new = bestResponse(
                    othersBids: total - old, capacity: capacity, utilityScale: utilityScales[i], offset: offsets[i],
                    budget: budgets[i], minimumBid: minimumBid)
                bids[i] = new
                let change = new - old
                total += change
                largestChange = V.maximum(largestChange, V.maximum(change, -change))
            }
        }
        let total = Self.total(bids: UnsafeBufferPointer(bids), fixedBids: fixedBids)
        return (total, (largestChange / total).replacing(with: 0, where: total .<= 0))
    }
}
