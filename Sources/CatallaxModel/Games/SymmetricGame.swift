/// A symmetric game in normal form: `m` pure strategies and the payoff
/// `A_kl` to a `k`-strategist meeting an `l`-strategist, stored row by row.
///
/// ```
/// f_k(p) = Σ_l A_kl p_l          expected payoff of strategy k against the mix p
/// f̄(p) = Σ_k p_k f_k(p)          the population's mean payoff
/// Δ = max A − min A               the largest payoff difference
/// ```
public struct SymmetricGame: Sendable, Equatable {
    /// `m`, the number of pure strategies.
    public let strategyCount: Int
    /// `A`, row `k` holding the payoffs of strategy `k`: `A_kl = payoffs[k·m + l]`.
    public let payoffs: [Double]

    /// A game of `payoffs`, given as rows (a square matrix).
    public init(rows: [[Double]]) {
        precondition(!rows.isEmpty && rows.allSatisfy { $0.count == rows.count }, "a symmetric game needs a square payoff matrix")
        strategyCount = rows.count
        payoffs = rows.flatMap { $0 }
    }

    /// `A_kl`.
    @inlinable
    public func payoff(_ k: Int, against l: Int) -> Double { payoffs[k * strategyCount + l] }

    /// `Δ = max A − min A`: no two payoffs differ by more.
    public var largestDifference: Double { (payoffs.max() ?? 0) - (payoffs.min() ?? 0) }

    /// A best response of a player now using `current` to the weights `b`
    /// (counts or a belief over the `m` strategies, any positive scale):
    ///
    /// ```
    /// BR(b; s) = s                          if Σ_l A_sl b_l = max_k Σ_l A_kl b_l
    ///          = the smallest k attaining the maximum, otherwise
    /// ```
    /// Staying put on a tie means a player switches only for a gain, and a
    /// rule fixed in advance keeps a run a function of its seed.
    /// - Parameters:
    ///   - weights: `b_l`, read from `weights[offset + l]` for `l = 0…m−1`.
    ///   - current: `s`, the strategy played now.
    @inlinable
    public func bestResponse(to weights: [Double], offset: Int = 0, current: Int) -> Int {
        let m = strategyCount
        var best = current, bestPayoff = -Double.infinity
        var currentPayoff = 0.0
        for k in 0..<m {
            var f = 0.0
            for l in 0..<m { f += payoffs[k * m + l] * weights[offset + l] }
            if f > bestPayoff { (best, bestPayoff) = (k, f) }
            if k == current { currentPayoff = f }
        }
        return currentPayoff == bestPayoff ? current : best
    }

    /// `f_k(p) = Σ_l A_kl p_l` for every `k`.
    public func expectedPayoffs(against shares: [Double]) -> [Double] {
        (0..<strategyCount).map { k in
            var f = 0.0
            for l in 0..<strategyCount { f += payoff(k, against: l) * shares[l] }
            return f
        }
    }
}
