#if canImport(Glibc)
import Glibc
#endif

/// How an airdrop of whole tokens is split among `N` recipients
/// (`docs/InitialAllocation.md`): each recipient gets a share `s_i`, then
/// the total is apportioned by largest remainder (Hamilton's method), so
/// the parts add up to the total exactly.
///
/// ```
/// uniform:   s_i = 1
/// weighted:  s_i = w_i                                  (score: stake or activity)
/// tiered:    s_i = 1, 2, 4  for w_i < w_lo,  w_lo ≤ w_i < w_hi,  w_i ≥ w_hi
/// lottery:   s_i = 1 for the m smallest keys −ln(u_i)/w_i, else 0   (Efraimidis–Spirakis 2006)
/// a_i = ⌊A·s_i/Σs⌋ + [i among the A − Σ⌊·⌋ largest remainders]     (ties to the lower index)
/// ```
public enum DistributionRule: String, CaseIterable, Sendable, ParameterChoice {
    /// Everyone the same.
    case uniform
    /// In proportion to the score.
    case weighted
    /// One, two or four shares by score thresholds.
    case tiered
    /// Equal parts to `m` winners drawn by score, without replacement.
    case lottery
}

/// The split of an airdrop by an ``DistributionRule``, with the rule's
/// constants. Scalar, for one run; buffers are the caller's, so a run
/// allocates nothing once they have grown.
public struct InitialAllocation: Sendable, Equatable {
    /// The rule.
    public var rule: DistributionRule
    /// `w_lo`: the score from which a recipient is in tier 2.
    public var tierLow: Double
    /// `w_hi`: the score from which a recipient is in tier 3.
    public var tierHigh: Double
    /// `m`: the lottery's winners.
    public var winners: Int

    /// A split by `rule`.
    public init(rule: DistributionRule, tierLow: Double = 1, tierHigh: Double = 3, winners: Int = 1) {
        self.rule = rule
        self.tierLow = tierLow
        self.tierHigh = tierHigh
        self.winners = winners
    }

    /// Every recipient's share `s_i` by the rule.
    /// - Parameters:
    ///   - scores: `w_i > 0`, one per recipient.
    ///   - tickets: `u_i ∈ (0, 1)`, one per recipient (read by `lottery` only).
    ///   - shares: set to `s_i`, one per recipient.
    ///   - order: scratch for the lottery's ranking.
    /// - Complexity: O(N log N) for `lottery`, O(N) otherwise.
    @inlinable
    public func shares(scores: [Double], tickets: [Double], into shares: inout [Double], order: inout [Int]) {
        let n = scores.count
        shares.removeAll(keepingCapacity: true)
        switch rule {
        case .uniform:
            shares.append(contentsOf: repeatElement(1, count: n))
        case .weighted:
            shares.append(contentsOf: scores)
        case .tiered:
            for w in scores { shares.append(w >= tierHigh ? 4 : w >= tierLow ? 2 : 1) }
        case .lottery:
            // Key −ln(u)/w: the m smallest are a weighted sample without
            // replacement; ties (equal keys) go to the lower index.
            order.removeAll(keepingCapacity: true)
            order.append(contentsOf: 0..<n)
            func key(_ i: Int) -> Double { -log(tickets[i]) / scores[i] }
            order.sort { (key($0), $0) < (key($1), $1) }
            shares.append(contentsOf: repeatElement(0, count: n))
            for rank in 0..<min(winners, n) { shares[order[rank]] = 1 }
        }
    }

    /// Apportions `total` whole tokens in proportion to `shares` by largest
    /// remainder:
    /// ```
    /// q_i = A·s_i/Σs,   a_i = ⌊q_i⌋ + [i among the A − Σ⌊q⌋ largest q_i − ⌊q_i⌋]
    /// ```
    /// Every `a_i` is a whole number and `Σ a_i = A` exactly (whole numbers
    /// below 2⁵³ add exactly in `Double`). When every share is 0, nobody gets anything.
    /// - Parameters:
    ///   - total: `A ≥ 0`.
    ///   - shares: `s_i ≥ 0`.
    ///   - parts: set to `a_i`.
    ///   - order: scratch for the ranking of remainders.
    /// - Complexity: O(N log N).
    @inlinable
    public static func apportion(_ total: Int, shares: [Double], into parts: inout [Double], order: inout [Int]) {
        let n = shares.count
        parts.removeAll(keepingCapacity: true)
        let sum = shares.reduce(0, +)
        guard sum > 0, total > 0 else {
            parts.append(contentsOf: repeatElement(0, count: n))
            return
        }
        var given = 0
        for s in shares {
            let whole = (Double(total) * s / sum).rounded(.down)
            parts.append(whole)
            given += Int(whole)
        }
        // Rounding can put a quota's floor one above the exact one for
        // shares near the whole; the leftover is then negative and the parts
        // with the smallest remainders (the over-rounded ones) give a token
        // back (never happens for exact quotas).
        var leftover = total - given
        order.removeAll(keepingCapacity: true)
        order.append(contentsOf: 0..<n)
        func remainder(_ i: Int) -> Double { Double(total) * shares[i] / sum - parts[i] }
        order.sort { (remainder($0), -$0) > (remainder($1), -$1) }
        var rank = 0
        while leftover > 0 {
            parts[order[rank % n]] += 1
            leftover -= 1
            rank += 1
        }
        rank = n - 1
        while leftover < 0 && rank >= 0 {
            if parts[order[rank]] >= 1 {
                parts[order[rank]] -= 1
                leftover += 1
            }
            rank -= 1
        }
    }
}
