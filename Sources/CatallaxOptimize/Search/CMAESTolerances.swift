/// The thresholds of CMA-ES's convergence stops (tutorial, Appendix B.3;
/// defaults as in pycma).
///
/// ```
/// tolFun:       range of recent best values and of this generation's values < function
/// tolX:         σ √C_ii < x  and  σ |p_c,i| < x   for every i
/// tolUpSigma:   σ/σ₀ > upSigma · √λ_max(C)
/// conditionCov: λ_max(C)/λ_min(C) > condition
/// ```
public struct CMAESTolerances: Hashable, Sendable {
    /// TolFun: the smallest range of objective values worth telling apart.
    public var function: Double
    /// TolX: the smallest step, in parameter units, worth taking.
    public var x: Double
    /// TolUpSigma: how far σ may grow relative to σ₀ and `√λ_max(C)`.
    public var upSigma: Double
    /// ConditionCov: the largest condition number of `C` before round-off.
    public var condition: Double
    /// Whether the stagnation rule applies (off for noisy objectives judged elsewhere).
    public var stagnation: Bool

    /// The tolerances; the defaults are pycma's.
    ///
    /// - Parameters:
    ///   - function: TolFun, `1e-11`.
    ///   - x: TolX, `1e-11`.
    ///   - upSigma: TolUpSigma, `1e20`.
    ///   - condition: ConditionCov, `1e14`.
    ///   - stagnation: Whether to stop on stagnation, `true`.
    public init(function: Double = 1e-11, x: Double = 1e-11, upSigma: Double = 1e20,
                condition: Double = 1e14, stagnation: Bool = true) {
        self.function = function
        self.x = x
        self.upSigma = upSigma
        self.condition = condition
        self.stagnation = stagnation
    }
}
