/// The metrics of one session of the `algorithmic-collusion` scenario, by
/// the names used in result files (`docs/AlgorithmicCollusion.md`,
/// "Metrics"), measured on the cycle `c_0 … c_{L−1}` that greedy play
/// enters from the state where the session stopped.
///
/// ```
/// π̄_i = (1/L)·Σ_k π_i(c_k),   Δ_i = (π̄_i − π_N)/(π_M − π_N),   profit_gain = (1/n)·Σ_i Δ_i
/// price_position = (p̄ − p_N)/(p_M − p_N)
/// deviation_gain = V_dev/V_cyc − 1,   punishment = (P(c_2, 1) − P(d_2, 1))/(p_M − p_N)
/// ```
public enum AlgorithmicCollusionMetric: String, CaseIterable, Sendable, Codable, ScenarioMetric {
    /// `Δ`, the profit gain averaged over the firms.
    case profitGain = "profit_gain"
    /// `Δ_0`, firm 0's profit gain.
    case profitGainFirm0 = "profit_gain_firm0"
    /// `Δ_1`, firm 1's profit gain.
    case profitGainFirm1 = "profit_gain_firm1"
    /// 1 if the session converged before the cap, else 0.
    case converged
    /// Periods the session ran.
    case periods
    /// `p̄`, the mean price over the limit cycle and the firms.
    case meanPrice = "mean_price"
    /// `(p̄ − p_N)/(p_M − p_N)`.
    case pricePosition = "price_position"
    /// `L`, the length of the limit cycle.
    case cycleLength = "cycle_length"
    /// 1 if the limit cycle is one state in which every firm charges the same price.
    case symmetricFixedPoint = "symmetric_fixed_point"
    /// Firm 0's discounted gain from a one-period static best response, relative to staying on the cycle.
    case deviationGain = "deviation_gain"
    /// Firm 1's price cut the period after that deviation, in units of `p_M − p_N`.
    case punishment

    /// What reports say of the metric.
    public var declaration: MetricDeclaration {
        switch self {
        case .profitGain: .init("profit gain Δ", unit: "share of π_M − π_N")
        case .profitGainFirm0: .init("firm 0's profit gain", unit: "share of π_M − π_N")
        case .profitGainFirm1: .init("firm 1's profit gain", unit: "share of π_M − π_N")
        case .converged: .init("converged", unit: "share of sessions", better: .higher)
        case .periods: .init("periods to converge", unit: "periods", better: .lower)
        case .meanPrice: .init("mean price", unit: "money")
        case .pricePosition: .init("price position", unit: "share of p_M − p_N")
        case .cycleLength: .init("cycle length", unit: "periods")
        case .symmetricFixedPoint: .init("symmetric fixed point", unit: "share of sessions")
        case .deviationGain: .init("deviation gain", unit: "share of the cycle's discounted profit")
        case .punishment: .init("punishment", unit: "share of p_M − p_N")
        }
    }
}
