/// Why a CMA-ES run stopped (tutorial, Appendix B.3; docs/CMAES.md has each
/// rule's formula and default).
public enum CMAESStopReason: String, Hashable, Sendable, CaseIterable {
    /// The best value reached the target: `f_best ≤ target`.
    case targetValue
    /// Another generation would exceed the evaluation budget: `evaluations + λ > budget`.
    case maxEvaluations
    /// The run's generation cap: `g ≥ 100 + 150 (n+3)² / √λ` (pycma's `maxiter`).
    case maxGenerations
    /// Recent values all lie within TolFun of each other.
    case tolFun
    /// Every coordinate's step `σ √C_ii` and `σ p_c,i` is below TolX.
    case tolX
    /// σ grew beyond `TolUpSigma · σ₀ · √λ_max(C)`: no minimum in reach, or σ₀ far too small.
    case tolUpSigma
    /// `C`'s condition number exceeded ConditionCov (or an eigenvalue was not positive).
    case conditionCov
    /// A step of `0.1 σ` along a principal axis leaves the mean unchanged.
    case noEffectAxis
    /// A step of `0.2 σ √C_ii` in some coordinate leaves the mean unchanged.
    case noEffectCoord
    /// The best and median values stopped improving over the recent history.
    case stagnation

}
