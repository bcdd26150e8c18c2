extension MarketManipulationParameters {
    /// Checks what single domains cannot (`docs/MarketManipulation.md`, "Parameters"):
    ///
    /// ```
    /// N·H₀ + k·H_A ≤ S₀        the traders hold no more than the supply (k: attacker accounts)
    /// 0 < f(S₀) < ∞            the curve prices the starting supply
    /// ```
    /// - Throws: ``ParameterError/inconsistent(keys:reason:)`` naming the keys.
    public func validate() throws(ParameterError) {
        if passiveTokens < 0 {
            throw .inconsistent(
                keys: ["victims", "h0", "attackers", "attacker_tokens", "s_init"],
                reason: "victims·h0 + \(attackerAccounts)·attacker_tokens = \(initialSupply - passiveTokens) tokens exceed s_init = \(initialSupply)")
        }
        try checkPrice(atSupply: initialSupply, supplyKey: "s_init")
    }
}
