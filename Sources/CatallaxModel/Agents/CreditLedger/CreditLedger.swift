import CatallaxNumerics

/// Compute credits: capacity bought ahead at step `s`, held as a lot that
/// can be redeemed for need at steps `s+1 … s+e` (docs/ResourceEconomy.md,
/// "Compute credits and wallet policies").
///
/// ```
/// lot K[s mod e]: the amount bought at step s, in a ring of e slots per (agent, resource)
/// step t:  redeem  r = min(need, Σ K), oldest lot first: slots t mod e, (t+1) mod e, …, (t−1) mod e
///          expire  K[t mod e]            (lot t − e, last usable at t)
///          store   K[t mod e] = x^a(t)   (this step's ahead allocation)
/// ```
///
/// A caseless namespace of lane forms over one `(agent, resource)` ring of
/// `e` slots; each slot is one lane vector, so lanes are independent
/// replicates and no function mixes them. The kernel owns every ring, laid
/// out `[agent][resource][slot][lane]` so that one `(agent, resource)` walk is
/// contiguous; ``ringOffset(agent:resource:resourceCount:expiry:)`` locates a
/// ring in that buffer.
///
/// Conservation (the spec's credit invariant), to rounding:
/// ```
/// Σ stored = Σ redeemed + Σ expired + Σ forfeited + held
/// ```
public enum CreditLedger {
    /// The offset, in lane vectors, of the `(agent, resource)` ring in a
    /// buffer laid out `[agent][resource][slot][lane]`.
    ///
    /// ```
    /// offset = (i·M + j)·e
    /// ```
    /// - Parameters:
    ///   - agent: `i ≥ 0`.
    ///   - resource: `j`, `0 ≤ j < M`.
    ///   - resourceCount: `M`.
    ///   - expiry: `e ≥ 1`.
    @inlinable @inline(__always)
    public static func ringOffset(agent: Int, resource: Int, resourceCount: Int, expiry: Int) -> Int {
        (agent * resourceCount + resource) * expiry
    }
}
