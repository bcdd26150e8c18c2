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
public enum ZeroIntelligenceMetric: String, CaseIterable, Sendable, Codable {
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

    /// The metrics a run with these parameters reports: all of them. A run
    /// without trades has no `mean_price` and `price_rmsd`, and one with
    /// fewer than 3 trades no `volatility` (its value is `nil`, never NaN).
    ///
    /// - Parameter parameters: The point.
    /// - Returns: Every metric, in ``allCases`` order.
    public static func reported(for parameters: ZeroIntelligenceParameters) -> [Self] {
        allCases
    }
}

extension RunOutcome {
    /// The value of a `zero-intelligence` metric, if the run has it
    /// (labelled, because `curve-volatility` metrics share names such as
    /// `volume` and `volatility`).
    ///
    /// - Parameter metric: The metric.
    /// - Returns: The value in ``ZeroIntelligenceMetric/allCases`` order of
    ///   ``values``, or `nil`.
    public subscript(zeroIntelligence metric: ZeroIntelligenceMetric) -> Double? {
        values[ZeroIntelligenceMetric.allCases.firstIndex(of: metric)!]
    }
}
