extension MultiAssetParameters {
    /// Checks what single domains cannot: that the clearing system is well
    /// conditioned.
    ///
    /// ```
    /// κ∞(B + C) = (1 + λ + γ)/(1 − γ + λ) ≤ 10¹²     (γ counted as 0 when M = 1)
    /// ```
    /// Above the limit the prices would keep fewer than four correct digits
    /// (forward error ≈ κ∞·ε); only `γ → 1` with `λ → 0` gets there.
    /// - Throws: ``ParameterError/inconsistent(keys:reason:)`` naming `gamma`
    ///   and `depth`.
    /// Also that evolution strategies have at least one antithetic pair:
    /// `round(s_L·N) ≠ 1` under `evolution_strategies` (`learner`,
    /// `learner_share`, `agents`).
    public func validate() throws(ParameterError) {
        if learner == .evolutionStrategies && learnerCount == 1 {
            throw .inconsistent(
                keys: ["learner", "learner_share", "agents"],
                reason: "evolution_strategies learns from antithetic pairs of learners, but round(learner_share·agents) = 1; raise learner_share or agents, or use policy_gradient")
        }
        let kappa = conditionNumber
        if !(kappa <= Self.maximumConditionNumber) {
            throw .inconsistent(
                keys: ["gamma", "depth"],
                reason: "the clearing system's condition number (1 + depth + gamma)/(1 − gamma + depth) = \(kappa) exceeds 1e12; lower gamma or raise depth")
        }
    }

    /// The largest condition number of `B + C` a point or a run accepts.
    public static let maximumConditionNumber = 1e12
}
