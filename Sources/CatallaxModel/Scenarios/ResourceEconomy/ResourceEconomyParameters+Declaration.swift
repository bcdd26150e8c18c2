extension ResourceEconomyParameters {
    public static let name = "resource-economy"
    public static let summary =
        "Agents that need compute, storage, energy or data to stay up buy capacity by a posted price, tâtonnement, proportional share, an auction or first come; some buy ahead as credits."
    public static let parameterTitle = "Parameters of resource-economy (defaults: the reference constants, posted price)"
    public static let defaultObjective = ResourceEconomyMetric.uptime

    /// Every parameter, in help order.
    public static let fields: [ParameterField<Self>] = [
        .choice("rule", symbol: "rule", "How capacity is shared among orders.", name: "allocation rule", isHeadline: true, \.rule),
        .choice("demand", symbol: "demand", "How residual needs become spot requests (kelly-* bid from the utility).",
                name: "request rule", \.demand),
        .choice("load", symbol: "load", "Load pattern of the needs.", name: "load pattern", isHeadline: true, \.load),
        .choice("policy", symbol: "policy", "Wallet policy of the policy agents.", name: "wallet policy", isHeadline: true, \.policy),
        .choice("capacity", symbol: "capacity", "How capacity evolves.", name: "capacity rule", \.capacity),
        .integer("agents", symbol: "N", "Number of agents.", name: "agents N", unit: "agents", range: 1...1_000_000, \.agents),
        .integer("resources", symbol: "M", "Number of resources.", name: "resources M", unit: "resources", range: 1...16, \.resources),
        .integer("steps", symbol: "T", "Number of steps of a run.", name: "steps T", unit: "steps", range: 3...100_000_000, \.steps),
        .real("policy_share", symbol: "f_p", "Share of agents that use the policy; the rest buy only what they need.",
              name: "policy share f_p", unit: "fraction", domain: .closed(0, 1), \.policyShare),
        .real("base_price", symbol: "p̄", "Base price of every resource.", name: "base price p̄", unit: "currency/unit",
              domain: .greaterThan(0), \.basePrice),
        .real("need", symbol: "n̄", "Mean need per resource of an agent of size 1.", name: "need n̄", unit: "units/step",
              domain: .greaterThan(0), \.need),
        .real("headroom", symbol: "h", "Capacity over mean total need.", name: "headroom h", unit: "ratio",
              domain: .greaterThan(0), \.headroom),
        .real("size_spread", symbol: "σ_ν", "Log spread of agent sizes.", name: "size spread σ_ν", unit: "log",
              domain: .closed(0, 3), \.sizeSpread),
        .real("pref_spread", symbol: "σ_π", "Log spread of preferences across resources.", name: "preference spread σ_π",
              unit: "log", domain: .closed(0, 3), \.preferenceSpread),
        .real("income", symbol: "y", "Income of an up agent of size 1.", name: "income y", unit: "currency/step",
              domain: .atLeast(0), \.income),
        .real("running_cost", symbol: "c", "Running cost of an agent of size 1.", name: "running cost c", unit: "currency/step",
              domain: .atLeast(0), \.runningCost),
        .real("b0", symbol: "B₀", "Starting wallet of an agent of size 1.", name: "starting wallet B₀", unit: "currency",
              domain: .atLeast(0), \.initialBalance),
        .real("elasticity", symbol: "ε", "Slope of the linear demand (0: buy exactly the need).", name: "elasticity ε",
              unit: "dimensionless", domain: .closed(0, 100), \.elasticity),
        .real("eta", symbol: "η", "Utilization-price slope (posted, first-come).", name: "utilization slope η",
              unit: "dimensionless", domain: .closed(0, 100), \.utilizationSlope),
        .real("lambda", symbol: "λ", "Adjustment rate of adjust in ΔP = λ·g(D − C, C).", name: "adjustment rate λ",
              unit: "currency/unit per g", domain: .greaterThan(0), \.adjustmentRate),
        .choice("adjustment", symbol: "g", "Response of adjust to excess demand.", name: "adjustment response g", \.adjustment),
        .real("saturation", symbol: "c_s", "Scale of the saturated response c_s·tanh(z/c_s).", name: "saturation scale c_s",
              unit: "units", domain: .greaterThan(0), \.saturationScale),
        .real("price_floor", symbol: "φ_P", "Lowest price of adjust and lowest quote of kelly-*, as a multiple of p̄.", name: "price floor φ_P",
              unit: "× p̄", domain: .real(lower: 0, lowerInclusive: false, upper: 1, upperInclusive: true), \.priceFloor),
        .integer("day", symbol: "D", "Length of a day.", name: "day D", unit: "steps", range: 2...1_000_000, \.day),
        .real("amplitude", symbol: "A", "Daily swing of the load.", name: "amplitude A", unit: "fraction",
              domain: .closed(0, 1), \.amplitude),
        .real("phase_spread", symbol: "σ_φ", "Spread of the agents' daily phase.", name: "phase spread σ_φ", unit: "days",
              domain: .closed(0, 10), \.phaseSpread),
        .real("surge_prob", symbol: "p_s", "Probability of a surge on a day (daily).", name: "surge probability p_s",
              unit: "per day", domain: .closed(0, 1), \.surgeProbability),
        .real("surge_size", symbol: "s", "A surge multiplies the load by 1 + s.", name: "surge size s", unit: "fraction",
              domain: .closed(0, 100), \.surgeSize),
        .integer("surge_length", symbol: "d_s", "Length of a surge.", name: "surge length d_s", unit: "steps",
                 range: 1...1_000_000, \.surgeLength),
        .real("burst_on", symbol: "p_on", "Chance an idle agent starts a burst (bursts).", name: "burst start p_on",
              unit: "per step", domain: .closed(0, 1), \.burstOn),
        .real("burst_off", symbol: "p_off", "Chance a burst ends (bursts).", name: "burst end p_off", unit: "per step",
              domain: .closed(0, 1), \.burstOff),
        .real("burst_size", symbol: "b", "Extra load during a burst.", name: "burst size b", unit: "fraction",
              domain: .closed(0, 100), \.burstSize),
        .real("regen_rate", symbol: "ρ_K", "Regeneration per step (regenerating), as a multiple of C̄.", name: "regeneration ρ_K",
              unit: "× C̄ per step", domain: .greaterThan(0), \.regenerationRate),
        .real("bucket", symbol: "β_K", "Most capacity that can be banked (regenerating), as a multiple of C̄.", name: "bucket β_K",
              unit: "× C̄", domain: .greaterThan(0), \.bucket),
        .real("invest_share", symbol: "ι", "Share of revenue invested in capacity (investment).", name: "invested share ι",
              unit: "fraction", domain: .closed(0, 1), \.investShare),
        .real("capital_cost", symbol: "k", "Cost of one unit of capacity per step (investment).", name: "capital cost k",
              unit: "currency per unit/step", domain: .greaterThan(0), \.capitalCost),
        .real("depreciation", symbol: "δ", "Capacity lost per step (investment).", name: "depreciation δ", unit: "per step",
              domain: .halfOpen(0, 1), \.depreciation),
        .real("capacity_floor", symbol: "c_min", "Lowest capacity (investment), as a multiple of C̄.", name: "capacity floor c_min",
              unit: "× C̄", domain: .real(lower: 0, lowerInclusive: false, upper: 1, upperInclusive: true), \.capacityFloor),
        .integer("expiry", symbol: "e", "A credit bought at s can be used at s+1 … s+e.", name: "expiry e", unit: "steps",
                 range: 1...1024, \.expiry),
        .integer("ahead_steps", symbol: "h_a", "Target stock of the forecast policies, in steps of mean need.",
                 name: "target stock h_a", unit: "steps", range: 0...10_000, \.aheadSteps),
        .real("threshold", symbol: "θ", "Buy ahead when the price is below (1 − θ)·forecast.", name: "threshold θ",
              unit: "fraction", domain: .halfOpen(0, 1), \.threshold),
        .real("ahead_budget", symbol: "φ_a", "Share of the spare budget that may buy ahead.", name: "ahead budget φ_a",
              unit: "fraction", domain: .closed(0, 1), \.aheadBudget),
        .integer("window", symbol: "w_f", "Window of ma and of the ar1 fit.", name: "window w_f", unit: "steps",
                 range: 3...10_000, \.window),
        .real("ewma_alpha", symbol: "α", "Weight of the newest price (ewma).", name: "EWMA weight α", unit: "fraction",
              domain: .real(lower: 0, lowerInclusive: false, upper: 1, upperInclusive: true), \.ewmaWeight),
        .integer("refit", symbol: "k_f", "Steps between two ar1 fits.", name: "refit interval k_f", unit: "steps",
                 range: 1...1_000_000, \.refit),
        .integer("block", symbol: "H", "Planning block of the oracle.", name: "block H", unit: "steps", range: 1...512, \.block),
        .integer("efficiency_every", symbol: "k_e", "Efficiency is computed on steps t ≡ 0 (mod k_e).",
                 name: "efficiency interval k_e", unit: "steps", range: 1...100_000_000, \.efficiencyEvery),
    ]

    /// Each allocation rule at the reference constants.
    public static var referencePoints: [(label: String, point: Self)] {
        AllocationRule.allCases.map { rule in
            var p = Self()
            p.rule = rule
            return ("rule=\(rule.rawValue)", p)
        }
    }

    public func reports(_ metric: ResourceEconomyMetric) -> Bool {
        switch metric {
        case .uptimePolicy, .unitCostPolicy: policyAgents > 0
        case .uptimeOthers, .unitCostOthers: policyAgents < agents
        case .surgeUptimePolicy: load == .daily && policyAgents > 0
        case .surgeUptimeOthers: load == .daily && policyAgents < agents
        case .bestResponseResidual: rule == .kellyAnticipating
        case .capacityGrowth: capacity == .investment
        default: true
        }
    }

    public func shortened(toSteps steps: Int) -> Self {
        var p = self
        p.steps = min(p.steps, max(3, steps))
        return p
    }
}
