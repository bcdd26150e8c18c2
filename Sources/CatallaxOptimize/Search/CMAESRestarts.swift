/// The restart strategy of a CMA-ES search.
///
/// ```
/// none:   one run
/// ipop:   run r has λ = λ₀ · 2^r,  σ = σ₀                          (Auger & Hansen 2005)
/// bipop:  large runs λ = λ₀ · 2^k (k-th large run),  σ = σ₀;
///         small runs λ = ⌊λ₀ · 2^{L·U₁²}⌋, σ = σ₀ · 10^{−2U₂}, budget ≤ ½ Σ large evaluations
///         (L = large runs so far, U uniform), a small run while Σ small < Σ large  (Hansen 2009)
/// ```
///
/// A. Auger, N. Hansen, "A restart CMA evolution strategy with increasing
/// population size", IEEE CEC 2005; N. Hansen, "Benchmarking a BI-population
/// CMA-ES on the BBOB-2009 function testbed", GECCO 2009 (accounting as in
/// pycma's `fmin`).
public enum CMAESRestarts: Hashable, Sendable {
    /// A single run.
    case none
    /// Restarts with the population doubled each time, at most `maximum` of them.
    case ipop(maximum: Int)
    /// Restarts alternating a doubling large population and small local runs, at most `maximum` of them.
    case bipop(maximum: Int)

    /// The most restarts allowed after the first run.
    public var maximum: Int {
        switch self {
        case .none: 0
        case .ipop(let maximum), .bipop(let maximum): max(0, maximum)
        }
    }
}
