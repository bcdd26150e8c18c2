import CatallaxNumerics

/// The population after a step, as an observer sees it: the share of
/// strategy 1 in place of a price, each lane's counts, shares and (under
/// dynamics of agents) agents' strategies, and the invariants of
/// `docs/EvolutionaryGames.md`.
public struct EvolutionaryGamesState<V: LaneVector>: StepState {
    /// The share of strategy 1, per lane.
    public let snapshot: StepSnapshot<V>
    @usableFromInline let _kernel: EvolutionaryGamesKernel<V>
    @usableFromInline let _runCount: Int
    @usableFromInline let _strategies: Int
    @usableFromInline let _agents: Int

    @inlinable init(kernel: EvolutionaryGamesKernel<V>, runCount: Int, game: SymmetricGame, agents: Int) {
        snapshot = StepSnapshot(price: kernel._firstShares(game: game))
        _kernel = kernel
        _runCount = runCount
        _strategies = game.strategyCount
        _agents = agents
    }

    /// `p_k` of every strategy, lane `lane`.
    public func shares(lane: Int) -> [Double] { Array(_kernel._shares[lane * _strategies..<(lane + 1) * _strategies]) }
    /// Agents of each strategy, lane `lane` (`imitation`).
    public func counts(lane: Int) -> [Int] { Array(_kernel._counts[lane * _strategies..<(lane + 1) * _strategies]) }
    /// `s_i` of every agent, lane `lane` (empty under `replicator`).
    public func strategies(lane: Int) -> [UInt8] { Array(_kernel._strategies[lane * _agents..<(lane + 1) * _agents]) }
    /// `π_i` of every agent in the step, lane `lane` (dynamics of agents).
    public func payoffs(lane: Int) -> [Double] { Array(_kernel._payoffs[lane * _agents..<(lane + 1) * _agents]) }
    /// `c_il`, how often agent `i` met an `l`-strategist, `[i·m + l]`, lane `lane` (`fictitious-play`; else empty).
    public func met(lane: Int) -> [UInt32] {
        guard !_kernel._met.isEmpty else { return [] }
        let size = _agents * _strategies
        return Array(_kernel._met[lane * size..<(lane + 1) * size])
    }

    /// The invariants: counts add to `N` and match the strategies, shares are
    /// `count/N`, every fictitious player has met as many partners as the
    /// others (one a step); under `replicator` shares are non-negative and add to 1.
    public func violatedInvariant(lane: Int) -> String? {
        guard lane < _runCount else { return nil }
        let shares = shares(lane: lane)
        guard shares.allSatisfy({ $0.isFinite && $0 >= 0 }) else { return "a share is negative or not finite: \(shares)" }
        guard _agents > 0 else {
            let total = shares.reduce(0, +)
            return abs(total - 1) <= 1e-12 ? nil : "the shares add up to \(total), not 1"
        }
        let counts = counts(lane: lane)
        guard counts.reduce(0, +) == _agents else { return "the counts \(counts) do not add up to N = \(_agents)" }
        var tally = Array(repeating: 0, count: _strategies)
        for s in strategies(lane: lane) {
            guard Int(s) < _strategies else { return "an agent holds strategy \(s) of \(_strategies)" }
            tally[Int(s)] += 1
        }
        guard tally == counts else { return "the counts \(counts) disagree with the agents' strategies \(tally)" }
        for k in 0..<_strategies where shares[k] != Double(counts[k]) / Double(_agents) {
            return "share \(k) = \(shares[k]) is not \(counts[k])/\(_agents)"
        }
        let met = met(lane: lane)
        if !met.isEmpty {
            let played = met[0..<_strategies].reduce(0, +)
            for i in 0..<_agents where met[i * _strategies..<(i + 1) * _strategies].reduce(0, +) != played {
                return "agent \(i) has met \(met[i * _strategies..<(i + 1) * _strategies].reduce(0, +)) partners, agent 0 \(played)"
            }
        }
        return nil
    }
}
