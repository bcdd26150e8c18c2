/// What a learning agent maximizes, per step (`docs/MultiAsset.md`,
/// Learning agents).
///
/// ```
/// profit:   Σ_j H_ij·(P_{t+1,j} − P_tj)                        the change of B_i + Σ_j H_ij·P_j
/// utility:  profit − λ·Σ_j H_ij²·Var_m(P_j)                    mean–variance, on the agent's exposure
/// ```
public enum LinearPolicyReward: String, CaseIterable, Sendable, ParameterChoice {
    /// The change of wealth over the step.
    case profit
    /// The change of wealth less `λ` times the variance of the held positions' value.
    case utility

    /// The word users write for this reward.
    public var word: String { rawValue }
}
