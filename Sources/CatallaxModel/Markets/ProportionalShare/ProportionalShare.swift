import CatallaxNumerics

/// Proportional share (Kelly's mechanism): every agent pays a bid and gets
/// the capacity in proportion to its bid.
///
/// ```
/// x_i = C·w_i/S,   S = Σ_i w_i + F,   price μ = S/C,   pay_i = w_i
/// u_i(x) = A_i·ln(1 + x/B_i) (shifted),   u_i′(x) = A_i/(B_i + x)
/// ```
///
/// `C > 0` is the capacity, `w_i ≥ 0` agent `i`'s bid (money), `F ≥ 0` fixed
/// money bids that always join the total (the resource economy's ahead
/// orders), `A_i ≥ 0` the utility scale, `B_i > 0` the offset (need plus
/// credits redeemed) and `β_i ≥ 0` a cap on the bid (the agent's budget).
///
/// Two behaviours:
///
/// - **Price-taking** agents treat `μ` as fixed and bid
///   `w_i(μ) = min(β_i, max(0, A_i − μ·B_i))`. The market price solves
///   `Σ_i w_i(μ) + F = μ·C`; there, with slack budgets, the allocation
///   maximizes `Σ_i u_i` (Kelly 1997): it is water filling with `τ = 1/μ`.
/// - **Price-anticipating** agents know that their bid moves the price and
///   best-respond to the others' total. Their Nash equilibrium satisfies
///   `u_i′(x_i)·(1 − x_i/C) = S/C` for every `x_i > 0`, and its aggregate
///   utility is at least 3/4 of the optimum (Johari and Tsitsiklis 2004).
///
/// Lane forms take one replicate per lane and buffers indexed by agent; every
/// lane runs the same iterations, and every sum runs in increasing agent
/// index, so a lane gives the same bits as when run alone.
///
/// See `docs/ResourceEconomy.md`, rules `kelly-pt` and `kelly-pa`;
/// F. Kelly, "Charging and rate control for elastic traffic", European
/// Transactions on Telecommunications 8(1) (1997); R. Johari and
/// J. N. Tsitsiklis, "Efficiency loss in a network resource allocation game",
/// Mathematics of Operations Research 29(3) (2004).
public enum ProportionalShare {
    /// The capacity a bid gets, on every lane.
    ///
    /// ```
    /// x = C·w/S          (0 where S ≤ 0)
    /// ```
    /// - Parameters:
    ///   - bid: `w ≥ 0` per lane.
    ///   - total: `S`, every bid of the lane including the fixed ones.
    ///   - capacity: `C` per lane.
    /// - Returns: `x` per lane; the `x` of a lane sum to `C` up to rounding
    ///   when `S > 0`.
    @inlinable @inline(__always)
    public static func allocation<V: LaneVector>(bid: V, total: V, capacity: V) -> V {
        (capacity * bid / total).replacing(with: 0, where: total .<= 0)
    }

    /// The total bid of every lane: the agents' bids in increasing index,
    /// then the fixed bids.
    ///
    /// ```
    /// S = (Σ_i w_i) + F
    /// ```
    /// This is the order every function here sums in (the fixed bids come
    /// last, as one lane sum), so a caller that computes `S` with it gets
    /// the same bits as ``anticipatingBids(bids:fixedBids:capacity:utilityScales:offsets:budgets:minimumBid:rounds:)``.
    /// - Parameters:
    ///   - bids: `w_i ≥ 0` per agent.
    ///   - fixedBids: `F ≥ 0` per lane.
    /// - Returns: `S` per lane.
    /// - Complexity: O(N).
    @inlinable
    public static func total<V: LaneVector>(bids: UnsafeBufferPointer<V>, fixedBids: V) -> V {
        var sum = V.zero
        for bid in bids { sum += bid }
        return sum + fixedBids
    }
}
