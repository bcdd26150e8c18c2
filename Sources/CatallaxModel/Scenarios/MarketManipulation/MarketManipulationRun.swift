import CatallaxNumerics

/// One run of the `market-manipulation` scenario: the attacked market and
/// its counterfactual (same victims, same draws, no attacker), the step's
/// shared draws, and the attackers' state. A sandwich reads the whole queue
/// and execution is sequential, so a run is scalar code over its own arrays
/// and a kernel keeps one per lane (`docs/MarketManipulation.md`, "Layout
/// and speed"). Buffers are sized at ``start(_:key:on:)``; the step loop
/// allocates nothing.
@usableFromInline struct MarketManipulationRun {
    /// The point being run.
    @usableFromInline var point = MarketManipulationParameters()
    /// The lane's Philox key words.
    @usableFromInline var key = SIMD2<UInt32>()
    /// The market with the attackers.
    @usableFromInline var attacked = ManipulationMarket()
    /// The same victims and draws without them.
    @usableFromInline var counterfactual = ManipulationMarket()

    /// The activity trial (`p_act`).
    @usableFromInline var activityTrial = BernoulliThreshold(probability: 0)
    /// The step's draws per victim: active, buys (noise), `U ∈ [0, 1)`.
    @usableFromInline var active: [Bool] = [], buys: [Bool] = [], uniform: [Double] = []
    /// The victims' execution order (identity unless execution shuffles).
    @usableFromInline var order: [Int32] = []

    /// Each pump-and-dump trader's offset, tokens bought this cycle, cash flow this cycle, and whether the cycle began in the run.
    @usableFromInline var offsets: [Int] = [], cycleTokens: [Double] = [], cycleFlow: [Double] = [], cycleStarted: [Bool] = []

    /// Attempts and profitable attempts so far.
    @usableFromInline var attempts = 0.0, successes = 0.0
    /// The profit of the last step's sandwich or wash round trip, if one was tried.
    @usableFromInline var lastAttemptProfit: Double? = nil
    /// `Σ_t |ln(P_t / P_t(cf))|`.
    @usableFromInline var impactSum = 0.0
    /// The last step run (−1 before the first).
    @usableFromInline var lastStep = -1

    /// An empty run, sized by ``start(_:key:on:)``.
    @inlinable init() {}

    /// Seats the victims and attackers in both markets at `S₀` and draws the
    /// independent traders' offsets from `key` (`docs/MarketManipulation.md`).
    @inlinable mutating func start<Curve: BondingCurve>(_ p: MarketManipulationParameters, key: SIMD2<UInt32>, on curve: Curve) {
        point = p
        self.key = key
        let n = p.victims, k = p.attackerAccounts
        attacked.open(p, attackerAccounts: k, on: curve)
        counterfactual.open(p, attackerAccounts: k, on: curve)
        activityTrial = BernoulliThreshold(probability: p.activity)
        active._refill(n, with: false)
        buys._refill(n, with: false)
        uniform._refill(n, with: 0)
        order.removeAll(keepingCapacity: true)
        for i in 0..<n { order.append(Int32(truncatingIfNeeded: i)) }
        let schedule = p.pumpAndDump
        offsets.removeAll(keepingCapacity: true)
        if p.attack.pumps {
            for j in 0..<k {
                offsets.append(Cartel.offset(trader: j, coordinated: p.attack == .cartel, cycle: schedule.cycle, key: key))
            }
        }
        cycleTokens._refill(offsets.count, with: 0)
        cycleFlow._refill(offsets.count, with: 0)
        cycleStarted._refill(offsets.count, with: false)
        attempts = 0
        successes = 0
        lastAttemptProfit = nil
        impactSum = 0
        lastStep = -1
    }

    /// The Philox block at counter `(step, agent, purpose, index)` under the run's key.
    @inlinable @inline(__always)
    func _block(step: Int, agent: Int, purpose: DrawPurpose, index: Int) -> SIMD4<UInt32> {
        RunKey(words: key).block(step: step, agent: agent, purpose: purpose, index: index)
    }
}
