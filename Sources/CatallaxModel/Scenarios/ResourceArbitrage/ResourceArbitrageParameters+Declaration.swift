extension ResourceArbitrageParameters {
    public static let name = "resource-arbitrage"
    public static let summary =
        "Node markets for one resource on a random network, linked at a cost per unit up to a capacity; one arbitrage agent per link direction ships from the cheap end to the dear end until no gap exceeds the transport cost (Samuelson's spatial price equilibrium)."
    public static let parameterTitle = "Parameters of resource-arbitrage (defaults: the reference constants, sequential arbitrage)"
    public static let defaultObjective = ResourceArbitrageMetric.priceDispersion

    /// `(lower, upper]`, a domain open below.
    static func _above(_ lower: Double, upTo upper: Double) -> ParameterDomain {
        .real(lower: lower, lowerInclusive: false, upper: upper, upperInclusive: true)
    }

    /// Every parameter, in help order.
    public static let fields: [ParameterField<Self>] = [
        .choice("topology", symbol: "topology", "How the network is drawn.", name: "topology", isHeadline: true, \.topology),
        .integer("nodes", symbol: "N", "Number of nodes, each with its own market.", name: "nodes N", unit: "nodes", range: 2...100_000, \.nodes),
        .integer("degree", symbol: "d", "Degree (regular), mean degree (er), twice the links per new node (ba).",
                 name: "degree d", unit: "links", range: 1...99_999, \.degree),
        .integer("steps", symbol: "T", "Number of steps of a run.", name: "steps T", unit: "steps", range: 1...100_000_000, \.steps),
        .real("price", symbol: "π̄", "Median autarky price.", name: "price π̄", unit: "money/unit", domain: _above(0, upTo: 1e6), \.price),
        .real("price_spread", symbol: "σ_π", "Lognormal spread of autarky prices.", name: "price spread σ_π", unit: "log",
              domain: .closed(0, 3), \.priceSpread),
        .real("quantity", symbol: "q̄", "Median autarky quantity.", name: "quantity q̄", unit: "units/step",
              domain: _above(0, upTo: 1e9), \.quantity),
        .real("quantity_spread", symbol: "σ_q", "Lognormal spread of autarky quantities.", name: "quantity spread σ_q", unit: "log",
              domain: .closed(0, 3), \.quantitySpread),
        .real("demand_elasticity", symbol: "ε_D", "Elasticity of demand at the autarky point (0: fixed demand).",
              name: "demand elasticity ε_D", unit: "", domain: .closed(0, 10), \.demandElasticity),
        .real("supply_elasticity", symbol: "ε_S", "Elasticity of supply at the autarky point.", name: "supply elasticity ε_S", unit: "",
              domain: _above(0, upTo: 1), \.supplyElasticity),
        .real("price_cap", symbol: "p̄", "Highest local price (value of lost load); demand beyond it is unmet.",
              name: "price cap p̄", unit: "money/unit", domain: _above(0, upTo: 1e9), \.priceCap),
        .real("transport_cost", symbol: "c̄", "Median cost of carrying a unit over a link.", name: "transport cost c̄",
              unit: "money/unit", domain: .closed(0, 1e6), \.transportCost),
        .real("cost_spread", symbol: "σ_c", "Lognormal spread of link costs.", name: "cost spread σ_c", unit: "log",
              domain: .closed(0, 3), \.costSpread),
        .real("capacity", symbol: "ū", "Median capacity of each direction of a link.", name: "capacity ū", unit: "units/step",
              domain: _above(0, upTo: 1e12), \.capacity),
        .real("capacity_spread", symbol: "σ_u", "Lognormal spread of capacities.", name: "capacity spread σ_u", unit: "log",
              domain: .closed(0, 3), \.capacitySpread),
        .choice("update", symbol: "update", "The order in which arbitrageurs act.", name: "update", isHeadline: true, \.update),
        .real("gamma", symbol: "γ", "Adjustment rate of the arbitrageurs (1: each closes its own gap).", name: "adjustment rate γ",
              unit: "", domain: _above(0, upTo: 4), \.gamma),
        .real("tolerance", symbol: "ε", "A network is at rest when no agent's violation exceeds ε.", name: "tolerance ε",
              unit: "money/unit", domain: _above(0, upTo: 1e6), \.tolerance),
        .real("shock_rate", symbol: "λ", "Chance per node and step that its base supply is redrawn.", name: "shock rate λ",
              unit: "per node, step", domain: .closed(0, 1), \.shockRate),
        .real("shock_size", symbol: "σ_s", "Lognormal spread of a redrawn base supply (capped at full supply).", name: "shock size σ_s",
              unit: "log", domain: .closed(0, 3), \.shockSize),
    ]

    /// Each update order at the reference constants.
    public static var referencePoints: [(label: String, point: Self)] {
        ArbitrageUpdate.allCases.map { update in
            var p = Self()
            p.update = update
            return ("update=\(update.rawValue)", p)
        }
    }

    /// Convergence is measured only without shocks.
    public func reports(_ metric: ResourceArbitrageMetric) -> Bool {
        switch metric {
        case .stepsToConverge, .converged, .welfareCapture: shockRate == 0
        default: true
        }
    }

    public func shortened(toSteps steps: Int) -> Self {
        var p = self
        p.steps = min(p.steps, max(1, steps))
        return p
    }
}
