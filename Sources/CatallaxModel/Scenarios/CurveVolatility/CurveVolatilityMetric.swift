/// The metrics of one run of the `curve-volatility` scenario, by the names
/// used in result files.
public enum CurveVolatilityMetric: String, CaseIterable, Sendable, Codable, ScenarioMetric {
    /// Sample standard deviation of the T log returns.
    case volatility
    /// Largest fall from a running peak, `max_t (1 − P_t / max_{s≤t} P_s)`.
    case maxDrawdown = "max_drawdown"
    /// `ln(P_T / P_0)`.
    case logReturn = "log_return"
    /// Currency paid by buyers plus refunds before fees.
    case volume
    /// The treasury's fees at the end.
    case fees
    /// Gini coefficient of final wealth `B_i + H_i·P_T`.
    case gini
    /// `1 − P_{t_shock+1}/P_{t_shock}` (shock runs only).
    case shockDrop = "shock_drop"
    /// Steps until the price is back to 95% of `P_{t_shock}` (shock runs only).
    case recoverySteps = "recovery_steps"
    /// 1 when recovery never happened and `recovery_steps` is censored at `T − t_shock`.
    case recoveryCensored = "recovery_censored"

    /// Whether the metric exists only for runs with a shock.
    public var needsShock: Bool {
        switch self {
        case .shockDrop, .recoverySteps, .recoveryCensored: true
        default: false
        }
    }

    /// What reports say of the metric.
    public var declaration: MetricDeclaration {
        switch self {
        case .volatility: .init("volatility", unit: "std. dev. of per-step log return", better: .lower)
        case .maxDrawdown: .init("max drawdown", unit: "fraction of peak price", better: .lower)
        case .logReturn: .init("log return ln(P_T/P_0)", unit: "dimensionless")
        case .volume: .init("volume", unit: "currency")
        case .fees: .init("fees collected", unit: "currency")
        case .gini: .init("Gini of final wealth", unit: "0–1", better: .lower)
        case .shockDrop: .init("shock drop", unit: "fraction of price", better: .lower, onlyWhen: "shock > 0")
        case .recoverySteps: .init("recovery time", unit: "steps", better: .lower, onlyWhen: "shock > 0")
        case .recoveryCensored: .init("never recovered", unit: "share of runs", better: .lower, onlyWhen: "shock > 0")
        }
    }
}
