import CatallaxNumerics

extension WaterFilling {
    /// The water level `τ` of every lane, by Newton's method on `G(τ) = C`.
    ///
    /// ```
    /// act_0 = {i : A_i > 0}
    /// τ_k = (C + Σ_{act_k} B_i) / Σ_{act_k} A_i
    /// act_{k+1} = {i ∈ act_k : A_i·τ_k > B_i}
    /// stop when act_{k+1} = act_k;   level = the last τ_k
    /// ```
    /// Every `τ_k ≥ τ*`, because `G(τ_k) ≥ Σ_{act_k}(A_i τ_k − B_i) = C`,
    /// and the iterates fall, since the agents dropped have
    /// `A_i τ_k − B_i ≤ 0`. So the sets only shrink, the loop ends after at
    /// most `N + 1` rounds (usually 2 to 4), and the final `τ` is exact up to
    /// rounding.
    ///
    /// A lane with no active agent (all `A_i = 0`) gets level 0, so every
    /// allocation is 0. If a lane's set empties later (possible only when
    /// `C = 0` or by rounding) it keeps its last `τ`.
    ///
    /// Lanes run together: every pass computes each lane's sums over its own
    /// set, and the loop stops when no lane's set changed. A lane that has
    /// stopped has the same set, hence the same sums and the same `τ` bit for
    /// bit, so its result equals the lane run alone.
    ///
    /// - Parameters:
    ///   - capacity: `C ≥ 0` per lane.
    ///   - weights: `A_i ≥ 0` per agent, one lane vector each.
    ///   - offsets: `B_i ≥ 0` per agent (`B_i > 0` where `A_i > 0`), as many
    ///     as `weights`.
    /// - Returns: `τ` per lane, and the rounds run: the number of `τ`
    ///   computations, the most any lane needed (at least 1).
    /// - Complexity: O(N) per round, at most `N + 1` rounds.
    @inlinable
    public static func level<V: LaneVector>(
        capacity: V, weights: UnsafeBufferPointer<V>, offsets: UnsafeBufferPointer<V>
    ) -> (level: V, rounds: Int) {
        precondition(weights.count == offsets.count, "WaterFilling needs one offset per weight.")
        var level = V.zero
        // The smallest level so far. The active set is tested against it,
        // not against the last τ: in exact arithmetic the two agree (the τ_k
        // fall), but if rounding ever made τ_{k+1} exceed τ_k by an ulp, a
        // dropped agent could come back and the sets would cycle. Testing
        // against the minimum is exactly the intersection act_k ∩ {A·τ_k > B}.
        var bound = V(repeating: .infinity)
        // The set only shrinks, so an unchanged size is an unchanged set.
        var previousSize = V(repeating: -1)
        var rounds = 0
        while true {
            var weightSum = V.zero
            var offsetSum = V.zero
            var size = V.zero
            for i in weights.indices {
                let a = weights[i]
                let b = offsets[i]
                // A·∞ > B for every A > 0, so the first pass takes act_0.
                let active = (a .> 0) .& (a * bound .> b)
                weightSum += V.zero.replacing(with: a, where: active)
                offsetSum += V.zero.replacing(with: b, where: active)
                size += V.zero.replacing(with: 1, where: active)
            }
            if !V.anyLane(size .!= previousSize) { break }
            previousSize = size
            let tau = (capacity + offsetSum) / weightSum
            let some = size .> 0
            level = level.replacing(with: tau, where: some)
            bound = bound.replacing(with: tau, where: some .& (tau .< bound))
            rounds += 1
        }
        return (level, rounds)
    }
}
