/// The parameters of one point of the `resource-economy` scenario: `N`
/// agents that need `M` resources every step to stay up, earn when up, pay
/// running costs, and buy capacity by one of six allocation rules; a share of
/// them buys ahead as compute credits by a wallet policy.
///
/// ```
/// n_ij(t) = n̄·ν_i·L_i(t)                     needs (load pattern)
/// C̄      = h·n̄·Σ_i ν_i                        capacity per resource
/// up_i(t) ⇔ ∀j: c_ij ≥ n_ij                    income y·ν_i when up; cost c·ν_i always
/// ```
///
/// ``init()`` is the reference point. See `docs/ResourceEconomy.md`.
public struct ResourceEconomyParameters: ScenarioPoint {
    /// The allocation rule.
    public var rule = AllocationRule.posted
    /// The request rule.
    public var demand = DemandRule.linear
    /// The load pattern of the needs.
    public var load = LoadPattern.daily
    /// The wallet policy of the policy agents.
    public var policy = WalletPolicy.needed
    /// The capacity rule.
    public var capacity = CapacityRule.fixed
    /// `N`, the number of agents.
    public var agents = 1000
    /// `M`, the number of resources.
    public var resources = 4
    /// `T`, the number of steps of a run.
    public var steps = 1000
    /// `f_p`, the share of agents that use ``policy``.
    public var policyShare = 0.5
    /// `p̄`, the base price of every resource.
    public var basePrice = 1.0
    /// `n̄`, the mean need per resource of an agent of size 1.
    public var need = 1.0
    /// `h`, capacity over mean total need.
    public var headroom = 1.4
    /// `σ_ν`, the log spread of agent sizes.
    public var sizeSpread = 0.5
    /// `σ_π`, the log spread of preferences across resources.
    public var preferenceSpread = 0.2
    /// `y`, the income of an up agent of size 1.
    public var income = 16.0
    /// `c`, the running cost of an agent of size 1.
    public var runningCost = 1.0
    /// `B₀`, the starting wallet of an agent of size 1.
    public var initialBalance = 24.0
    /// `ε`, the slope of the linear demand.
    public var elasticity = 0.5
    /// `η`, the utilization-price slope.
    public var utilizationSlope = 0.5
    /// `λ`, the adjustment rate of `adjust`.
    public var adjustmentRate = 1.0
    /// `g`, the response of `adjust` to excess demand.
    public var adjustment = AdjustmentResponse.relative
    /// `c_s`, the scale of the saturated response.
    public var saturationScale = 100.0
    /// `φ_P`, the lowest price of `adjust` and the lowest quote of `kelly-*`, as a multiple of `p̄`.
    public var priceFloor = 0.01
    /// `D`, the length of a day in steps.
    public var day = 24
    /// `A`, the daily swing of the load.
    public var amplitude = 0.3
    /// `σ_φ`, the spread of the agents' daily phase, in days.
    public var phaseSpread = 0.02
    /// `p_s`, the probability of a surge on a day.
    public var surgeProbability = 0.25
    /// `s`, the surge multiplier is `1 + s`.
    public var surgeSize = 0.5
    /// `d_s`, the length of a surge in steps.
    public var surgeLength = 4
    /// `p_on`, the chance an idle agent starts a burst.
    public var burstOn = 0.02
    /// `p_off`, the chance a burst ends.
    public var burstOff = 0.1
    /// `b`, the extra load during a burst.
    public var burstSize = 2.0
    /// `ρ_K`, regeneration per step as a multiple of `C̄`.
    public var regenerationRate = 1.0
    /// `β_K`, the most capacity that can be banked, as a multiple of `C̄`.
    public var bucket = 3.0
    /// `ι`, the share of revenue invested.
    public var investShare = 0.1
    /// `k`, the cost of one unit of capacity per step.
    public var capitalCost = 50.0
    /// `δ`, the capacity lost per step.
    public var depreciation = 0.002
    /// `c_min`, the lowest capacity as a multiple of `C̄`.
    public var capacityFloor = 0.1
    /// `e`, the steps a credit stays usable.
    public var expiry = 48
    /// `h_a`, the forecast policies' target stock in steps of mean need.
    public var aheadSteps = 12
    /// `θ`, buy ahead when the price is below `(1 − θ)·forecast`.
    public var threshold = 0.05
    /// `φ_a`, the share of the spare budget that may buy ahead.
    public var aheadBudget = 0.5
    /// `w_f`, the window of `ma` and of the `ar1` fit.
    public var window = 48
    /// `α`, the weight of the newest price in `ewma`.
    public var ewmaWeight = 0.1
    /// `k_f`, the steps between two `ar1` fits.
    public var refit = 24
    /// `H`, the oracle's planning block.
    public var block = 24
    /// `k_e`, efficiency is computed on steps `t ≡ 0 (mod k_e)`.
    public var efficiencyEvery = 10

    /// The reference point.
    public init() {}

    /// Agent–step pairs of one run, `N·T`.
    public var agentSteps: Double { Double(agents) * Double(steps) }

    /// `N_p = ⌊f_p·N + ½⌋`, the number of policy agents (indices `0..<N_p`).
    public var policyAgents: Int { Int((policyShare * Double(agents) + 0.5).rounded(.down)) }

    /// Whether any agent keeps credits.
    public var keepsCredits: Bool { policy != .needed && policyAgents > 0 }

    /// `m = y/(M·p̄·n̄)`, income over the base cost of the need bundle.
    public var incomeMultiple: Double { income / (Double(resources) * basePrice * need) }

    /// `π_b = p_on/(p_on + p_off)`, the stationary share of bursting agents.
    public var burstShare: Double { burstOn + burstOff > 0 ? burstOn / (burstOn + burstOff) : 0 }

    /// The response `g` of `adjust` with its scale.
    public var priceAdjustment: PriceAdjustment { adjustment.priceAdjustment(saturationScale: saturationScale) }
}
