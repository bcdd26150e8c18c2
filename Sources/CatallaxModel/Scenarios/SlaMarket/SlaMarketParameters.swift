/// The parameters of one point of the `sla-market` scenario: `R` requesters
/// buy single jobs from `P` providers under service-level agreements
/// (a bound, a price, a collateral) agreed by a posted menu or by
/// alternating offers; reliable, flaky, cheating and strategic providers;
/// random audits slash proven skips; beta reputations steer later choices.
///
/// ```
/// c_j = c̄·exp(σ_c·z_j)          cost of one job
/// p_j = (1 + μ)·c_j              posted price
/// skip ⇔ c_j > p_d·k             a strategic provider (Becker)
/// ```
///
/// ``init()`` is the reference point. See `docs/SlaMarket.md`.
public struct SlaMarketParameters: ScenarioPoint {
    /// How the terms are agreed.
    public var agreement = SlaAgreement.posted
    /// `R`, the number of requesters.
    public var requesters = 400
    /// `P`, the number of providers.
    public var providers = 100
    /// `T`, the number of steps of a run.
    public var steps = 1000
    /// `r`, the chance a requester asks for one job in a step.
    public var requestRate = 0.5
    /// `m`, the providers a requester sees per request.
    public var menu = 4
    /// `κ`, the open contracts a provider can hold at once.
    public var capacity = 6
    /// `D`, the steps from agreement to settlement.
    public var duration = 2
    /// `f_f`, the share of flaky providers.
    public var shareFlaky = 0.2
    /// `f_c`, the share of cheating providers.
    public var shareCheating = 0.2
    /// `f_s`, the share of strategic providers.
    public var shareStrategic = 0.2
    /// `q_r`, a reliable or strategic delivery's chance of missing the bound.
    public var missReliable = 0.02
    /// `q_f`, a flaky delivery's chance of missing the bound.
    public var missFlaky = 0.3
    /// `q_c`, a cheating provider's skipped job's chance of missing the bound.
    public var missCheat = 0.5
    /// `c̄`, the median cost of one job.
    public var cost = 1.0
    /// `σ_c`, the lognormal spread of costs.
    public var costSpread = 0.2
    /// `μ`, the markup of posted prices.
    public var markup = 0.5
    /// `v`, a requester's value of a job done within the bound.
    public var value = 4.0
    /// `k`, the provider's collateral per contract.
    public var collateral = 5.0
    /// `p_d`, the chance that a settled contract is audited.
    public var detection = 0.2
    /// `φ`, the protocol fee, a share of every price paid to a provider.
    public var fee = 0.02
    /// `δ_R`, the requester's discount factor per round.
    public var deltaRequester = 0.9
    /// `δ_P`, the provider's discount factor per round.
    public var deltaProvider = 0.8
    /// `N`, offers before the talks fail.
    public var rounds = 32
    /// `W_R`, each requester's wallet at the start.
    public var requesterWallet = 2000.0
    /// `W_P`, each provider's wallet at the start.
    public var providerWallet = 40.0

    /// The reference point.
    public init() {}

    /// Agent-steps of one run, `(R + P)·T`.
    public var agentSteps: Double { Double(requesters + providers) * Double(steps) }

    /// The providers of each type, in index order:
    ///
    /// ```
    /// n_f = ⌊f_f·P + ½⌋,  n_c = ⌊f_c·P + ½⌋,  n_s = ⌊f_s·P + ½⌋,  n_r = P − n_f − n_c − n_s
    /// ```
    public var providerCounts: (reliable: Int, flaky: Int, cheating: Int, strategic: Int) {
        func count(_ share: Double) -> Int { Int((share * Double(providers) + 0.5).rounded(.down)) }
        let flaky = count(shareFlaky), cheating = count(shareCheating), strategic = count(shareStrategic)
        return (providers - flaky - cheating - strategic, flaky, cheating, strategic)
    }

    /// `a_N`, the requester's equilibrium share of the pie under `alternating`.
    public var requesterShare: Double {
        AlternatingOffers(proposerDiscount: deltaRequester, responderDiscount: deltaProvider).proposerShare(rounds: rounds)
    }

    /// The miss probability of a provider of kind `kind`: `q_r`, `q_f`, `q_c`, `q_r`.
    public func missProbability(_ kind: SlaProviderKind) -> Double {
        switch kind {
        case .reliable, .strategic: missReliable
        case .flaky: missFlaky
        case .cheating: missCheat
        }
    }
}
