import CatallaxNumerics

/// Water filling: the capacity that maximizes a sum of shifted-log utilities,
/// shared by one common level.
///
/// ```
/// max Σ_i A_i·ln(1 + (r_i + x_i)/n_i)   s.t.  Σ_i x_i ≤ C,  x ≥ 0
/// KKT:  A_i/(B_i + x_i) = μ where x_i > 0,   A_i/B_i ≤ μ where x_i = 0      (B_i = n_i + r_i)
/// ⇒     x_i = max(0, A_i·τ − B_i),   τ = 1/μ,   Σ_i x_i = C
/// ```
///
/// `A_i ≥ 0` is agent `i`'s utility scale (its weight), `B_i ≥ 0` its offset
/// (`B_i > 0` wherever `A_i > 0`) and `C ≥ 0` the capacity. The level `τ`
/// solves `G(τ) = Σ_i max(0, A_i·τ − B_i) = C`; ``level(capacity:weights:offsets:)``
/// finds it by Newton's method on the convex, increasing, piecewise-linear
/// `G`, which is exact once the set of agents with `x_i > 0` stops changing.
/// The result is the planner's optimum `W*` of the resource economy's
/// efficiency metric.
///
/// The lane form takes one replicate per lane and buffers indexed by agent
/// (`weights[i]` holds agent `i`'s weight in every lane); every lane runs the
/// same rounds, and a lane gives the same bits as when run alone.
///
/// See `docs/ResourceEconomy.md`, "Welfare and its optimum".
public enum WaterFilling {
    /// The allocation of one agent at a level, on every lane.
    ///
    /// ```
    /// x = max(0, A·τ − B)          (0 where A = 0)
    /// ```
    /// With the plain product and difference used here, `x > 0` exactly when
    /// `A·τ > B`, the test ``level(capacity:weights:offsets:)`` uses for the
    /// active set (the difference of two unequal doubles never rounds to 0).
    /// - Parameters:
    ///   - level: `τ` per lane, from ``level(capacity:weights:offsets:)``.
    ///   - weight: `A ≥ 0` per lane.
    ///   - offset: `B ≥ 0` per lane.
    /// - Returns: `x ≥ 0` per lane.
    @inlinable @inline(__always)
    public static func allocation<V: LaneVector>(level: V, weight: V, offset: V) -> V {
        let x = weight * level - offset
        return V.zero.replacing(with: x, where: (x .> 0) .& (weight .> 0))
    }
}
