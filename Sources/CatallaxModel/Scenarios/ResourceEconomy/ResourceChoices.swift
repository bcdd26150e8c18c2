/// How a step's capacity is shared among the agents' orders
/// (`docs/ResourceEconomy.md`, "Allocation rules").
///
/// ```
/// posted:      P = p̄·(1 + η·D(t−1)/C(t−1)),  pro-rata rationing when D > C
/// adjust:      trades at P(t),  P(t+1) = max(φ_P·p̄, P + λ·g(D − C, C))
/// kelly-pt:    proportional share, price-taking bids (Kelly 1997)
/// kelly-pa:    proportional share, price-anticipating best responses (Johari–Tsitsiklis 2004)
/// auction:     uniform-price sealed bids clearing at capacity
/// first-come:  utilization price, orders filled in a random arrival order
/// ```
public enum AllocationRule: String, CaseIterable, Sendable, ParameterChoice {
    /// Posted utilization price, pro-rata rationing.
    case posted
    /// Tâtonnement price, pro-rata rationing.
    case adjust
    /// Proportional share with price-taking agents.
    case kellyTaking = "kelly-pt"
    /// Proportional share with price-anticipating agents.
    case kellyAnticipating = "kelly-pa"
    /// Uniform-price sealed-bid auction.
    case auction
    /// Utilization price, first come first served.
    case firstCome = "first-come"

    /// Whether the step's price is the utilization price of last step's offered load.
    @inlinable public var usesUtilizationPrice: Bool { self == .posted || self == .firstCome }
    /// Whether capacity is shared in proportion to money bids.
    @inlinable public var isProportionalShare: Bool { self == .kellyTaking || self == .kellyAnticipating }
}

/// How an agent turns its residual needs into spot requests.
///
/// ```
/// linear:   Q_ij = max(0, 1 + ε(1 − Π_i/y_i))·n'_ij,   Π_i = Σ_j P̃_j n'_ij
/// utility:  Q_i = argmax Σ_j u_ij(r_ij + x_j) − P̃·x  s.t.  P̃·x ≤ b_i
/// ```
public enum DemandRule: String, CaseIterable, Sendable, ParameterChoice {
    /// Bundle demand linear in the prices.
    case linear
    /// Utility-maximizing demand under the budget.
    case utility
}

/// How an agent's needs move over time (`docs/ResourceEconomy.md`, "Needs").
///
/// ```
/// constant:  L = 1
/// daily:     L = (1 + A·sin 2π(t/D + φ_i))·(1 + s·S(t))       S(t) = 1 during a surge
/// bursts:    L = (1 + b·β_i(t))/(1 + b·π_b)                   β_i a two-state Markov chain
/// ```
public enum LoadPattern: String, CaseIterable, Sendable, ParameterChoice {
    /// The same need every step.
    case constant
    /// A daily cycle with market-wide surges.
    case daily
    /// Random bursts per agent.
    case bursts
}

/// When the policy agents buy capacity ahead as credits.
///
/// ```
/// needed:  never
/// ma:      when P̃ < (1 − θ)·F,  F the moving average of the last w_f prices
/// ewma:    when P̃ < (1 − θ)·F,  F ← F + α(P − F)
/// ar1:     when P̃ < (1 − θ)·F,  F the mean of an AR(1) forecast fitted by least squares (dgels)
/// oracle:  its share of the valley-filling plan of the next block's needs
/// ```
public enum WalletPolicy: String, CaseIterable, Sendable, ParameterChoice {
    /// Buy only what is needed now.
    case needed
    /// Buy ahead below a moving-average forecast.
    case ma
    /// Buy ahead below an exponentially weighted forecast.
    case ewma
    /// Buy ahead below an AR(1) forecast.
    case ar1
    /// Buy ahead by the valley-filling plan of the known future needs.
    case oracle

    /// Whether the policy compares the quote with a price forecast.
    @inlinable public var forecasts: Bool { self == .ma || self == .ewma || self == .ar1 }
}

/// How capacity evolves from step to step.
///
/// ```
/// fixed:         C(t) = C̄
/// regenerating:  C(t+1) = min(β_K·C̄, C(t) − X(t) + ρ_K·C̄)          a token bucket
/// investment:    C(t+1) = max(c_min·C̄, (1 − δ)·C(t) + ι·Rev(t)/k)
/// ```
public enum CapacityRule: String, CaseIterable, Sendable, ParameterChoice {
    /// The same capacity every step.
    case fixed
    /// Unused capacity is banked up to a cap.
    case regenerating
    /// The provider invests a share of revenue in new capacity.
    case investment
}
