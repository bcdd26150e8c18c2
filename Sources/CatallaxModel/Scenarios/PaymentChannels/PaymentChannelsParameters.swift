/// The parameters of one point of the `payment-channels` scenario: `N`
/// nodes on a random network of payment channels pay each other `K`
/// micropayments a step, routed by the cheapest per-hop fees and settled
/// off the ledger; depleted channels are left alone, rebalanced in a cycle,
/// spliced or closed and reopened on the ledger.
///
/// ```
/// c_e   = max(1, round(c̄·e^{σ_c z}))               channel capacity
/// f_d   = f_r·e^{σ_f z − σ_f²/2}                      fee rate per direction
/// w_d   = f_b + f_d·ā                                 routing weight
/// ```
///
/// ``init()`` is the reference point. See `docs/PaymentChannels.md`.
public struct PaymentChannelsParameters: ScenarioPoint {
    /// How the network is drawn.
    public var topology = ChannelTopology.ba
    /// `N`, the number of nodes.
    public var nodes = 500
    /// `d`: the degree (`regular`), the mean degree (`er`), twice the channels per new node (`ba`).
    public var degree = 6
    /// `T`, the number of steps of a run.
    public var steps = 1000
    /// `c̄`, the median channel capacity.
    public var capacity = 10_000
    /// `σ_c`, the log spread of capacities.
    public var capacitySpread = 0.5
    /// How a channel's capacity is split at opening.
    public var split = OpeningSplit.even
    /// `K`, payments attempted per step.
    public var payments = 100
    /// The law of payment sizes.
    public var size = PaymentSize.lognormal
    /// `ā`: the size, the mean or the median, by ``size``.
    public var amount = 100
    /// `σ_a`, the log spread of lognormal sizes.
    public var sizeSpread = 1.0
    /// Who pays whom.
    public var pattern = PaymentPattern.uniform
    /// `k_m`, the number of merchants.
    public var merchants = 20
    /// `p_m`, the chance a payment goes to a merchant.
    public var merchantShare = 0.8
    /// `f_b`, the base fee per hop.
    public var feeBase = 1
    /// `f_r`, the mean proportional fee per hop.
    public var feeRate = 0.001
    /// `σ_f`, the log spread of fee rates across directions.
    public var feeSpread = 0.5
    /// `k_a`, routes tried per payment.
    public var attempts = 1
    /// `s`, the parts of a multi-part payment.
    public var parts = 1
    /// What a node does about a depleted channel side.
    public var rebalance = RebalanceRule.none
    /// `τ`, a side below `τ·c` is depleted.
    public var threshold = 0.1
    /// `ρ`, the share of the capacity a circular or spliced refill brings a depleted side back to.
    public var refill = 0.5
    /// `F`, the fee of one ledger transaction.
    public var ledgerFee = 200
    /// `L`, the steps a ledger transaction takes to confirm.
    public var ledgerDelay = 6
    /// `W₀`, each node's on-ledger wallet at the start.
    public var wallet = 50_000

    /// The reference point.
    public init() {}

    /// Node-steps of one run, `N·T`: every node is an agent of every step.
    public var agentSteps: Double { Double(nodes) * Double(steps) }

    /// `⌈ρ·c⌉`, the balance a circular or spliced refill brings a depleted side of capacity `c` back to.
    @inlinable
    public func refillTarget(capacity c: Double) -> Double { (refill * c).rounded(.up) }

    /// The weight the routing minimizes per hop, `w_d = f_b + f_d·ā`.
    public func routingWeight(feeRate f: Double) -> Double { Double(feeBase) + f * Double(amount) }
}
