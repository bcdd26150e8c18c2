/// The Sobol′ indices of one parameter, each with its bootstrap interval.
///
/// ```
/// S_i  = V[E(Y | X_i)] / V(Y)          first order: X_i alone
/// ST_i = E[V(Y | X_~i)] / V(Y)         total effect: X_i with all its interactions
/// ```
/// `0 ≤ S_i ≤ ST_i ≤ 1` for the true values; `ST_i − S_i` is the share of
/// variance due to interactions involving `i`. Estimates may stray slightly
/// outside those bounds and are reported unclipped.
///
/// I. M. Sobol′, "Sensitivity estimates for nonlinear mathematical models",
/// Math. Model. Comput. Exp. 1 (1993) 407–414.
public struct SobolIndices: Hashable, Sendable {
    /// `S_i`, the first-order index (Saltelli 2010's estimator).
    public var firstOrder: BootstrapInterval

    /// `ST_i`, the total-effect index (Jansen 1999's estimator).
    public var total: BootstrapInterval
}
