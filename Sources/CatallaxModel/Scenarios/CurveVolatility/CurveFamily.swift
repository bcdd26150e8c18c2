/// The four bonding-curve families of the reference scenario.
///
/// A family names the price function; its parameters come with it in
/// ``CurveVolatilityParameters/curve``.
public enum CurveFamily: String, CaseIterable, Sendable, Codable {
    /// `f(S) = m·S + b`.
    case linear
    /// `f(S) = a·e^{kS}`.
    case exponential
    /// `f(S) = K / (1 + e^{−k(S−S₀)})`.
    case sigmoid
    /// `f(S) = a·Sⁿ`.
    case power
}
