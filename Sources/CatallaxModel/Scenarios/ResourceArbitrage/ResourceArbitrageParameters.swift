/// The parameters of one point of the `resource-arbitrage` scenario: `N`
/// node markets for one resource on a random network; one arbitrage agent
/// per link direction ships units from the cheap end to the dear end while
/// the price gap exceeds the transport cost.
///
/// ```
/// π_i = π̄·e^{σ_π z},  q_i = q̄·e^{σ_q z}        autarky point of node i
/// c_e = c̄·e^{σ_c z},  u_e = ū·e^{σ_u z}        cost and capacity of link e (each direction)
/// x_d ← clip(x_d + γ k_d (p_v − p_u − c_d), 0, u_d)
/// ```
///
/// ``init()`` is the reference point. See `docs/ResourceArbitrage.md`.
public struct ResourceArbitrageParameters: ScenarioPoint {
    /// How the network is drawn.
    public var topology = ChannelTopology.ba
    /// `N`, the number of nodes.
    public var nodes = 200
    /// `d`: the degree (`regular`), the mean degree (`er`), twice the links per new node (`ba`).
    public var degree = 4
    /// `T`, the number of steps of a run.
    public var steps = 500
    /// `π̄`, the median autarky price.
    public var price = 10.0
    /// `σ_π`, the log spread of autarky prices.
    public var priceSpread = 0.5
    /// `q̄`, the median autarky quantity.
    public var quantity = 100.0
    /// `σ_q`, the log spread of autarky quantities.
    public var quantitySpread = 0.5
    /// `ε_D`, the elasticity of demand at the autarky point.
    public var demandElasticity = 0.25
    /// `ε_S`, the elasticity of supply at the autarky point.
    public var supplyElasticity = 0.5
    /// `p̄`, the highest local price (value of lost load).
    public var priceCap = 20.0
    /// `c̄`, the median cost of carrying a unit over a link.
    public var transportCost = 1.0
    /// `σ_c`, the log spread of link costs.
    public var costSpread = 0.5
    /// `ū`, the median capacity of each direction of a link.
    public var capacity = 30.0
    /// `σ_u`, the log spread of capacities.
    public var capacitySpread = 0.5
    /// The order in which arbitrageurs act.
    public var update = ArbitrageUpdate.sequential
    /// `γ`, the adjustment rate of the arbitrageurs.
    public var gamma = 1.0
    /// `ε`: a network is at rest when its violation is at most `ε`.
    public var tolerance = 0.01
    /// `λ`, the chance per node and step that its base supply is redrawn.
    public var shockRate = 0.0
    /// `σ_s`, the log spread of a redrawn base supply.
    public var shockSize = 0.5

    /// The reference point.
    public init() {}

    /// `(1 + d)·N·T`: the `N` node markets and the nominal `N·d` arbitrage
    /// agents, two per link, every step.
    public var agentSteps: Double { Double(1 + degree) * Double(nodes) * Double(steps) }
}
