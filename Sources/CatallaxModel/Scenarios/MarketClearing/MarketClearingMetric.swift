/// The metrics of one run of the `market-clearing` scenario, by the names
/// used in result files (`docs/MarketClearing.md`, section Metrics).
public enum MarketClearingMetric: String, CaseIterable, Sendable, Codable, ScenarioMetric {
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

    /// What reports say of the metric.
    public var declaration: MetricDeclaration {
        switch self {
        case .volatility: .init("volatility", unit: "std. dev. of per-step log return", better: .lower)
        case .maxDrawdown: .init("max drawdown", unit: "fraction of peak price", better: .lower)
        case .logReturn: .init("log return ln(P_T/P_0)", unit: "dimensionless")
        case .volume: .init("volume", unit: "currency")
        case .gini: .init("Gini of final wealth", unit: "0–1", better: .lower)
        case .spread: .init("quoted spread", unit: "fraction of mid price", better: .lower, onlyWhen: "a mechanism with a book (continuous or call)")
        case .depth: .init("book depth", unit: "units resting", better: .higher, onlyWhen: "a mechanism with a book (continuous or call)")
        case .fillRate: .init("fill rate", unit: "units filled / units ordered", better: .higher)
        case .efficiency: .init("efficiency", unit: "realized / maximum surplus", better: .higher)
        }
    }
}
