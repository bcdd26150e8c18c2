import CatallaxNumerics

/// One run of the `token-launch` scenario: a lane's traders, airdrop,
/// vesting clocks, stakes, treasury, curve state and tallies. Orders execute
/// one after another against the curve, so a run is scalar code over its
/// own arrays and a kernel keeps one per lane (`docs/TokenLaunch.md`).
///
/// Arrays are sized when a run starts and keep their capacity for later
/// runs; the step loop allocates nothing.
@usableFromInline struct TokenLaunchRun {
    /// The point being run.
    @usableFromInline var point = TokenLaunchParameters()
    /// The lane's Philox key words.
    @usableFromInline var key = SIMD2<UInt32>()
    /// The reference decision rule of the traders.
    @usableFromInline var rule = TraderRule(TraderPopulation())
    /// The activity trial `p_act`.
    @usableFromInline var activityTrial = BernoulliThreshold(probability: 0)

    /// `B_i`, currency.
    @usableFromInline var balance: [Double] = []
    /// `H_i`, liquid units.
    @usableFromInline var holding: [Double] = []
    /// `L_i`, locked units of the airdrop.
    @usableFromInline var locked: [Double] = []
    /// `a_i`, the airdrop allocation.
    @usableFromInline var allocation: [Double] = []
    /// `τ_i`, the vesting clock.
    @usableFromInline var clock: [Int] = []
    /// `u_i`, unlocked units not yet sold.
    @usableFromInline var unlockedUnsold: [Double] = []
    /// `V_i`, beliefs (read for fundamentalists).
    @usableFromInline var belief: [Double] = []
    /// `a(i)`, each trader's affiliate.
    @usableFromInline var referrer: [Int32] = []
    /// Scratch for the start (scores, tickets, shares, ranking) and the Gini samples.
    @usableFromInline var scores: [Double] = [], tickets: [Double] = [], shares: [Double] = [], order: [Int] = []
    @usableFromInline var holdingsScratch: [Double] = []

    /// The stakes and their rewards.
    @usableFromInline var staking = RewardAccumulator(stakers: 0)
    /// The treasury.
    @usableFromInline var treasury = Treasury(balance: 0)
    /// The affiliate commission.
    @usableFromInline var commission = AdaptiveCommission(rate: 0, lowest: 0, highest: 0, step: 0, period: 1, rule: .fixed)
    /// The level controller and the rebase.
    @usableFromInline var controller = PriceController(law: .proportional, proportionalGain: 0, bandLow: 1, bandHigh: 1)
    @usableFromInline var rebase = SupplyRebase(target: 1, lag: 1)
    /// The `schedule` controller's level.
    @usableFromInline var levelSchedule = ParameterSchedule(constant: 1)
    /// The vesting schedule.
    @usableFromInline var vesting = VestingSchedule(rule: .linear, duration: 1)

    /// `S`, internal units; `Rh`, the reserve held; `U`, its unbacked part.
    @usableFromInline var supply = 0.0, reserveHeld = 0.0, unbacked = 0.0
    /// `c`, the curve's level; `σ`, tokens per internal unit.
    @usableFromInline var level = 1.0, scale = 1.0
    /// `P₀`, the first price.
    @usableFromInline var firstPrice = 0.0
    /// The last `L + 1` step prices, `P_t` at `t mod (L + 1)`.
    @usableFromInline var priceRing: [Double] = []
    /// `N·B₀ + T₀ + R(S_init)`, the money at the start.
    @usableFromInline var startingMoney = 0.0

    /// The run's sums.
    @usableFromInline var tally = TokenLaunchTally()
    /// The Gini samples of holdings.
    @usableFromInline var gini = GiniTracker()
    /// The last step run (−1 before the first) and its price `P_t`.
    @usableFromInline var lastStep = -1
    @usableFromInline var lastPrice = 0.0

    /// An empty run, sized by ``start(_:key:)``.
    @inlinable init() {}

    /// `P = c·f(S)/σ` for the run's curve.
    @inlinable func price<Curve: BondingCurve>(_ curve: Curve) -> Double {
        level * curve.price(atSupply: supply) / scale
    }

    /// Draws scores, affiliates, tickets and beliefs from `key`, splits the
    /// airdrop, stakes, and resets every account (`docs/TokenLaunch.md`, "Start").
    @inlinable mutating func start(_ p: TokenLaunchParameters, key: SIMD2<UInt32>) {
        point = p
        self.key = key
        rule = TraderRule(p.population)
        activityTrial = BernoulliThreshold(probability: p.activity)
        let n = p.agents
        let v0 = p.curve.price(atSupply: p.initialSupply)
        scores.removeAll(keepingCapacity: true)
        tickets.removeAll(keepingCapacity: true)
        belief.removeAll(keepingCapacity: true)
        referrer.removeAll(keepingCapacity: true)
        for i in 0..<n {
            let beliefZ = Philox4x32.standardNormals(block: _block(step: 0, agent: i, purpose: .belief, index: 0)).0
            belief.append(v0 * LaneMath.exp(p.beliefSpread * beliefZ))
            let scoreZ = Philox4x32.standardNormals(block: _block(step: 0, agent: i, purpose: .belief, index: 1)).0
            scores.append(LaneMath.exp(p.weightSpread * scoreZ))
            let draw = _block(step: 0, agent: i, purpose: .belief, index: 2)
            // j = ⌊w·(N − 1)/2³²⌋ by a 64-bit product; skipping i makes it uniform over the others.
            let j = Int((UInt64(draw[0]) &* UInt64(n - 1)) >> 32)
            referrer.append(Int32(j >= i ? j + 1 : j))
            tickets.append(Philox4x32.unitInterval(hi: draw[2], lo: draw[3]))
        }
        let split = InitialAllocation(rule: p.allocation, tierLow: p.tierLow, tierHigh: p.tierHigh, winners: p.winners)
        split.shares(scores: scores, tickets: tickets, into: &shares, order: &order)
        let airdrop = p.airdropUnits
        InitialAllocation.apportion(airdrop, shares: shares, into: &allocation, order: &order)
        locked.removeAll(keepingCapacity: true)
        locked.append(contentsOf: allocation)
        clock._refill(n, with: 0)
        unlockedUnsold._refill(n, with: 0)
        balance._refill(n, with: p.initialBalance)
        let liquid = (p.initialSupply - Double(airdrop)) / Double(n)
        let staked = p.stakeShare * liquid
        holding._refill(n, with: liquid - staked)
        staking.reset(stakers: n)
        if staked > 0 { for i in 0..<n { staking.stake(i, staked) } }
        holdingsScratch._refill(n, with: 0)

        treasury = Treasury(balance: p.treasury)
        commission = AdaptiveCommission(rate: p.commission, lowest: p.commissionLow, highest: p.commissionHigh,
                                        step: p.commissionStep, period: p.commissionPeriod, rule: p.commissionRule)
        controller = PriceController(law: p.controller == .pi ? .proportionalIntegral : .proportional,
                                     proportionalGain: p.proportionalGain, integralGain: p.integralGain, leak: p.leak,
                                     maxAdjustment: p.maxAdjust, bandLow: 1 - p.band, bandHigh: 1 + p.band)
        rebase = SupplyRebase(target: p.target, lag: p.rebaseLag, threshold: p.rebaseThreshold, clamp: p.rebaseClamp)
        levelSchedule = ParameterSchedule(from: 1, to: p.levelEnd, startStep: 0, endStep: p.steps)
        vesting = VestingSchedule(rule: p.vesting, duration: p.vestSteps, cliff: p.cliff, gatePrice: p.gate * v0)

        supply = p.initialSupply
        let reserve = p.curve.reserve(atSupply: p.initialSupply)
        reserveHeld = reserve
        unbacked = 0
        level = 1
        scale = 1
        firstPrice = v0
        priceRing._refill(p.lag + 1, with: v0)
        startingMoney = Double(n) * p.initialBalance + p.treasury + reserve
        tally = TokenLaunchTally()
        gini.reset()
        lastStep = -1
        lastPrice = v0
    }

    /// The Philox block at counter `(step, agent, purpose, index)` under the run's key.
    @inlinable @inline(__always)
    func _block(step: Int, agent: Int, purpose: DrawPurpose, index: Int) -> SIMD4<UInt32> {
        RunKey(words: key).block(step: step, agent: agent, purpose: purpose, index: index)
    }
}

/// The sums a run's metrics are made of (`docs/TokenLaunch.md`, "Metrics").
@usableFromInline struct TokenLaunchTally {
    /// Welford's count, mean and squared deviations of the log returns.
    @usableFromInline var returns = 0.0, meanReturn = 0.0, squaredDeviations = 0.0
    /// `Σ (P_t/P* − 1)²` and its count.
    @usableFromInline var trackingSquares = 0.0, trackingCount = 0.0
    /// Units minted by rewards (affiliate and staking), and burned by the sell penalty.
    @usableFromInline var minted = 0.0, burned = 0.0
    /// Currency paid by buyers plus refunds before fees.
    @usableFromInline var volume = 0.0
    /// Unlocked airdrop units sold.
    @usableFromInline var unlockSold = 0.0
    /// Sells refused because the reserve could not pay.
    @usableFromInline var refusedSells = 0.0

    @inlinable init() {}

    /// Takes the price `P_t` after `previous` (`P_{t−1}`, or nothing at `t = 0`).
    @inlinable mutating func record(price: Double, previous: Double?, target: Double) {
        guard let previous else { return }
        let r = LaneMath.log(price / previous)
        returns += 1
        let delta = r - meanReturn
        meanReturn += delta / returns
        squaredDeviations += delta * (r - meanReturn)
        let miss = price / target - 1
        trackingSquares += miss * miss
        trackingCount += 1
    }
}
