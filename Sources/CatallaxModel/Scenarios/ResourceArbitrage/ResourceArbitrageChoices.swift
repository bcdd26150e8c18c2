/// The order in which the arbitrage agents of `resource-arbitrage` act
/// (`docs/ResourceArbitrage.md`, "Arbitrage agents").
///
/// ```
/// sequential:    one at a time in direction order, each at the prices its predecessors left;  k_d = 1/(1/β_u + 1/β_v)
/// simultaneous:  all at the step's clearing prices;   k_d = β_u β_v/(deg(v) β_u + deg(u) β_v)
/// ```
public enum ArbitrageUpdate: String, CaseIterable, Sendable, ParameterChoice {
    /// Projected successive over-relaxation (Cryer 1971).
    case sequential
    /// Scaled gradient projection (Bertsekas 1999).
    case simultaneous
}
