import CatallaxNumerics

/// One run of the `sla-market` scenario: a lane's providers, requesters,
/// open contracts, accounts and tallies. Matching is sequential (open counts
/// and wallets change as requesters arrive), so a run is scalar code over
/// its own arrays and a kernel keeps one per lane (`docs/SlaMarket.md`,
/// "Layout and speed").
///
/// Arrays are sized when a run starts and keep their capacity for later
/// runs; the step loop allocates nothing. A value type, so the step's many
/// array updates need no dynamic exclusivity checks.
@usableFromInline struct SlaMarketRun {
    /// The point being run.
    @usableFromInline var point = SlaMarketParameters()
    /// The lane's Philox key words.
    @usableFromInline var key = SIMD2<UInt32>()

    /// Each provider's type, by index range.
    @usableFromInline var kind: [SlaProviderKind] = []
    /// `c_j`, the cost of one job.
    @usableFromInline var cost: [Double] = []
    /// `p_j = (1 + μ)·c_j`, the posted price.
    @usableFromInline var postedPrice: [Double] = []
    /// `W_j`, each provider's wallet.
    @usableFromInline var providerWallet: [Double] = []
    /// `open_j`, each provider's open contracts.
    @usableFromInline var openCount: [Int] = []
    /// Contracts each provider signed in the run.
    @usableFromInline var signedCount: [Int] = []
    /// `(s_j, f_j)`, each provider's beta reputation.
    @usableFromInline var reputation: [BetaReputation] = []
    /// Whether each provider has left for good.
    @usableFromInline var hasLeft: [Bool] = []
    /// Whether each provider skips the work (cheating, or strategic with `c_j > p_d·k`).
    @usableFromInline var skips: [Bool] = []

    /// `W_i`, each requester's wallet.
    @usableFromInline var requesterWallet: [Double] = []
    /// The step's arrival order of the requesters.
    @usableFromInline var arrival: [Int32] = []

    /// The contract ring `[D][R]` at `(a mod D)·R + i`: the provider (−1 for none), price, skipped flag, signing step.
    @usableFromInline var ringProvider: [Int32] = []
    @usableFromInline var ringPrice: [Double] = []
    @usableFromInline var ringSkipped: [Bool] = []
    @usableFromInline var ringSignedAt: [Int] = []
    /// The contracts signed at the step whose slot is `a mod D`, per slot.
    @usableFromInline var slotSigned: [Int] = []

    /// `Y`, the protocol account (fees and slashed collateral).
    @usableFromInline var protocolAccount = 0.0
    /// `X`, the outside account (the compute workers buy).
    @usableFromInline var outsideAccount = 0.0
    /// `R·W_R + P·W_P`.
    @usableFromInline var startingMoney = 0.0

    /// The miss trial of each provider type, by ``SlaProviderKind`` raw value.
    @usableFromInline var missTrial: [BernoulliThreshold] = []
    /// The request trial (`r`) and the audit trial (`p_d`).
    @usableFromInline var requestTrial = BernoulliThreshold(probability: 0)
    @usableFromInline var auditTrial = BernoulliThreshold(probability: 0)
    /// `a_N`, the requester's share under `alternating`.
    @usableFromInline var requesterShare = 1.0
    /// The counts `n_r, n_f, n_c, n_s`.
    @usableFromInline var typeCounts = [0, 0, 0, 0]

    /// The last step run (−1 before the first).
    @usableFromInline var lastStep = -1
    /// The snapshot price: the mean price of the last step that signed a contract (`c̄` before any).
    @usableFromInline var lastMeanPrice = 0.0
    /// The run's sums.
    @usableFromInline var tally = SlaMarketTally()

    /// An empty run, sized by ``start(_:key:)``.
    @inlinable init() {}

    /// Draws the providers' costs from `key` and resets every account,
    /// contract and tally (`docs/SlaMarket.md`, "Providers and requesters").
    @inlinable mutating func start(_ p: SlaMarketParameters, key: SIMD2<UInt32>) {
        point = p
        self.key = key
        let counts = p.providerCounts
        typeCounts = [counts.reliable, counts.flaky, counts.cheating, counts.strategic]
        let deterrence = p.detection * p.collateral
        kind.removeAll(keepingCapacity: true)
        for (type, n) in zip(SlaProviderKind.allCases, typeCounts) { kind.append(contentsOf: repeatElement(type, count: n)) }
        cost.removeAll(keepingCapacity: true)
        for j in 0..<p.providers {
            let c = _drawCost(p, provider: j)
            cost.append(c)
        }
        postedPrice.removeAll(keepingCapacity: true)
        for c in cost { postedPrice.append((1 + p.markup) * c) }
        skips.removeAll(keepingCapacity: true)
        for j in 0..<p.providers {
            skips.append(kind[j] == .cheating || (kind[j] == .strategic && cost[j] > deterrence))
        }
        providerWallet._refill(p.providers, with: p.providerWallet)
        openCount._refill(p.providers, with: 0)
        signedCount._refill(p.providers, with: 0)
        reputation._refill(p.providers, with: BetaReputation())
        hasLeft._refill(p.providers, with: false)
        requesterWallet._refill(p.requesters, with: p.requesterWallet)
        arrival._refill(p.requesters, with: 0)
        let slots = p.duration * p.requesters
        ringProvider._refill(slots, with: -1)
        ringPrice._refill(slots, with: 0)
        ringSkipped._refill(slots, with: false)
        ringSignedAt._refill(slots, with: -1)
        slotSigned._refill(p.duration, with: 0)

        missTrial.removeAll(keepingCapacity: true)
        for type in SlaProviderKind.allCases { missTrial.append(BernoulliThreshold(probability: p.missProbability(type))) }
        requestTrial = BernoulliThreshold(probability: p.requestRate)
        auditTrial = BernoulliThreshold(probability: p.detection)
        requesterShare = p.agreement == .alternating ? p.requesterShare : 1

        protocolAccount = 0
        outsideAccount = 0
        startingMoney = Double(p.requesters) * p.requesterWallet + Double(p.providers) * p.providerWallet
        lastStep = -1
        lastMeanPrice = p.cost
        tally = SlaMarketTally()
    }

    /// `c_j = c̄·exp(σ_c·z_j)`, `z_j` the cosine deviate of the block
    /// `(0, j, belief, 0)`; exactly `c̄` with no draw when `σ_c = 0`.
    @inlinable func _drawCost(_ p: SlaMarketParameters, provider j: Int) -> Double {
        guard p.costSpread > 0 else { return p.cost }
        let z = Philox4x32.standardNormals(block: _block(step: 0, agent: j, purpose: .belief, index: 0)).0
        return p.cost * LaneMath.exp(p.costSpread * z)
    }

    /// The Philox block at counter `(step, agent, purpose, index)` under the run's key.
    @inlinable @inline(__always)
    func _block(step: Int, agent: Int, purpose: DrawPurpose, index: Int) -> SIMD4<UInt32> {
        RunKey(words: key).block(step: step, agent: agent, purpose: purpose, index: index)
    }
}

/// The sums a run's metrics are made of (`docs/SlaMarket.md`, "Metrics").
@usableFromInline struct SlaMarketTally {
    /// `#S` and, among them, breaches (skipped ∨ miss), misses, audits, frauds and skipped contracts.
    @usableFromInline var settled = 0.0, breaches = 0.0, misses = 0.0, audits = 0.0, frauds = 0.0, skippedSettled = 0.0
    /// Collateral slashed and money refunded.
    @usableFromInline var penalties = 0.0, refunds = 0.0
    /// `Σ π_c` by provider class.
    @usableFromInline var honestProfit = 0.0, cheaterProfit = 0.0, strategicProfit = 0.0
    /// `Σ u_c`.
    @usableFromInline var requesterSurplus = 0.0
    /// `#A`, and signed by cheating providers, by strategic providers, skipped by strategic providers.
    @usableFromInline var signed = 0.0, signedCheating = 0.0, signedStrategic = 0.0, skippedStrategic = 0.0
    /// Requests made and left unmatched.
    @usableFromInline var requests = 0.0, unmatched = 0.0
    /// `Σ_{c ∈ A} p_c`.
    @usableFromInline var priceSum = 0.0

    @inlinable init() {}
}
