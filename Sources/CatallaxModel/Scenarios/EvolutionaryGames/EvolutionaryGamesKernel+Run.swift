import CatallaxNumerics

extension EvolutionaryGamesKernel: ScenarioKernel {
    /// Runs one batch: `runCount` replicates of `parameters`, one per lane,
    /// keyed by `keys`: `T` steps of the chosen dynamics, with the metric sums
    /// over `t ≥ T₀`.
    /// - Returns: the outcome of each real run, in lane order, values in
    ///   ``EvolutionaryGamesMetric/allCases`` order.
    /// - Complexity: O(T·N) per lane for agents (O(T·N·m²) for fictitious players), O(T·m²) under `replicator`.
    @inlinable
    public func run<Observer: StepObserver<V>>(
        _ parameters: EvolutionaryGamesParameters, keys: LaneKeys<V>, runCount: Int, observer: inout Observer
    ) -> [RunOutcome] {
        precondition((1...V.scalarCount).contains(runCount), "a batch holds 1…\(V.scalarCount) runs")
        let p = parameters, game = p.payoffMatrix, m = game.strategyCount
        let agents = p.dynamics.hasAgents ? p.agents : 0
        let prior = p.initialShares.map { p.prior * $0 }
        let replicator = ReplicatorDynamics(game: game, rate: p.revision / max(game.largestDifference, .leastNormalMagnitude))
        let revision = BernoulliThreshold(probability: p.revision)
        _start(p, game: game)
        var sums = EvolutionaryGamesSums<V>(strategies: m)
        observer.stepEnded(-1, EvolutionaryGamesState(kernel: self, runCount: runCount, game: game, agents: agents))
        for t in 0..<p.steps {
            let payoff = switch p.dynamics {
            case .imitation: _imitationStep(t, game: game, agents: agents, revision: revision, keys: keys)
            case .replicator: _replicatorStep(replicator)
            case .bestResponse, .fictitiousPlay:
                _bestResponseStep(t, game: game, agents: agents, revision: revision, keys: keys,
                                  prior: p.dynamics == .fictitiousPlay ? prior : nil)
            }
            if t >= p.burnIn { sums.add(shares: _shares, payoff: payoff) }
            observer.stepEnded(t, EvolutionaryGamesState(kernel: self, runCount: runCount, game: game, agents: agents))
        }
        observer.runEnded(finalPrice: _firstShares(game: game))
        let window = Double(p.steps - p.burnIn)
        let rest = p.game.restPoint(value: p.value, cost: p.cost)
        return (0..<runCount).map { lane in
            let final = _shares[lane * m]
            var gap = 0.0
            if let rest {
                for k in 0..<m { gap = max(gap, abs(sums.shareSum[lane * m + k] / window - rest[k])) }
            }
            let values: [Double?] = [
                final,
                sums.shareSum[lane * m] / window,
                sums.firstShare.populationStandardDeviation[lane],
                rest == nil ? nil : gap,
                sums.payoff[lane] / window,
                (0..<m).contains { _shares[lane * m + $0] == 1 } ? 1 : 0,
                _met.isEmpty ? nil : rest.map { _beliefGap(lane: lane, agents: agents, rest: $0, steps: p.steps) },
            ]
            return RunOutcome(values: values, failure: values.contains { $0.map { !$0.isFinite } ?? false } ? "a metric is not finite" : nil)
        }
    }
}
