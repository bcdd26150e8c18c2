import CatallaxNumerics

extension WaterFilling {
    /// The water level and every agent's allocation for one instance.
    ///
    /// ```
    /// τ from level(capacity:weights:offsets:),   x_i = max(0, A_i·τ − B_i),   Σ_i x_i = C
    /// ```
    /// Evaluated through the lane form with both lanes of a `SIMD2` equal, so
    /// the result is bit for bit what the lane form gives on that input.
    /// - Parameters:
    ///   - capacity: `C ≥ 0`.
    ///   - weights: `A_i ≥ 0`.
    ///   - offsets: `B_i ≥ 0`, `B_i > 0` where `A_i > 0`; as many as `weights`.
    /// - Returns: `τ`, the allocations `x_i` and the rounds run.
    /// - Complexity: O(N) per round, at most `N + 1` rounds.
    public static func solve(
        capacity: Double, weights: [Double], offsets: [Double]
    ) -> (level: Double, allocations: [Double], rounds: Int) {
        let a = _replicated(weights)
        let b = _replicated(offsets)
        let (level, rounds) = a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in Self.level(capacity: SIMD2(repeating: capacity), weights: a, offsets: b) }
        }
        let allocations = zip(a, b).map { allocation(level: level, weight: $0, offset: $1)[0] }
        return (level[0], allocations, rounds)
    }
}
