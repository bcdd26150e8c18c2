/// The parameters of one point of the `token-launch` scenario: a token
/// launched on a bonding curve with an airdrop under vesting, affiliate
/// commissions and rewards `k·ΔS`, staking through a reward-per-token
/// accumulator and a price controller or rebase, traded by the reference
/// population (`docs/TokenLaunch.md`).
///
/// ```
/// P = c·f(S)/σ           the price (level c, rebase scale σ)
/// a_i: Σ a_i = ⌊α·S_init⌋ the airdrop, locked, unlocked by the vesting rule
/// reward(buy ΔS) = k·ΔS  to the buyer's affiliate, minted or from the treasury
/// ```
///
/// ``init()`` is the reference point.
public struct TokenLaunchParameters: ScenarioPoint, TradingScenario, CurveScenario {
    /// The bonding curve `f` and its parameters.
    public var curve = CurveFamily.linear.referenceCurve
    /// The traders: `N`, `p_act`, `q_max`, `L`, `θ_m`, `θ_f`, `κ`, `σ_V`, `f_noise`, `f_mom`.
    public var population = TraderPopulation()
    /// `T`, the number of steps.
    public var steps = 1000
    /// `φ`, the fee on buy deposits and sell refunds, to the treasury.
    public var feeRate = 0.003
    /// `B₀`, every trader's starting currency.
    public var initialBalance = 100.0
    /// `S_init`, the starting supply.
    public var initialSupply = 100_000.0
    /// `T₀`, the treasury's starting currency.
    public var treasury = 10_000.0

    /// How the airdrop is split.
    public var allocation = DistributionRule.uniform
    /// `α`, the share of `S_init` airdropped and locked.
    public var airdrop = 0.2
    /// `σ_w`, the log-normal spread of the traders' scores.
    public var weightSpread = 1.0
    /// `w_lo`, `w_hi`: the tier thresholds.
    public var tierLow = 1.0, tierHigh = 3.0
    /// `m`, the lottery's winners.
    public var winners = 100

    /// How the airdrop unlocks.
    public var vesting = VestingRule.linear
    /// `D`, vesting clock steps to unlock everything.
    public var vestSteps = 500
    /// `C`, the cliff.
    public var cliff = 200
    /// `g`: the `price` clock runs in steps with `P_t ≥ g·P₀`.
    public var gate = 1.0

    /// `β`, the share of each trader's liquid start tokens staked.
    public var stakeShare = 0.5
    /// `ρ`, the staking emission per step.
    public var stakeReward = 20.0
    /// `c_e`, steps between a staker's claims.
    public var claimEvery = 50

    /// `k`, the affiliate reward per unit a buy adds.
    public var rewardRate = 0.05
    /// Who pays rewards.
    public var rewardSource = RewardSource.minted
    /// `β_b`, the share of every sell's units burned as a penalty instead of refunded.
    public var burn = 0.0

    /// `r₀`, `r_lo`, `r_hi`: the commission's start and bounds.
    public var commission = 0.01, commissionLow = 0.0, commissionHigh = 0.05
    /// `δ`, one adjustment of the commission.
    public var commissionStep = 0.002
    /// `p_c`, steps between adjustments.
    public var commissionPeriod = 10
    /// How the commission adjusts.
    public var commissionRule = CommissionRule.drift

    /// The price control.
    public var controller = LaunchController.none
    /// `P*`, the target price.
    public var target = 1.0
    /// `b`, the band's half-width relative to `P*`.
    public var band = 0.02
    /// `K_p`, `K_i`.
    public var proportionalGain = 0.5, integralGain = 0.05
    /// `λ`, the integral's leak per control.
    public var leak = 0.1
    /// `u_max`, the bound of one control's relative change of the level.
    public var maxAdjust = 0.05
    /// `c_lo`, `c_hi`: the level's bounds.
    public var levelMin = 0.25, levelMax = 4.0
    /// `c_T`, the level a `schedule` reaches at the last step.
    public var levelEnd = 1.2
    /// `p_u`, steps between controls.
    public var controlEvery = 1
    /// `L_r`, `θ_r`, `c_r`: the rebase's lag, threshold and clamp.
    public var rebaseLag = 10.0, rebaseThreshold = 0.05, rebaseClamp = 0.1

    /// The reference point.
    public init() {}

    /// Agent-steps of one run, `N·T`.
    public var agentSteps: Double { Double(population.agents) * Double(steps) }

    /// `A = ⌊α·S_init⌋`, the airdrop in whole units.
    public var airdropUnits: Int { Int((airdrop * initialSupply).rounded(.down)) }
}
