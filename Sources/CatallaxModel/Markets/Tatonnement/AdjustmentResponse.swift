/// The response `g` of a tâtonnement price to excess demand, by the word
/// users write (see ``PriceAdjustment``).
///
/// ```
/// linear: g = z,   relative: g = z/S,   saturated: g = c·tanh(z/c)
/// ```
public enum AdjustmentResponse: String, CaseIterable, Sendable, ParameterChoice {
    /// `g = z`.
    case linear
    /// `g = z/S`, `S` the total units.
    case relative
    /// `g = c·tanh(z/c)`, `c` the `saturation` parameter.
    case saturated

    /// The response as ``Tatonnement`` applies it, `saturated` with scale `c`.
    public func priceAdjustment(saturationScale: Double) -> PriceAdjustment {
        switch self {
        case .linear: .linear
        case .relative: .relative
        case .saturated: .saturated(scale: saturationScale)
        }
    }
}
