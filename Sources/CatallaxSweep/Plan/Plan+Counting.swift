extension Plan {
    /// How many replicates of point `point` fall in `shard`, without listing them:
    /// the `r ∈ [0, R)` with `(p·R + r) mod n = k` are `r₀, r₀ + n, …` where
    /// `r₀ = (k − p·R) mod n`, so there are `⌈(R − r₀)/n⌉` of them (0 when `r₀ ≥ R`).
    /// - Complexity: O(1), so a dry run or a merge check of a million-point
    ///   sweep costs nothing and cannot overflow for any sizes the spec allows.
    public static func runCount(ofPoint point: Int, replicates: Int, shard: Shard) -> Int {
        let n = shard.count
        let offset = (point % n) * (replicates % n) % n
        let first = (shard.index - offset + n) % n
        return first < replicates ? (replicates - 1 - first) / n + 1 : 0
    }

    /// How many of the `points × replicates` runs fall in `shard`: equal to
    /// `Plan(points:replicates:batchSize:shard:).runCount` without building it.
    /// - Complexity: O(1).
    public static func runCount(points: Int, replicates: Int, shard: Shard) -> Int {
        let total = points * replicates
        return total / shard.count + (shard.index < total % shard.count ? 1 : 0)
    }
}
