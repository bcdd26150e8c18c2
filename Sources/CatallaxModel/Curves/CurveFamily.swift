/// The bonding-curve families of the reference scenario: the four of the
/// headline sweep and the four of issue 17 (root, inverse, step, segmented).
///
/// A family names the price function; `CurveFamily+Parameters.swift` holds
/// what it knows about its parameters (keys, defaults, formula, steepness,
/// level rule), once, for every scenario that prices by a curve.
public enum CurveFamily: String, CaseIterable, Sendable, Codable, ParameterChoice {
    /// `f(S) = m·S + b`.
    case linear
    /// `f(S) = a·e^{kS}`.
    case exponential
    /// `f(S) = K / (1 + e^{−k(S−S₀)})`.
    case sigmoid
    /// `f(S) = a·Sⁿ`.
    case power
    /// `f(S) = k·√S`.
    case root
    /// `f(S) = k/(S + 1)`, the one falling price.
    case inverse
    /// `f(S) = b·(1 + ⌊S/c⌋)`.
    case step
    /// `f(S) = m·S + b` up to `S₁`, then `f(S₁)·e^{k(S − S₁)}`.
    case segmented
}
