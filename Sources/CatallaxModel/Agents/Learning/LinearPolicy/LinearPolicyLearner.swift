/// How a ``LinearPolicy`` is trained (`docs/LinearPolicy.md`, Training).
///
/// ```
/// policy_gradient:       W ← W + (α/(L·σ))·X⁻ᵀ·((r − b) ⊙ ε⁻),   b = running mean reward
/// evolution_strategies:  W ← W + (α/(n·σ))·Σ_k r_k·E⁻_k,         E_{2k+1} = −E_{2k}
/// ```
public enum LinearPolicyLearner: String, CaseIterable, Sendable, ParameterChoice {
    /// REINFORCE with a running-mean baseline: Gaussian noise on the actions.
    case policyGradient = "policy_gradient"
    /// Antithetic evolution strategies: Gaussian noise on the weights, pairs of learners.
    case evolutionStrategies = "evolution_strategies"

    /// The word users write for this rule.
    public var word: String { rawValue }

    /// Standard normals one learner draws per step: one per action (policy
    /// gradient) or one per weight (evolution strategies).
    ///
    /// ```
    /// policy_gradient: M,   evolution_strategies: F·M
    /// ```
    @inlinable
    public func noiseCount(features: Int, actions: Int) -> Int {
        self == .policyGradient ? actions : features * actions
    }
}
