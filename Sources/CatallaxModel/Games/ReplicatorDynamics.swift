/// The replicator equation of a symmetric game, in discrete time: an Euler
/// step of rate `κ` that is also the mean dynamics of proportional
/// imitation with revision rate `r` (`κ = r/Δ`; Schlag 1998).
///
/// ```
/// f_k = Σ_l A_kl p_l,   f̄ = Σ_k p_k f_k
/// p_k ← p_k·(1 + κ(f_k − f̄)),   then p ← p / Σ_k p_k
/// ```
///
/// Shares stay non-negative when `κ·Δ ≤ 1` (`|f_k − f̄| ≤ Δ`); the division
/// removes the rounding of `Σ p_k`, which is 1 in exact arithmetic.
/// See `docs/EvolutionaryGames.md`.
public struct ReplicatorDynamics: Sendable, Equatable {
    /// The game played.
    public let game: SymmetricGame
    /// `κ`, the rate of the Euler step.
    public let rate: Double

    /// The replicator dynamics of `game` at rate `rate` (`0 < κ·Δ ≤ 1`).
    public init(game: SymmetricGame, rate: Double) {
        precondition(rate > 0 && rate * game.largestDifference <= 1 + 1e-12, "κ·Δ must be in (0, 1]")
        self.game = game
        self.rate = rate
    }

    /// One step from `shares`, with `payoffs` as scratch for `f` (sized to
    /// the strategies; nothing is allocated); returns the mean payoff `f̄` of
    /// the mix before the step.
    @discardableResult
    public func step(_ shares: inout [Double], payoffs f: inout [Double]) -> Double {
        let m = game.strategyCount
        var mean = 0.0
        for k in 0..<m {
            var fk = 0.0
            for l in 0..<m { fk += game.payoff(k, against: l) * shares[l] }
            f[k] = fk
            mean += shares[k] * fk
        }
        var total = 0.0
        for k in 0..<m {
            shares[k] *= 1 + rate * (f[k] - mean)
            total += shares[k]
        }
        for k in 0..<m { shares[k] /= total }
        return mean
    }
}
