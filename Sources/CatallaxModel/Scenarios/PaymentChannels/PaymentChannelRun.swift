import CatallaxNumerics

/// One run of the `payment-channels` scenario: a lane's network, channel
/// balances, wallets, ledger queue, route cache and tallies. Lanes never
/// share a network (`docs/PaymentChannels.md`, "The network"), so a run is
/// scalar code over its own arrays, and a kernel keeps one per lane.
///
/// Arrays are sized when a run starts (the network is drawn then) and
/// reused by later runs of the same sizes; the step loop allocates nothing
/// once the scratch arrays have grown to the longest route.
@usableFromInline final class PaymentChannelRun {
    /// The channels and their balances `b_d`, fees `f_d`.
    @usableFromInline var ledger: ChannelLedger
    /// `tail(d)`, the node each direction leaves.
    @usableFromInline var tail: [Int32] = []
    /// `c_e` of each direction's channel (the same on both sides).
    @usableFromInline var capacity: [Double] = []
    /// `w_d = f_b + f_d·ā`, the static routing weights.
    @usableFromInline var weight: [Double] = []
    /// `W_u`, each node's on-ledger wallet.
    @usableFromInline var wallet: [Double] = []
    /// Whether each direction's channel is closed (awaiting its reopening).
    @usableFromInline var closed: [Bool] = []
    /// Whether a splice of each side is waiting to confirm.
    @usableFromInline var splicing: [Bool] = []
    /// Ledger transactions waiting to confirm, in the order they were sent (all wait `L` steps).
    @usableFromInline var ledgerQueue: [LedgerTransaction] = []
    /// The index of the first transaction of ``ledgerQueue`` not yet confirmed.
    @usableFromInline var ledgerQueueHead = 0
    /// The merchants and the other nodes, by index (`pattern = merchants`).
    @usableFromInline var merchants: [Int32] = []
    @usableFromInline var nonMerchants: [Int32] = []
    /// The payments' draws.
    @usableFromInline var draws: UniformStream
    /// Cached cheapest-path trees: slot `s mod B` holds source `treeOwner[slot]`'s arrival directions.
    @usableFromInline var treeOwner: [Int32] = []
    @usableFromInline var treeVia: [Int32] = []
    /// The search for a source's tree or a route with exclusions.
    @usableFromInline var search: CheapestPaths?
    /// Directions a payment may not use (the failed hops and earlier parts of the payment in hand).
    @usableFromInline var excluded: [Bool] = []
    @usableFromInline var excludedList: [Int32] = []
    /// The route being tried, then each settled part's route (multi-part payments).
    @usableFromInline var route: [Int32] = []
    @usableFromInline var partRoutes: [[Int32]] = []
    /// The open sides of the node rebalancing, fullest first (`circular`).
    @usableFromInline var sortedSides: [Int32] = []
    /// The last payment's amount, last route tried and whether it succeeded (what observers see).
    @usableFromInline var lastAmount = 0.0
    @usableFromInline var lastRoute: [Int32] = []
    @usableFromInline var lastSucceeded = false
    /// Money outside wallets and channels: ledger fees collected and splices in flight.
    @usableFromInline var ledgerFees = 0.0
    @usableFromInline var splicesInFlight = 0.0
    /// `Σ_u W_u(0) + Σ_e c_e(0)`.
    @usableFromInline var startingMoney = 0.0
    /// `Σ_{open e} c_e` and the number of open sides, kept as channels close, reopen and grow.
    @usableFromInline var openCapacity = 0.0
    @usableFromInline var openSides = 0
    /// The run's sums.
    @usableFromInline var tally = PaymentChannelTally()
    /// Successes in the step just run.
    @usableFromInline var stepSuccesses = 0

    /// An empty run, sized by ``start(_:key:)``.
    @inlinable init() {
        ledger = ChannelLedger(network: Network(nodeCount: 0, edges: []), balance: [], feeRate: [], feeBase: 0)
        draws = UniformStream(key: RunKey(words: .zero), purpose: .payment)
    }

    /// The network the run draws.
    @inlinable var network: Network { ledger.network }

    /// Draws the run's network, capacities, fees and opening balances from
    /// `key` and resets every account and tally
    /// (`docs/PaymentChannels.md`, "The network" and "Draw order").
    @inlinable func start(_ p: PaymentChannelsParameters, key: RunKey) {
        var graphDraws = UniformStream(key: key, purpose: .graph, stream: 0)
        let edges = RandomGraph.edges(p.topology, nodes: p.nodes, degree: p.degree, draws: &graphDraws)
        let network = Network(nodeCount: p.nodes, edges: edges)
        let directions = network.head.count
        tail = [Int32](repeating: 0, count: directions)
        for u in 0..<p.nodes { for d in network.directions(from: u) { tail[d] = Int32(u) } }

        var attributes = UniformStream(key: key, purpose: .graph, stream: 1)
        func normal() -> Double { Philox4x32.standardNormals(u1: attributes.next(), u2: attributes.next()).0 }
        capacity = [Double](repeating: 0, count: directions)
        var balance = [Double](repeating: 0, count: directions)
        // Each link by its lower direction, whose tail is the opener min(u, v).
        let lower = (0..<directions).filter { $0 < Int(network.reverse[$0]) }
        for d in lower {
            let c = max(1, (Double(p.capacity) * LaneMath.exp(p.capacitySpread * normal())).rounded())
            capacity[d] = c
            capacity[Int(network.reverse[d])] = c
        }
        for d in lower {
            let c = capacity[d]
            let opener = p.split == .even ? (c / 2).rounded(.down) : Double(attributes.index(below: Int(c) + 1))
            balance[d] = opener
            balance[Int(network.reverse[d])] = c - opener
        }
        let spread = p.feeSpread
        let feeRate = (0..<directions).map { _ in p.feeRate * LaneMath.exp(spread * normal() - spread * spread / 2) }
        weight = feeRate.map(p.routingWeight(feeRate:))
        ledger = ChannelLedger(network: network, balance: balance, feeRate: feeRate, feeBase: Double(p.feeBase))

        wallet = [Double](repeating: Double(p.wallet), count: p.nodes)
        closed = [Bool](repeating: false, count: directions)
        splicing = [Bool](repeating: false, count: directions)
        excluded = [Bool](repeating: false, count: directions)
        excludedList.removeAll(keepingCapacity: true)
        ledgerQueue.removeAll(keepingCapacity: true)
        ledgerQueueHead = 0
        _chooseMerchants(p)
        draws = UniformStream(key: key, purpose: .payment)

        let slots = min(p.nodes, max(1, Self.cachedRouteEntries / p.nodes))
        treeOwner = [Int32](repeating: -1, count: slots)
        if treeVia.count != slots * p.nodes { treeVia = [Int32](repeating: -1, count: slots * p.nodes) }
        if partRoutes.count < 16 { partRoutes = Array(repeating: [], count: 16) }

        ledgerFees = 0
        splicesInFlight = 0
        openCapacity = lower.reduce(0) { $0 + capacity[$1] }
        openSides = directions
        startingMoney = Double(p.nodes) * Double(p.wallet) + openCapacity
        tally = PaymentChannelTally()
        lastAmount = 0
        lastRoute.removeAll(keepingCapacity: true)
        lastSucceeded = false
        stepSuccesses = 0
    }

    /// The most arrival directions the route cache holds per run (4 MiB of
    /// `Int32`): every source's tree at `N ≤ 1024`, fewer trees above. The
    /// cache changes only the speed, never a route.
    @usableFromInline static let cachedRouteEntries = 1 << 20

    /// The `k_m` nodes of highest degree (ties by lower index) and the others.
    @inlinable func _chooseMerchants(_ p: PaymentChannelsParameters) {
        merchants.removeAll(keepingCapacity: true)
        nonMerchants.removeAll(keepingCapacity: true)
        guard p.pattern == .merchants else { return }
        let byDegree = (0..<p.nodes).sorted { a, b in
            let da = network.degree(of: a), db = network.degree(of: b)
            return da > db || (da == db && a < b)
        }
        var isMerchant = [Bool](repeating: false, count: p.nodes)
        for u in byDegree.prefix(p.merchants) { isMerchant[u] = true }
        for u in 0..<p.nodes { if isMerchant[u] { merchants.append(Int32(u)) } else { nonMerchants.append(Int32(u)) } }
    }

    /// One step: `K` payments, then depletion, rebalancing and the ledger
    /// transactions that confirm at the end of step `t`.
    @inlinable func step(_ p: PaymentChannelsParameters, _ t: Int) {
        stepSuccesses = 0
        for _ in 0..<p.payments { _makePayment(p) }
        tally.liquidity += openCapacity
        _rebalance(p, step: t)
        _confirmLedgerTransactions(p, through: t)
    }
}

/// A ledger transaction waiting for its confirmation.
@usableFromInline struct LedgerTransaction {
    /// What confirms.
    @usableFromInline enum Kind { case splice, reopen }
    @usableFromInline var kind: Kind
    /// The step at whose end it confirms.
    @usableFromInline var due: Int
    /// The side spliced, or the direction `u → v` of the channel `u` closed.
    @usableFromInline var direction: Int32
    /// The amount spliced in.
    @usableFromInline var amount: Double

    @inlinable
    init(kind: Kind, due: Int, direction: Int32, amount: Double) {
        self.kind = kind
        self.due = due
        self.direction = direction
        self.amount = amount
    }
}

/// The sums a run's metrics are made of.
@usableFromInline struct PaymentChannelTally {
    @usableFromInline var attempted = 0.0, succeeded = 0.0, noRoute = 0.0
    /// `Σ` successful amounts.
    @usableFromInline var value = 0.0
    /// Route lengths and count of the successful payments' parts.
    @usableFromInline var hops = 0.0, parts = 0.0
    /// Routing fees earned by intermediaries.
    @usableFromInline var routingFees = 0.0
    /// `Σ_t Σ_{open e} c_e(t)`.
    @usableFromInline var liquidity = 0.0
    /// `Σ_t` depleted open sides and open sides.
    @usableFromInline var depletedSides = 0.0, openSides = 0.0
    /// Rebalancing actions that moved something.
    @usableFromInline var rebalances = 0.0

    @inlinable init() {}
}
