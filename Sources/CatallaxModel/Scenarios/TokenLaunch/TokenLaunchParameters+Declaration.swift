extension TokenLaunchParameters {
    public static let name = "token-launch"
    public static let summary =
        "A token launched on a bonding curve: an airdrop allocated by a rule and locked under vesting, affiliate commissions and rewards k·ΔS (minted or from a treasury), staking through a reward-per-token accumulator, and a P/PI price controller, a supply rebase or a scheduled curve level."
    public static let parameterTitle = "Parameters of token-launch (defaults: the reference constants, linear vesting, no controller)"
    public static let defaultObjective = TokenLaunchMetric.volatility

    /// Every parameter, in help order; the curve family's own are in ``families``.
    public static let fields: [ParameterField<Self>] = {
        let population = TraderPopulationFields<Self>(population: \.population)
        let share = ParameterDomain.closed(0, 1), rate = ParameterDomain.halfOpen(0, 1)
        return [
            .choice("allocation", symbol: "allocation", "How the airdrop is split: uniform, weighted by score, tiered by score thresholds, or a lottery.",
                    name: "allocation", isHeadline: true, \.allocation),
            .choice("vesting", symbol: "vesting", "How the airdrop unlocks: linear, after a cliff, while the price is at the gate, or as the holder trades.",
                    name: "vesting", \.vesting),
            .choice("curve", symbol: "f", "Bonding-curve family of the price function.", name: "curve family", \.curveFamily),
            population.agents,
            .integer("steps", symbol: "T", "Number of steps of a run.", name: "steps T", unit: "steps", range: 2...100_000_000, \.steps),
            population.activity,
            population.maxFraction,
            .real("fee", symbol: "φ", "Fee on buy deposits and sell refunds, paid to the treasury.", name: "fee φ",
                  unit: "fraction of trade value", domain: rate, display: .percent, \.feeRate),
            population.lag,
            population.momentumThreshold,
            population.valueThreshold,
            population.reactivity,
            population.beliefSpread,
            population.noiseShare,
            population.momentumShare,
            .real("b0", symbol: "B₀", "Every trader's starting currency.", name: "starting balance B₀", unit: "currency",
                  domain: .atLeast(0), \.initialBalance),
            .real("s_init", symbol: "S_init", "Starting token supply.", name: "starting supply S_init", unit: "tokens",
                  domain: .greaterThan(0), \.initialSupply),
            .real("treasury", symbol: "T₀", "The treasury's starting currency.", name: "treasury T₀", unit: "currency",
                  domain: .atLeast(0), \.treasury),
            .real("airdrop", symbol: "α", "Share of S_init airdropped and locked; the rest is split equally, liquid.",
                  name: "airdrop α", unit: "share of supply", domain: rate, \.airdrop),
            .real("weight_spread", symbol: "σ_w", "Log-normal spread of the traders' scores (stake or activity).",
                  name: "score spread σ_w", unit: "log score", domain: .closed(0, 10), \.weightSpread),
            .real("tier_low", symbol: "w_lo", "Score from which a trader is in tier 2 (2 shares; tiered).", name: "tier 2 score w_lo",
                  unit: "score", domain: .greaterThan(0), \.tierLow),
            .real("tier_high", symbol: "w_hi", "Score from which a trader is in tier 3 (4 shares; tiered).", name: "tier 3 score w_hi",
                  unit: "score", domain: .greaterThan(0), \.tierHigh),
            .integer("winners", symbol: "m", "Lottery winners, drawn by score without replacement (lottery).", name: "winners m",
                     unit: "traders", range: 1...10_000_000, \.winners),
            .integer("vest_steps", symbol: "D", "Vesting clock steps to unlock everything.", name: "vesting duration D",
                     unit: "steps", range: 1...100_000_000, \.vestSteps),
            .integer("cliff", symbol: "C", "Nothing unlocks before clock C (cliff).", name: "cliff C", unit: "steps",
                     range: 0...100_000_000, \.cliff),
            .real("gate", symbol: "g", "The vesting clock runs in steps with P_t ≥ g·P₀ (price).", name: "price gate g",
                  unit: "multiple of P₀", domain: .greaterThan(0), \.gate),
            .real("stake_share", symbol: "β", "Share of each trader's liquid start tokens staked.", name: "staked share β",
                  unit: "share", domain: share, \.stakeShare),
            .real("stake_reward", symbol: "ρ", "Staking emission per step (tokens, or their value from the treasury).",
                  name: "staking emission ρ", unit: "tokens per step", domain: .atLeast(0), \.stakeReward),
            .integer("claim_every", symbol: "c_e", "Steps between a staker's claims.", name: "claim period c_e", unit: "steps",
                     range: 1...100_000_000, \.claimEvery),
            .real("reward_k", symbol: "k", "Affiliate reward per token a buy adds, R = k·ΔS.", name: "affiliate reward k",
                  unit: "tokens per token", domain: .atLeast(0), \.rewardRate),
            .choice("reward_source", symbol: "source", "Who pays rewards: new tokens (minted) or the treasury in currency.",
                    name: "reward source", \.rewardSource),
            .real("burn", symbol: "β_b", "Share of every sell's units burned as a penalty instead of refunded.",
                  name: "sell burn β_b", unit: "share of units sold", domain: rate, \.burn),
            .real("commission", symbol: "r₀", "The affiliate commission's starting rate, paid by the trader.",
                  name: "commission r₀", unit: "fraction of trade value", domain: rate, display: .percent, \.commission),
            .real("commission_lo", symbol: "r_lo", "The commission's lower bound.", name: "commission floor r_lo",
                  unit: "fraction of trade value", domain: rate, display: .percent, \.commissionLow),
            .real("commission_hi", symbol: "r_hi", "The commission's upper bound.", name: "commission cap r_hi",
                  unit: "fraction of trade value", domain: rate, display: .percent, \.commissionHigh),
            .real("commission_step", symbol: "δ", "One adjustment of the commission.", name: "commission step δ",
                  unit: "fraction of trade value", domain: .atLeast(0), \.commissionStep),
            .integer("commission_period", symbol: "p_c", "Steps between commission adjustments.", name: "commission period p_c",
                     unit: "steps", range: 1...100_000_000, \.commissionPeriod),
            .choice("commission_rule", symbol: "rule", "How the commission adjusts: fixed, a random drift, or following the volume.",
                    name: "commission rule", \.commissionRule),
            .choice("controller", symbol: "control", "Price control: none, P or PI on the curve's level, a supply rebase, or a scheduled level.",
                    name: "controller", \.controller),
            .real("target", symbol: "P*", "Target price.", name: "target price P*", unit: "currency/token",
                  domain: .greaterThan(0), \.target),
            .real("band", symbol: "b", "Half-width of the target band, relative to P*.", name: "band b", unit: "share of P*",
                  domain: rate, \.band),
            .real("kp", symbol: "K_p", "Proportional gain.", name: "proportional gain K_p", unit: "per unit error",
                  domain: .atLeast(0), \.proportionalGain),
            .real("ki", symbol: "K_i", "Integral gain (pi).", name: "integral gain K_i", unit: "per unit error",
                  domain: .atLeast(0), \.integralGain),
            .real("leak", symbol: "λ", "Share of the integral lost per control.", name: "integral leak λ", unit: "per control",
                  domain: share, \.leak),
            .real("max_adjust", symbol: "u_max", "Bound of one control's relative change of the level.", name: "output bound u_max",
                  unit: "share of level", domain: .greaterThan(0), \.maxAdjust),
            .real("level_min", symbol: "c_lo", "Lower bound of the curve's level.", name: "level floor c_lo", unit: "multiple",
                  domain: .greaterThan(0), \.levelMin),
            .real("level_max", symbol: "c_hi", "Upper bound of the curve's level.", name: "level cap c_hi", unit: "multiple",
                  domain: .greaterThan(0), \.levelMax),
            .real("level_end", symbol: "c_T", "The level a schedule ramps to by the last step (schedule).", name: "scheduled level c_T",
                  unit: "multiple", domain: .greaterThan(0), \.levelEnd),
            .integer("control_every", symbol: "p_u", "Steps between controls or rebases.", name: "control period p_u",
                     unit: "steps", range: 1...100_000_000, \.controlEvery),
            .real("rebase_lag", symbol: "L_r", "Rebase lag: a rebase corrects 1/L_r of the deviation.", name: "rebase lag L_r",
                  unit: "rebases", domain: .atLeast(1), \.rebaseLag),
            .real("rebase_threshold", symbol: "θ_r", "No rebase while |P/P* − 1| < θ_r.", name: "rebase threshold θ_r",
                  unit: "relative deviation", domain: rate, \.rebaseThreshold),
            .real("rebase_clamp", symbol: "c_r", "Bound of one rebase's relative supply change.", name: "rebase clamp c_r",
                  unit: "share of supply", domain: .real(lower: 0, lowerInclusive: false, upper: 1, upperInclusive: false),
                  \.rebaseClamp),
        ]
    }()

    /// One point per controller at the reference constants with 200 traders
    /// and 200 steps (cheap for the contract tests); the points differ in
    /// allocation, vesting, reward source and commission rule too, so every
    /// branch runs.
    public static var referencePoints: [(label: String, point: Self)] {
        LaunchController.allCases.map { controller in
            var p = Self()
            p.steps = 200
            p.population.agents = 200
            p.winners = 20
            p.controller = controller
            if controller == .pi {
                p.rewardSource = .treasury
                p.allocation = .lottery
                p.vesting = .cliff
                p.vestSteps = 100
                p.cliff = 50
            }
            if controller == .rebase {
                p.allocation = .tiered
                p.vesting = .activity
                p.commissionRule = .volume
            }
            if controller == .schedule {
                p.vesting = .cliff
                p.levelEnd = 1.5
            }
            if controller == .p {
                p.allocation = .weighted
                p.vesting = .price
            }
            return ("controller=\(controller.rawValue)", p)
        }
    }

    public func reports(_ metric: TokenLaunchMetric) -> Bool {
        switch metric {
        case .treasuryMin: treasury > 0
        case .unlockSold: airdropUnits > 0
        default: true
        }
    }

    public func shortened(toSteps steps: Int) -> Self {
        var p = self
        p.steps = min(p.steps, max(2, steps))
        return p
    }
}
