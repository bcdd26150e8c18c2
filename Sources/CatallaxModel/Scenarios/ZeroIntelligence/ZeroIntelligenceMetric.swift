/// The metrics of one run of the `zero-intelligence` scenario, by the names
/// used in result files.
///
/// ```
/// p* = (lowest + highest competitive price) / 2          (the competitive mid price)
/// efficiency        = Σ(v − c) of traded units / (P · maximum surplus)
/// volume            = units traded / P
/// mean_price        = Σ pₙ / n                             (nil without trades)
/// price_rmsd        = √(Σ (pₙ − p*)² / n) / p*              (nil without trades)
/// volatility        = sd of rₙ = ln(pₙ₊₁/pₙ), n−1 denominator (nil below 3 trades)
/// profit_dispersion = √(Σ_{period, trader} (πᵢ − πᵢ*)² / (P · traders))
/// ```
///
/// Prices are every trade of the run in order (`n` trades over all `P`
/// periods; returns run across period boundaries, as one transaction
/// series). `πᵢ` is trader `i`'s profit in a period (`Σ (v − p)` over units
/// bought, `Σ (p − c)` over units sold); `πᵢ*` its profit in competitive
/// equilibrium at `p*`: `Σ max(0, v − p*)` or `Σ max(0, p* − c)` (Gode and
/// Sunder 1993's profit dispersion, in ticks).
public enum ZeroIntelligenceMetric: String, CaseIterable, Sendable, Codable, ScenarioMetric {
    /// Allocative efficiency: realized over maximum surplus (≤ 1; ZI-U may
    /// go below 0).
    case efficiency
    /// Units traded per period, mean over the periods.
    case volume
    /// Mean transaction price, in ticks.
    case meanPrice = "mean_price"
    /// Root-mean-square deviation of transaction prices from `p*`, as a
    /// fraction of `p*` (Smith's coefficient of convergence α, over the run).
    case priceRMSD = "price_rmsd"
    /// Sample standard deviation of the log returns between successive
    /// transaction prices.
    case volatility
    /// Root-mean-square deviation of traders' period profits from their
    /// competitive-equilibrium profits, in ticks.
    case profitDispersion = "profit_dispersion"

    /// What reports say of the metric.
    public var declaration: MetricDeclaration {
        switch self {
        case .efficiency: .init("efficiency", unit: "realized / maximum surplus", better: .higher)
        case .volume: .init("volume", unit: "units traded per period")
        case .meanPrice: .init("mean price", unit: "currency per unit")
        case .priceRMSD: .init("price RMSD", unit: "RMS distance of trade prices from p*, as a fraction of p*", better: .lower)
        case .volatility: .init("volatility", unit: "std. dev. of log returns between trades", better: .lower)
        case .profitDispersion: .init("profit dispersion", unit: "RMS of profits minus equilibrium profits", better: .lower)
        }
    }
}

