/// Morris's summary of one parameter's elementary effects over `r`
/// trajectories.
///
/// ```
/// μ  = (1/r) Σ_t EE^t                         signed mean (can cancel)
/// μ* = (1/r) Σ_t |EE^t|                       importance (Campolongo et al. 2007)
/// σ  = sqrt( Σ_t (EE^t − μ)² / (r − 1) )      non-linearity or interactions (Morris 1991)
/// ```
/// in output units per unit-cube coordinate, that is per whole range of the
/// parameter (divide by the range width for the effect per unit of the
/// parameter itself).
///
/// M. D. Morris, Technometrics 33 (1991) 161–174; F. Campolongo, J. Cariboni,
/// A. Saltelli, Environ. Model. Softw. 22 (2007) 1509–1518.
public struct ElementaryEffects: Hashable, Sendable {
    /// `μ`, the mean elementary effect.
    public var mean: Double

    /// `μ*`, the mean absolute elementary effect.
    public var absoluteMean: Double

    /// `σ`, the sample standard deviation of the elementary effects.
    public var standardDeviation: Double
}

extension ElementaryEffects {
    /// The summary of `effects` (at least two; two passes for `σ`, so that a
    /// near-constant effect does not cancel to a negative variance).
    init(of effects: [Double]) {
        let r = Double(effects.count)
        let mean = effects.reduce(0, +) / r
        let absoluteMean = effects.reduce(0) { $0 + abs($1) } / r
        let squares = effects.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        self.init(mean: mean, absoluteMean: absoluteMean, standardDeviation: (squares / (r - 1)).squareRoot())
    }
}
