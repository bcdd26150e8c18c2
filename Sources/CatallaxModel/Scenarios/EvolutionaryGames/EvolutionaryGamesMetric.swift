/// The metrics of one run of the `evolutionary-games` scenario, over the
/// window `t = T₀ … T − 1` (`W` steps); `p_t` is the share of strategy 1
/// after step `t`. See `docs/EvolutionaryGames.md`, "Metrics".
public enum EvolutionaryGamesMetric: String, CaseIterable, Sendable, Codable, ScenarioMetric {
    /// `p_{T−1}`.
    case finalShare = "final_share"
    /// `(1/W) Σ p_t`.
    case meanShare = "mean_share"
    /// The standard deviation of `p_t` over the window.
    case shareVolatility = "share_volatility"
    /// `max_k |mean p_k − p*_k|`, the distance of the mean mix to the interior rest point.
    case restPointGap = "rest_point_gap"
    /// `(1/W) Σ f̄_t`, the mean payoff per agent and step.
    case meanPayoff = "mean_payoff"
    /// 1 if one strategy holds every agent at `T − 1`.
    case fixation
    /// `max_i max_k |c_ik/T − p*_k|`: how far the fictitious players' empirical
    /// frequencies of play met end from the interior rest point (Robinson's measure).
    case beliefGap = "belief_gap"

    /// What reports say of the metric.
    public var declaration: MetricDeclaration {
        switch self {
        case .finalShare: .init("final share of strategy 1", unit: "share", better: .neither)
        case .meanShare: .init("mean share of strategy 1", unit: "share", better: .neither)
        case .shareVolatility: .init("volatility of the share", unit: "share", better: .lower)
        case .restPointGap: .init("distance to the interior rest point", unit: "share", better: .lower)
        case .meanPayoff: .init("mean payoff per agent and step", unit: "payoff", better: .higher)
        case .fixation: .init("fixation (one strategy left)", unit: "0/1", better: .neither)
        case .beliefGap: .init("fictitious players' distance to the rest point", unit: "share", better: .lower)
        }
    }
}
