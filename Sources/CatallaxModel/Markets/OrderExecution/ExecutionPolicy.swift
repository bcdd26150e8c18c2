/// How a step's queued orders execute against a bonding curve
/// (`docs/MarketManipulation.md`, "Execution").
///
/// ```
/// continuous:     serially, in queue order (an attacker that sees the queue places itself)
/// call_auction:   one batch: the net n = Σ buys − Σ sells executes on the curve,
///                 every leg at p̄ = (R(S + n) − R(S))/n   (f(S) when n = 0)
/// random_order:   serially, in a uniform random permutation
/// commit_reveal:  as random_order, and the contents are hidden when attackers commit
/// ```
/// See Budish, Cramton and Shim (2015) for batching, Daian et al. (2020) for ordering.
public enum ExecutionPolicy: String, CaseIterable, Sendable, ParameterChoice {
    /// Serially, in queue order.
    case continuous
    /// One uniform-price batch per step.
    case callAuction = "call_auction"
    /// Serially, in a uniform random permutation.
    case randomOrder = "random_order"
    /// Random order, with the queue's contents hidden from attackers when they commit.
    case commitReveal = "commit_reveal"

    /// Whether the step's orders execute in a random permutation.
    @inlinable public var shufflesOrders: Bool { self == .randomOrder || self == .commitReveal }
    /// Whether an attacker sees the queue's contents before it orders.
    @inlinable public var showsContents: Bool { self != .commitReveal }
    /// Whether the step's orders clear as one batch at one price.
    @inlinable public var clearsInBatch: Bool { self == .callAuction }
}
