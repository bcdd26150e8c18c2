/// The metrics of one run of the `market-clearing` scenario, by the names
/// used in result files (`docs/MarketClearing.md`, section Metrics).
public enum MarketClearingMetric: String, CaseIterable, Sendable, Codable {
    /// Sample standard deviation (n−1) of the T log returns.
    case volatility
    /// Largest fall from a running peak, `max_t (1 − P_t / max_{s≤t} P_s)`.
    case maxDrawdown = "max_drawdown"
    /// `ln(P_T / P_0)`.
    case logReturn = "log_return"
    /// Currency traded, `Σ fills q·price`.
    case volume
    /// Gini coefficient of final wealth `B_i + H_i·P_T`.
    case gini
    /// Mean relative quoted spread `(ask − bid)/mid` where both sides rest (books only).
    case spread
    /// Mean units resting on both sides at the same moments (books only).
    case depth
    /// Units filled over units ordered, both sides counted.
    case fillRate = "fill_rate"
    /// Realized over maximum surplus of the clearing windows.
    case efficiency

    /// Whether the metric exists only for mechanisms with a book.
    public var needsBook: Bool { self == .spread || self == .depth }

    /// The metrics a run with these parameters reports (a run without a
    /// moment where both sides rest, or without a window with surplus to
    /// gain, still reports `nil` for spread and depth, or efficiency).
    /// - Parameter parameters: the point.
    /// - Returns: the metrics in ``allCases`` order.
    public static func reported(for parameters: MarketClearingParameters) -> [Self] {
        allCases.filter { parameters.mechanism.hasBook || !$0.needsBook }
    }
}
