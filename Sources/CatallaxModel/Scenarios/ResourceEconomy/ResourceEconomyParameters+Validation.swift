extension ResourceEconomyParameters {
    /// Checks what single domains cannot (`docs/ResourceEconomy.md`,
    /// "Parameters"):
    ///
    /// ```
    /// d_s ≤ D                       a surge fits in a day
    /// 2H − 1 ≤ e                    (oracle) credits bought at a block's start last to the end of the next
    /// p_on + p_off > 0              (bursts) the chain has a stationary law
    /// β_K ≥ ρ_K                     (regenerating) the bucket holds one step's regeneration
    /// N·M·e ≤ 2·10⁸                 (credits) the credit ring fits in memory
    /// N·M ≤ 10⁷
    /// ```
    /// - Throws: ``ParameterError/inconsistent(keys:reason:)`` naming the keys.
    public func validate() throws(ParameterError) {
        if surgeLength > day {
            throw .inconsistent(keys: ["surge_length", "day"], reason: "a surge of \(surgeLength) steps does not fit in a day of \(day); lower surge_length or raise day")
        }
        if policy == .oracle && 2 * block - 1 > expiry {
            throw .inconsistent(
                keys: ["block", "expiry"],
                reason: "the oracle needs credits that last two blocks: 2·block − 1 = \(2 * block - 1) exceeds expiry = \(expiry)")
        }
        if load == .bursts && !(burstOn + burstOff > 0) {
            throw .inconsistent(keys: ["burst_on", "burst_off"], reason: "bursts need burst_on + burst_off > 0")
        }
        if capacity == .regenerating && bucket < regenerationRate {
            throw .inconsistent(keys: ["bucket", "regen_rate"], reason: "the bucket (\(bucket)) must hold one step's regeneration (\(regenerationRate))")
        }
        if agents * resources > 10_000_000 {
            throw .inconsistent(keys: ["agents", "resources"], reason: "agents·resources = \(agents * resources) exceeds 10⁷")
        }
        if keepsCredits && agents * resources * expiry > 200_000_000 {
            throw .inconsistent(
                keys: ["agents", "resources", "expiry"],
                reason: "the credit ledger agents·resources·expiry = \(agents * resources * expiry) exceeds 2·10⁸ slots")
        }
    }
}
