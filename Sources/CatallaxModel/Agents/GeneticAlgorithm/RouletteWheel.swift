/// Fitness-proportional ("roulette-wheel") selection (Goldberg 1989,
/// chapter 1; Arifovic 1994, "reproduction"): string `s` is picked with
/// probability `f_s/Σf`, where the wheel shifts fitness only as far as
/// needed to make it non-negative.
///
/// ```
/// f_s = π_s − min(0, min_j π_j)          (= π_s when every π ≥ 0)
/// pick(u) = the first s with u·Σf < Σ_{r ≤ s} f_r,     u = w/2³² ∈ [0, 1)
/// Σf = 0 (all f_s zero):  pick(u) = ⌊u·n⌋   (uniform)
/// ```
///
/// The wheel reads a window `base..<base + count` of a flat fitness array,
/// so populations stored side by side need no copies.
public struct RouletteWheel: Sendable {
    /// `min(0, min_j π_j)` over the window.
    public let floor: Double
    /// `Σ f_s`, the shifted total.
    public let total: Double
    /// The window's first index and length.
    public let base: Int, count: Int

    /// The wheel over `fitness[base..<base + count]` (`count ≥ 1`).
    /// - Complexity: O(count).
    @inlinable
    public init(_ fitness: [Double], base: Int, count: Int) {
        // Shifting by the minimum itself would give the least fit string weight 0 and let
        // one slightly better string take the whole population in one generation, which
        // kills the diversity crossover needs (measured: frozen populations at μ = 0.0033).
        var low = 0.0
        for s in base..<base + count where fitness[s] < low { low = fitness[s] }
        var sum = 0.0
        for s in base..<base + count { sum += fitness[s] - low }
        floor = low
        total = sum
        self.base = base
        self.count = count
    }

    /// The index within the window picked by the uniform word `word`.
    /// - Complexity: O(count).
    @inlinable
    public func pick(_ fitness: [Double], word: UInt32) -> Int {
        guard total > 0 else { return Int((UInt64(word) &* UInt64(count)) &>> 32) }
        let target = Double(word) * 0x1p-32 * total
        var running = 0.0
        for s in 0..<count {
            running += fitness[base + s] - floor
            if target < running { return s }
        }
        // Rounding can leave the running sum a hair below the target.
        return count - 1
    }
}
