import CatallaxNumerics

/// One run of the `resource-arbitrage` scenario: a lane's network, node
/// markets, shipment rates, accounts and tallies. Each lane has its own
/// graph and the sequential update is serial, so a run is scalar code over
/// its own arrays and a kernel keeps one per lane
/// (`docs/ResourceArbitrage.md`, "Layout and speed").
///
/// Arrays are sized when a run starts and keep their capacity for later
/// runs; the step loop allocates nothing. A value type, so the step's array
/// updates need no dynamic exclusivity checks.
@usableFromInline struct ResourceArbitrageRun {
    /// The point being run.
    @usableFromInline var point = ResourceArbitrageParameters()
    /// The lane's key.
    @usableFromInline var key = RunKey(words: .zero)
    /// The run's network: directions `d = u → v` with `head`, `reverse`.
    @usableFromInline var network = Network(nodeCount: 0, edges: [])
    /// `tail(d)`, the node each direction leaves.
    @usableFromInline var tail: [Int32] = []

    /// Each node's market (its base supply `θ_i e_i` moves with shocks).
    @usableFromInline var market: [SpatialMarket] = []
    /// `e_i = (1 − ε_S) q_i`, the full base supply.
    @usableFromInline var fullBaseSupply: [Double] = []
    /// `θ_i ∈ (0, 1]`, the share of the base supply left by outages.
    @usableFromInline var supplyScale: [Double] = []
    /// `m_i`, net imports; `p_i`, the clearing price; `r_i`, unmet demand; `w_i`, spill.
    @usableFromInline var netImports: [Double] = []
    @usableFromInline var price: [Double] = []
    @usableFromInline var unmet: [Double] = []
    @usableFromInline var spill: [Double] = []

    /// `c_d`, `u_d` (those of the direction's link), `k_d` and `x_d` of each direction.
    @usableFromInline var cost: [Double] = []
    @usableFromInline var capacity: [Double] = []
    @usableFromInline var rate: [Double] = []
    @usableFromInline var flow: [Double] = []

    /// The money accounts: `A_d` of each agent, `B_i` of each node's traders, `Y` of the carriers.
    @usableFromInline var agentCash: [Double] = []
    @usableFromInline var traderCash: [Double] = []
    @usableFromInline var carrierCash = 0.0
    /// `Σ_t Σ_i |p_i m_i|`, the scale of the money invariant's tolerance.
    @usableFromInline var moneyTurnover = 0.0

    /// Whether a node is hit by an outage in a step (`λ`).
    @usableFromInline var shockTrial = BernoulliThreshold(probability: 0)
    /// The last step observed (−1 before the first).
    @usableFromInline var lastStep = -1
    /// The last step's observation: `V(t)`, `CV(t)`, `G(t)`, `Σ_d x_d`.
    @usableFromInline var violation = 0.0
    @usableFromInline var dispersion = 0.0
    @usableFromInline var gain = 0.0
    @usableFromInline var volume = 0.0
    /// The run's sums.
    @usableFromInline var tally = ResourceArbitrageTally()

    /// An empty run, sized by ``start(_:key:)``.
    @inlinable init() {}

    /// Draws the run's network, links and node markets from `key`
    /// (`docs/ResourceArbitrage.md`, "Draw order") and starts it.
    ///
    /// ```
    /// graph:      UniformStream(key, graph, 0)
    /// links:      UniformStream(key, graph, 1), in order of the lower direction:  c_e = c̄ e^{σ_c z₁},  u_e = ū e^{σ_u z₂}
    /// node i:     block (0, i, belief, 0):  π_i = π̄ e^{σ_π z₁},  q_i = q̄ e^{σ_q z₂}
    /// ```
    @inlinable mutating func start(_ p: ResourceArbitrageParameters, key: RunKey) {
        var graphDraws = UniformStream(key: key, purpose: .graph, stream: 0)
        let network = Network(nodeCount: p.nodes, edges: RandomGraph.edges(p.topology, nodes: p.nodes, degree: p.degree, draws: &graphDraws))
        var attributes = UniformStream(key: key, purpose: .graph, stream: 1)
        var linkCosts: [Double] = [], linkCapacities: [Double] = []
        for d in 0..<network.head.count where d < Int(network.reverse[d]) {
            let (z1, z2) = Philox4x32.standardNormals(u1: attributes.next(), u2: attributes.next())
            linkCosts.append(p.transportCost * LaneMath.exp(p.costSpread * z1))
            linkCapacities.append(p.capacity * LaneMath.exp(p.capacitySpread * z2))
        }
        var prices: [Double] = [], quantities: [Double] = []
        for i in 0..<p.nodes {
            let (z1, z2) = Philox4x32.standardNormals(block: key.block(step: 0, agent: i, purpose: .belief, index: 0))
            prices.append(p.price * LaneMath.exp(p.priceSpread * z1))
            quantities.append(p.quantity * LaneMath.exp(p.quantitySpread * z2))
        }
        start(p, key: key, network: network, autarkyPrices: prices, quantities: quantities, linkCosts: linkCosts, linkCapacities: linkCapacities)
    }

    /// Starts a run on a given economy: the known answers' entry point.
    ///
    /// ```
    /// k_d = β_u β_v/(δ_v β_u + δ_u β_v),   δ = 1 (sequential),  δ_i = deg(i) (simultaneous)
    /// ```
    /// - Parameters:
    ///   - autarkyPrices, quantities: `(π_i, q_i)` of every node.
    ///   - linkCosts, linkCapacities: `c_e`, `u_e` of every link, in order of its lower direction index.
    @inlinable mutating func start(
        _ p: ResourceArbitrageParameters, key: RunKey, network: Network,
        autarkyPrices: [Double], quantities: [Double], linkCosts: [Double], linkCapacities: [Double]
    ) {
        point = p
        self.key = key
        self.network = network
        let n = network.nodeCount, directions = network.head.count
        tail._refill(directions, with: 0)
        for u in 0..<n { for d in network.directions(from: u) { tail[d] = Int32(u) } }

        market.removeAll(keepingCapacity: true)
        fullBaseSupply.removeAll(keepingCapacity: true)
        for i in 0..<n {
            let node = SpatialMarket(autarkyPrice: autarkyPrices[i], quantity: quantities[i], demandElasticity: p.demandElasticity,
                                     supplyElasticity: p.supplyElasticity, priceCap: p.priceCap)
            market.append(node)
            fullBaseSupply.append(node.baseSupply)
        }
        supplyScale._refill(n, with: 1)
        netImports._refill(n, with: 0)
        price._refill(n, with: 0)
        unmet._refill(n, with: 0)
        spill._refill(n, with: 0)

        cost._refill(directions, with: 0)
        capacity._refill(directions, with: 0)
        var link = 0
        for d in 0..<directions where d < Int(network.reverse[d]) {
            let back = Int(network.reverse[d])
            cost[d] = linkCosts[link]
            cost[back] = linkCosts[link]
            capacity[d] = linkCapacities[link]
            capacity[back] = linkCapacities[link]
            link += 1
        }
        rate.removeAll(keepingCapacity: true)
        for d in 0..<directions {
            let u = Int(tail[d]), v = Int(network.head[d])
            let βu = market[u].slope, βv = market[v].slope
            let δu = p.update == .sequential ? 1 : Double(network.degree(of: u))
            let δv = p.update == .sequential ? 1 : Double(network.degree(of: v))
            rate.append(βu * βv / (δv * βu + δu * βv))
        }
        flow._refill(directions, with: 0)

        agentCash._refill(directions, with: 0)
        traderCash._refill(n, with: 0)
        carrierCash = 0
        moneyTurnover = 0
        shockTrial = BernoulliThreshold(probability: p.shockRate)
        lastStep = -1
        violation = 0
        dispersion = 0
        gain = 0
        volume = 0
        tally = ResourceArbitrageTally()
        // The autarky state, so that observers before step 0 see cleared markets.
        _sumNetImports()
        _clear()
    }

}

/// The sums a run's metrics are made of (`docs/ResourceArbitrage.md`, "Metrics").
@usableFromInline struct ResourceArbitrageTally {
    /// `Σ_t CV(t)`, `CV(0)`.
    @usableFromInline var dispersion = 0.0, autarkyDispersion = 0.0
    /// The last step with `V(t) > ε` (−1 if none), the steps at rest, `Σ_t V(t)`.
    @usableFromInline var lastUnsettledStep = -1, restingSteps = 0, violation = 0.0
    /// `Σ_t Σ_i r_i`, `Σ_t Σ_i D_i(p_i)`.
    @usableFromInline var unmet = 0.0, demand = 0.0
    /// `Σ_t Σ_d h_d x_d`, `Σ_t Σ_d x_d`, `Σ_t G(t)`.
    @usableFromInline var profit = 0.0, volume = 0.0, gain = 0.0

    @inlinable init() {}
}
