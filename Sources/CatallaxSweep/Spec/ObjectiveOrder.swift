/// Which way a sweep ranks its points by the objective's mean.
public enum ObjectiveOrder: String, CaseIterable, Sendable, Codable {
    /// Lowest mean first (the calmest point first, for volatility).
    case ascending
    /// Highest mean first.
    case descending
}
