extension LearningTradersParameters {
    /// Checks what single domains cannot (`docs/LearningTraders.md`, "Parameters"):
    ///
    /// ```
    /// N·H₀ ≤ S₀                 the agents hold no more than the supply
    /// f_noise + f_mom ≤ 1       the rule shares
    /// ε ≤ 1                     unless learner = softmax (then it is τ)
    /// 0 < f(S₀) < ∞             the curve prices the starting supply
    /// ```
    /// - Throws: ``ParameterError/inconsistent(keys:reason:)`` naming the keys.
    public func validate() throws(ParameterError) {
        if passiveTokens < 0 {
            throw .inconsistent(keys: ["agents", "h0", "s_init"],
                                reason: "agents·h0 = \(Double(agents) * initialTokens) tokens exceed s_init = \(initialSupply)")
        }
        if noiseShare + momentumShare > 1 {
            throw .inconsistent(keys: ["noise_share", "momentum_share"],
                                reason: "noise_share + momentum_share = \(noiseShare + momentumShare) exceeds 1")
        }
        if learner != .softmax && exploration > 1 {
            throw .inconsistent(keys: ["learner", "exploration"],
                                reason: "exploration = \(exploration) is the chance ε of a random action for learner=\(learner.rawValue), at most 1")
        }
        try checkPrice(atSupply: initialSupply, supplyKey: "s_init")
    }
}
