import CatallaxNumerics

/// `k` pump-and-dump traders and how they line up their cycles
/// (`docs/MarketManipulation.md`, "Attackers"): a cartel shares one phase
/// (they accumulate, pump and dump together, with `k` times one trader's
/// weight, and split the profit equally, each trading its share);
/// independent traders each draw their own offset.
///
/// ```
/// cartel:       o_j = 0
/// independent:  o_j = ⌊w_j·C / 2³²⌋,   w_j word 0 of the block (0, j, belief, 0)
/// ```
public enum Cartel {
    /// The offset of trader `j` of a run keyed by `key`, for cycles of `cycle` steps.
    @inlinable
    public static func offset(trader j: Int, coordinated: Bool, cycle: Int, key: SIMD2<UInt32>) -> Int {
        guard !coordinated else { return 0 }
        let w = RunKey(words: key).block(step: 0, agent: j, purpose: .belief, index: 0)[0]
        return Int((UInt64(w) &* UInt64(cycle)) &>> 32)
    }
}
