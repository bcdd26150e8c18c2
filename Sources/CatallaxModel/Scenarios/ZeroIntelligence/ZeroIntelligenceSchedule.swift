/// How the `zero-intelligence` scenario sets the traders' values and costs.
///
/// ```
/// reference:  DoubleAuctionDesign.reference's table (6 buyers, 6 sellers, 4 units)
/// linear:     n_d = buyers·units values, n_s = sellers·units costs, k = 0, 1, …
///             v₍ₖ₎ = value_high − ⌊k·(value_high − value_low)/(n_d − 1) + ½⌋
///             c₍ₖ₎ = cost_low  + ⌊k·(cost_high − cost_low)/(n_s − 1) + ½⌋
///             unit k goes to trader k mod traders, as its unit ⌊k / traders⌋
/// ```
///
/// Both are deterministic, so the maximum surplus is a property of the
/// parameter point (as in Gode and Sunder's fixed designs), never of a
/// replicate. Dealing the linear schedules out round-robin gives every
/// trader units on both sides of the equilibrium and keeps each buyer's
/// values non-increasing and each seller's costs non-decreasing.
public enum ZeroIntelligenceSchedule: String, CaseIterable, Sendable, Codable, ParameterChoice {
    /// The stepped values and costs of ``DoubleAuctionDesign/reference``.
    case reference
    /// Straight-line demand and supply between the value and cost bounds.
    case linear
}
