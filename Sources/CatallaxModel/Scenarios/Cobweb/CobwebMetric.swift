/// The metrics of one run of the `cobweb` scenario, by the names used in
/// result files (`docs/Cobweb.md`, "Metrics"). Over the window
/// `t ∈ [T − W, T)`, `e_t = |p_t − p*|/p*`.
///
/// ```
/// price_error = mean e_t           volatility = std (p_t − p_{t−1})/p*        converged = share of e_t ≤ ε
/// quantity_dispersion = mean std_i(q_i)/q*     profit = mean π_i/π*           diversity = mean Hamming/ℓ (end)
/// ```
public enum CobwebMetric: String, CaseIterable, Sendable, Codable, ScenarioMetric {
    /// Mean relative distance of the price from `p*` over the window.
    case priceError = "price_error"
    /// Relative distance of the last price from `p*`.
    case finalPriceError = "final_price_error"
    /// Standard deviation of price changes relative to `p*` over the window.
    case volatility
    /// Share of the window within the tolerance of `p*`.
    case converged
    /// Mean standard deviation of the firms' quantities relative to `q*`.
    case quantityDispersion = "quantity_dispersion"
    /// Mean firm profit relative to the equilibrium profit.
    case profit
    /// Mean pairwise Hamming distance in the GA populations at the end, over `ℓ`.
    case diversity
    /// Mean price relative to `p*` over the window.
    case meanPrice = "mean_price"
    /// Share of the window with some quantity at 0 or `q̄`.
    case clipped

    /// What reports say of the metric.
    public var declaration: MetricDeclaration {
        switch self {
        case .priceError: .init("price error", unit: "|p − p*|/p*, window mean", better: .lower)
        case .finalPriceError: .init("final price error", unit: "|p − p*|/p* at T", better: .lower)
        case .volatility: .init("volatility", unit: "std of Δp/p*", better: .lower)
        case .converged: .init("converged", unit: "share of window within ε", better: .higher)
        case .quantityDispersion: .init("quantity dispersion", unit: "std of q over q*", better: .lower)
        case .profit: .init("profit", unit: "share of the REE profit", better: .higher)
        case .diversity: .init("diversity", unit: "Hamming distance over ℓ")
        case .meanPrice: .init("mean price", unit: "share of p*")
        case .clipped: .init("clipped", unit: "share of window at a bound", better: .lower)
        }
    }
}
