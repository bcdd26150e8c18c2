/// The metrics of one run of the `resource-arbitrage` scenario, by the
/// names used in result files (`docs/ResourceArbitrage.md`, "Metrics").
/// `CV(t)` is the coefficient of variation of the node prices at step `t`,
/// `V(t)` the largest violation of an agent, `G(t)` the net social payoff.
///
/// ```
/// price_dispersion  = (1/T) Σ_t CV(t)
/// steps_to_converge = 1 + max{t : V(t) > ε}   (0 if none)
/// unmet_demand      = Σ_t Σ_i r_i / Σ_t Σ_i D_i(p_i)
/// welfare_gain      = Σ_t G(t) / (N·T),        welfare_capture = (Σ_t G(t)/T) / G(T − 1)
/// ```
public enum ResourceArbitrageMetric: String, CaseIterable, Sendable, Codable, ScenarioMetric {
    /// Time-average coefficient of variation of node prices.
    case priceDispersion = "price_dispersion"
    /// The coefficient of variation at the last step.
    case finalDispersion = "final_dispersion"
    /// The coefficient of variation at step 0, before any shipment.
    case autarkyDispersion = "autarky_dispersion"
    /// One more than the last step with a violation above `ε`.
    case stepsToConverge = "steps_to_converge"
    /// 1 if the last step is at rest.
    case converged
    /// Share of steps at rest.
    case timeAtRest = "time_at_rest"
    /// Time-average of the largest violation.
    case meanViolation = "mean_violation"
    /// Unmet demand over demand.
    case unmetDemand = "unmet_demand"
    /// The arbitrageurs' profit per step.
    case arbitrageProfit = "arbitrage_profit"
    /// Units shipped per step.
    case volumeMoved = "volume_moved"
    /// Gain from trade per node and step.
    case welfareGain = "welfare_gain"
    /// The average gain over the final one.
    case welfareCapture = "welfare_capture"
    /// Share of links carrying flow at the end.
    case flowLinkShare = "flow_link_share"
    /// Share of the links with flow that are full at the end.
    case capacityBoundShare = "capacity_bound_share"

    /// What reports say of the metric.
    public var declaration: MetricDeclaration {
        switch self {
        case .priceDispersion: .init("price dispersion", unit: "coefficient of variation, time average", better: .lower)
        case .finalDispersion: .init("final dispersion", unit: "coefficient of variation at T − 1", better: .lower)
        case .autarkyDispersion: .init("autarky dispersion", unit: "coefficient of variation at step 0")
        case .stepsToConverge: .init("steps to converge", unit: "steps", better: .lower, onlyWhen: "shock_rate = 0")
        case .converged: .init("converged", unit: "1 at rest at T − 1, else 0", better: .higher, onlyWhen: "shock_rate = 0")
        case .timeAtRest: .init("time at rest", unit: "share of steps", better: .higher)
        case .meanViolation: .init("mean violation", unit: "money/unit, time average", better: .lower)
        case .unmetDemand: .init("unmet demand", unit: "share of demand", better: .lower)
        case .arbitrageProfit: .init("arbitrage profit", unit: "money per step, all agents")
        case .volumeMoved: .init("volume moved", unit: "units shipped per step")
        case .welfareGain: .init("welfare gain", unit: "gain from trade per node and step", better: .higher)
        case .welfareCapture:
            .init("welfare capture", unit: "mean gain over final gain", better: .higher, onlyWhen: "shock_rate = 0 and final gain > 0")
        case .flowLinkShare: .init("flow link share", unit: "share of links", onlyWhen: "links > 0")
        case .capacityBoundShare: .init("capacity-bound share", unit: "share of links with flow", onlyWhen: "links with flow > 0")
        }
    }
}
