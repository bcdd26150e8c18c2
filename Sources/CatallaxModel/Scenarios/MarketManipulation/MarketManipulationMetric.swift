/// The metrics of one run of the `market-manipulation` scenario, by the
/// names used in result files (`docs/MarketManipulation.md`, "Metrics").
/// `W = B + H·P_T` is an account's wealth at its market's final price; "cf"
/// is the counterfactual market (same victims, same draws, no attacker).
///
/// ```
/// attacker_profit   = Σ_j (A_j,T − A₀) + (H_Aj,T − H_A)·P_T
/// victim_loss       = Σ_i W_i(cf) − Σ_i W_i(attacked)
/// volatility_added  = sd(ln P_{t+1}/P_t)(attacked) − sd(…)(cf)
/// price_impact      = mean_t |ln(P_t / P_t(cf))|
/// ```
public enum MarketManipulationMetric: String, CaseIterable, Sendable, Codable, ScenarioMetric {
    /// The attackers' total profit.
    case attackerProfit = "attacker_profit"
    /// The attackers' profit per attacker.
    case profitPerAttacker = "profit_per_attacker"
    /// The attackers' profit per attempt.
    case profitPerAttempt = "profit_per_attempt"
    /// The share of attempts that profit.
    case attackSuccessRate = "attack_success_rate"
    /// Attempts in the run.
    case attempts
    /// The victims' wealth without the attack less with it.
    case victimLoss = "victim_loss"
    /// The victims' mean wealth change in the attacked market.
    case victimWealthChange = "victim_wealth_change"
    /// The attacked market's volatility.
    case volatility
    /// Volatility with the attack less without.
    case volatilityAdded = "volatility_added"
    /// The mean absolute log price gap to the counterfactual.
    case priceImpact = "price_impact"
    /// Fees paid in the attacked market.
    case feesPaid = "fees_paid"
    /// Volume rewards paid in the attacked market.
    case rewardPaid = "reward_paid"
    /// Volume rewards minted in the attacked market.
    case rewardMinted = "reward_minted"
    /// Traded value in the attacked market.
    case volume

    /// What reports say of the metric.
    public var declaration: MetricDeclaration {
        switch self {
        case .attackerProfit: .init("attacker profit", unit: "currency per run", better: .lower)
        case .profitPerAttacker: .init("profit per attacker", unit: "currency per attacker", better: .lower)
        case .profitPerAttempt: .init("profit per attempt", unit: "currency per attempt", better: .lower, onlyWhen: "attempts > 0")
        case .attackSuccessRate: .init("attack success rate", unit: "share of attempts", better: .lower, onlyWhen: "attempts > 0")
        case .attempts: .init("attempts", unit: "per run")
        case .victimLoss: .init("victim loss", unit: "currency per run", better: .lower)
        case .victimWealthChange: .init("victim wealth change", unit: "currency per victim", better: .higher)
        case .volatility: .init("volatility", unit: "sd of log returns", better: .lower)
        case .volatilityAdded: .init("volatility added", unit: "sd of log returns", better: .lower)
        case .priceImpact: .init("price impact", unit: "mean |log price gap|", better: .lower)
        case .feesPaid: .init("fees paid", unit: "currency per run")
        case .rewardPaid: .init("reward paid", unit: "currency per run", onlyWhen: "reward_rate > 0")
        case .rewardMinted: .init("reward minted", unit: "currency per run", better: .lower, onlyWhen: "reward_rate > 0")
        case .volume: .init("volume", unit: "currency per run")
        }
    }
}
