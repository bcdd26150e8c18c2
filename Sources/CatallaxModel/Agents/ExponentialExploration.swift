import CatallaxNumerics

/// An exploration probability that decays exponentially with time, as in
/// Calvano et al. (2020) (`docs/AlgorithmicCollusion.md`, "`ε_t` numerics"):
///
/// ```
/// ε_t = e^{−βt}
/// ```
/// `exp` costs more than a learner's whole period, so a step loop forms
/// `ε` once with ``probability(atPeriod:)`` and then multiplies by
/// ``decayPerPeriod`` each period; the error grows by about one ulp per
/// period (10⁻¹³ relative after 1 000) and restarts each time `ε` is formed.
public struct ExponentialExploration: Sendable, Equatable {
    /// `β ≥ 0`, the decay per period.
    public let decay: Double
    /// `e^{−β}`.
    public let decayPerPeriod: Double

    /// The schedule with decay `β`.
    @inlinable
    public init(decay β: Double) {
        decay = β
        decayPerPeriod = LaneMath.exp(-β)
    }

    /// `ε_t = e^{−βt}`.
    @inlinable
    public func probability(atPeriod t: Int) -> Double { LaneMath.exp(-decay * Double(t)) }
}
