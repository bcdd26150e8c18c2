/// The metrics of one run of the `resource-economy` scenario, by the names
/// used in result files (`docs/ResourceEconomy.md`, "Metrics").
///
/// ```
/// uptime        = Σ_t Σ_i up_i(t)/(N·T)
/// unmet_demand  = Σ s_ij / Σ n_ij,   s_ij = max(0, n_ij − c_ij)
/// utilization   = Σ X_j(t) / Σ G_j(t)
/// efficiency    = Σ_{t∈𝔼} Σ_j W_tj / Σ_{t∈𝔼} Σ_j W*_tj     (water-filling optimum)
/// volatility    = mean_j sd(ln P_j(t+1)/P_j(t))
/// gini          = Gini of the final wallets
/// ```
public enum ResourceEconomyMetric: String, CaseIterable, Sendable, Codable, ScenarioMetric {
    /// Mean share of agent-steps up.
    case uptime
    /// The worst agent's share of steps up.
    case uptimeWorst = "uptime_worst"
    /// Mean uptime of the policy agents.
    case uptimePolicy = "uptime_policy"
    /// Mean uptime of the other agents.
    case uptimeOthers = "uptime_others"
    /// Mean uptime of the policy agents during surges.
    case surgeUptimePolicy = "surge_uptime_policy"
    /// Mean uptime of the other agents during surges.
    case surgeUptimeOthers = "surge_uptime_others"
    /// Share of needs not met.
    case unmetDemand = "unmet_demand"
    /// Allocated over created capacity.
    case utilization
    /// Welfare over the optimal welfare of the same steps.
    case efficiency
    /// Mean over resources of the sample sd of log price changes.
    case volatility
    /// Mean price over base price.
    case meanPrice = "mean_price"
    /// Agents bankrupt at the end.
    case bankruptcies
    /// Gini coefficient of the final wallets.
    case gini
    /// Mean credits held, in steps of mean need.
    case creditsHeld = "credits_held"
    /// Credits expired unused over credits bought.
    case expired
    /// Price paid per unit consumed by the policy agents, relative to base.
    case unitCostPolicy = "unit_cost_policy"
    /// Price paid per unit consumed by the other agents, relative to base.
    case unitCostOthers = "unit_cost_others"
    /// The largest last-round relative change of a best response (kelly-pa).
    case bestResponseResidual = "br_residual"
    /// Final over initial total capacity (investment).
    case capacityGrowth = "capacity_growth"

    /// What reports say of the metric.
    public var declaration: MetricDeclaration {
        switch self {
        case .uptime: .init("uptime", unit: "share of agent-steps up", better: .higher)
        case .uptimeWorst: .init("worst agent's uptime", unit: "share of steps up", better: .higher)
        case .uptimePolicy: .init("uptime of policy agents", unit: "share of agent-steps up", better: .higher, onlyWhen: "policy_share > 0")
        case .uptimeOthers: .init("uptime of other agents", unit: "share of agent-steps up", better: .higher, onlyWhen: "policy_share < 1")
        case .surgeUptimePolicy:
            .init("surge uptime of policy agents", unit: "share of agent-steps up in surges", better: .higher,
                  onlyWhen: "load = daily, a surge happened, policy_share > 0")
        case .surgeUptimeOthers:
            .init("surge uptime of other agents", unit: "share of agent-steps up in surges", better: .higher,
                  onlyWhen: "load = daily, a surge happened, policy_share < 1")
        case .unmetDemand: .init("unmet demand", unit: "share of needs", better: .lower)
        case .utilization: .init("utilization", unit: "allocated over created capacity", better: .higher)
        case .efficiency: .init("efficiency", unit: "welfare over optimal welfare", better: .higher, onlyWhen: "optimal welfare > 0")
        case .volatility: .init("price volatility", unit: "std. dev. of per-step log price change, mean over resources", better: .lower)
        case .meanPrice: .init("mean price", unit: "× base price", better: .lower)
        case .bankruptcies: .init("bankruptcies", unit: "agents", better: .lower)
        case .gini: .init("Gini of final wallets", unit: "0–1", better: .lower, onlyWhen: "total wallets > 0")
        case .creditsHeld: .init("credits held", unit: "steps of mean need")
        case .expired: .init("expired credits", unit: "share of credits bought", better: .lower, onlyWhen: "credits were bought")
        case .unitCostPolicy: .init("unit cost of policy agents", unit: "price paid per unit consumed, × base", better: .lower,
                                    onlyWhen: "policy agents consumed")
        case .unitCostOthers: .init("unit cost of other agents", unit: "price paid per unit consumed, × base", better: .lower,
                                    onlyWhen: "other agents consumed")
        case .bestResponseResidual: .init("best-response residual", unit: "largest last-round |Δw|/S", better: .lower, onlyWhen: "rule = kelly-pa")
        case .capacityGrowth: .init("capacity growth", unit: "final over initial capacity", onlyWhen: "capacity = investment")
        }
    }
}
