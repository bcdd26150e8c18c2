/// Valley filling: a fixed amount of flexible load spread over the steps of
/// a block so that the total load is as flat as it can be.
///
/// ```
/// min Σ_s Φ(L_s + e_s)   s.t.  Σ_s e_s = E,  e ≥ 0          (Φ strictly convex)
/// KKT:  Φ′(L_s + e_s) = ν where e_s > 0,   Φ′(L_s) ≥ ν where e_s = 0
/// ⇒     e_s = max(0, h − L_s),   Σ_s max(0, h − L_s) = E
/// ```
///
/// `L_s` is the other (fixed) load of step `s`, `E ≥ 0` the flexible load
/// to place and `h` the common level: every step that gets flexible load is
/// filled up to `h`, the others already stand at or above it. Because `Φ′`
/// is increasing, the KKT conditions fix `h` whatever the convex cost, so
/// the plan is the same for every strictly convex `Φ` (Gan, Topcu and Low
/// 2013, "valley-filling"). The resource economy's oracle uses it to plan
/// its purchases of credits against the others' needs.
///
/// See `docs/ResourceEconomy.md`, "Oracle"; L. Gan, U. Topcu and S. H. Low,
/// "Optimal decentralized protocol for electric vehicle charging", IEEE
/// Transactions on Power Systems 28(2) (2013).
public enum ValleyFilling {
    /// The flexible load a step gets at a level.
    ///
    /// ```
    /// e = max(0, h − L)
    /// ```
    /// - Parameters:
    ///   - level: `h`, from ``level(otherLoad:flexible:sortedScratch:)``.
    ///   - otherLoad: `L` of the step.
    /// - Returns: `e ≥ 0`.
    @inlinable
    public static func purchase(level: Double, otherLoad: Double) -> Double {
        max(0, level - otherLoad)
    }
}
