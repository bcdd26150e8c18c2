/// The four bonding-curve families of the reference scenario.
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
}
