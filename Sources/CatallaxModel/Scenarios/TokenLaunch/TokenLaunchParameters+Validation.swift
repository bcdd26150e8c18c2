extension TokenLaunchParameters {
    /// Checks what single domains cannot (`docs/TokenLaunch.md`, "Parameters"):
    ///
    /// ```
    /// f_noise + f_mom ≤ 1,   N ≥ 2,   m ≤ N
    /// φ + r_hi < 1,   r_lo ≤ r₀ ≤ r_hi,   w_lo ≤ w_hi,   c_lo ≤ 1 ≤ c_hi,   c_lo ≤ c_T ≤ c_hi
    /// 0 < f(S_init) < ∞
    /// ```
    /// - Throws: ``ParameterError/inconsistent(keys:reason:)`` naming the keys.
    public func validate() throws(ParameterError) {
        try population.validate()
        if population.agents < 2 {
            throw .inconsistent(keys: ["agents"], reason: "every trader needs an affiliate other than itself: agents = \(population.agents) must be at least 2")
        }
        if winners > population.agents {
            throw .inconsistent(keys: ["winners", "agents"], reason: "winners = \(winners) exceeds agents = \(population.agents)")
        }
        if feeRate + commissionHigh >= 1 {
            throw .inconsistent(keys: ["fee", "commission_hi"], reason: "fee + commission_hi = \(feeRate + commissionHigh) must be below 1")
        }
        if !(commissionLow <= commission && commission <= commissionHigh) {
            throw .inconsistent(keys: ["commission_lo", "commission", "commission_hi"],
                                reason: "commission = \(commission) must lie in [commission_lo, commission_hi] = [\(commissionLow), \(commissionHigh)]")
        }
        if tierLow > tierHigh {
            throw .inconsistent(keys: ["tier_low", "tier_high"], reason: "tier_low = \(tierLow) exceeds tier_high = \(tierHigh)")
        }
        if !(levelMin <= 1 && 1 <= levelMax) {
            throw .inconsistent(keys: ["level_min", "level_max"], reason: "the level starts at 1, so level_min = \(levelMin) ≤ 1 ≤ level_max = \(levelMax)")
        }
        if !(levelMin <= levelEnd && levelEnd <= levelMax) {
            throw .inconsistent(keys: ["level_min", "level_end", "level_max"],
                                reason: "level_end = \(levelEnd) must lie in [level_min, level_max] = [\(levelMin), \(levelMax)]")
        }
        try checkPrice(atSupply: initialSupply, supplyKey: "s_init")
    }
}
