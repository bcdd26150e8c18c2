import CatallaxNumerics

/// A worker's state for running the `evolutionary-games` scenario on
/// `V.scalarCount` replicates of one point. Under `imitation` each lane has
/// its own `N` agents' strategies (flat arrays `[lane·N + i]`); the lanes
/// step in lockstep, agent by agent, so one vector Philox block serves agent
/// `i` in every lane, and each lane's matching and imitation is scalar code
/// over its own agents: a run gives the same bits at every lane width.
/// Under `replicator` each lane iterates the same shares. Buffers are sized
/// when a batch starts; nothing is allocated per step. See
/// `docs/EvolutionaryGames.md`.
public final class EvolutionaryGamesKernel<V: LaneVector> {
    /// `s_i` of every lane's agents at the start of the step.
    @usableFromInline var _strategies: [UInt8] = []
    /// The strategies being written for the next step.
    @usableFromInline var _next: [UInt8] = []
    /// `π_i`, every lane's agents' payoffs this step.
    @usableFromInline var _payoffs: [Double] = []
    /// Agents of each strategy, `[lane·m + k]`, after the step.
    @usableFromInline var _counts: [Int] = []
    /// `p_k` of each lane, `[lane·m + k]` (`replicator`; under `imitation` `count/N`).
    @usableFromInline var _shares: [Double] = []
    /// `p_k` of the continuum (`replicator`), the same in every lane.
    @usableFromInline var _replicatorShares: [Double] = []
    /// Scratch for `f_k` of the replicator step.
    @usableFromInline var _expected: [Double] = []
    /// `c_il`, every lane's fictitious players' counts of the strategies met, `[(lane·N + i)·m + l]`.
    @usableFromInline var _met: [UInt32] = []
    /// Scratch: the weights `b_l` a best response is taken against (`[lane·m + l]` under
    /// `best-response`, the first `m` under `fictitious-play`).
    @usableFromInline var _weights: [Double] = []
    /// Under `best-response`, `BR(n − e_s; s)` of each lane's `s`-players this step, `[lane·m + s]`.
    @usableFromInline var _responses: [UInt8] = []

    /// A worker for points like `point` (buffers grow as batches start).
    @inlinable
    public init(sizedFor point: EvolutionaryGamesParameters) {}

    /// Sizes the buffers and sets every lane's initial strategies and shares.
    @inlinable
    func _start(_ p: EvolutionaryGamesParameters, game: SymmetricGame) {
        let lanes = V.scalarCount, m = game.strategyCount
        let n = p.dynamics.hasAgents ? p.agents : 0
        _strategies = Array(repeating: 0, count: lanes * n)
        _next = _strategies
        _payoffs = Array(repeating: 0, count: lanes * n)
        _counts = Array(repeating: 0, count: lanes * m)
        _shares = Array(repeating: 0, count: lanes * m)
        _expected = Array(repeating: 0, count: m)
        _met = Array(repeating: 0, count: p.dynamics == .fictitiousPlay ? lanes * n * m : 0)
        _weights = Array(repeating: 0, count: lanes * m)
        _responses = Array(repeating: 0, count: lanes * m)
        _replicatorShares = p.initialShares
        let counts = p.initialCounts, shares = p.initialShares
        for lane in 0..<lanes {
            var i = lane * n
            for k in 0..<m {
                _counts[lane * m + k] = counts[k]
                _shares[lane * m + k] = n > 0 ? Double(counts[k]) / Double(p.agents) : shares[k]
                guard n > 0 else { continue }
                for _ in 0..<counts[k] { _strategies[i] = UInt8(k); i += 1 }
            }
        }
    }

    /// The share of strategy 1 in every lane, the observer's "price".
    @inlinable
    func _firstShares(game: SymmetricGame) -> V {
        var share = V()
        for lane in 0..<V.scalarCount { share[lane] = _shares[lane * game.strategyCount] }
        return share
    }
}
