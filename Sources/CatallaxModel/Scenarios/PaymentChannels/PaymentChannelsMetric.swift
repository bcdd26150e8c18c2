/// The metrics of one run of the `payment-channels` scenario, by the names
/// used in result files (`docs/PaymentChannels.md`, "Metrics").
///
/// ```
/// success_rate        = successes / (K·T)
/// value_per_liquidity = Σ successful amounts / Σ_t Σ_{open e} c_e(t)
/// ledger_overhead     = (2·E·F + rule's ledger fees) / (F·K·T)
/// depleted_share      = Σ_t depleted open sides / Σ_t open sides
/// ```
public enum PaymentChannelsMetric: String, CaseIterable, Sendable, Codable, ScenarioMetric {
    /// Successful payments over attempted payments.
    case successRate = "success_rate"
    /// Successful payments per step.
    case paymentsPerStep = "payments_per_step"
    /// Value moved per unit of locked liquidity per step.
    case valuePerLiquidity = "value_per_liquidity"
    /// Ledger fees against paying every payment on the ledger.
    case ledgerOverhead = "ledger_overhead"
    /// Ledger fees over the value moved.
    case ledgerFeeShare = "ledger_fee_share"
    /// Time-average share of depleted channel sides.
    case depletedShare = "depleted_share"
    /// Routing fees earned per step.
    case routingFees = "routing_fees"
    /// Share of payments between unconnected nodes.
    case noRouteShare = "no_route_share"
    /// Mean route length of successful parts.
    case meanHops = "mean_hops"
    /// Rebalancing actions that moved something, per step.
    case rebalances

    /// What reports say of the metric.
    public var declaration: MetricDeclaration {
        switch self {
        case .successRate: .init("success rate", unit: "share of payments", better: .higher)
        case .paymentsPerStep: .init("payments per step", unit: "successful payments", better: .higher)
        case .valuePerLiquidity: .init("value per liquidity", unit: "value moved per unit locked per step", better: .higher)
        case .ledgerOverhead:
            .init("ledger overhead", unit: "ledger fees over paying every payment on the ledger", better: .lower, onlyWhen: "ledger_fee > 0")
        case .ledgerFeeShare: .init("ledger fee share", unit: "ledger fees over value moved", better: .lower, onlyWhen: "value moved > 0")
        case .depletedShare: .init("depleted share", unit: "share of channel sides", better: .lower)
        case .routingFees: .init("routing fees", unit: "units per step")
        case .noRouteShare: .init("no-route share", unit: "share of payments", better: .lower)
        case .meanHops: .init("mean hops", unit: "channels per successful part", better: .lower, onlyWhen: "a payment succeeded")
        case .rebalances: .init("rebalances", unit: "per step", onlyWhen: "rebalance ≠ none")
        }
    }
}
