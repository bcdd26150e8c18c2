import CatallaxNumerics

extension EvolutionaryGamesKernel {
    /// One step of `best-response` (`prior == nil`) or `fictitious-play` in
    /// every lane (`docs/EvolutionaryGames.md`, "One step"): matching and
    /// payoffs from the start-of-step strategies, then each agent revising,
    /// with chance `r` (`w₁`), to `BR(b; s_i)`:
    ///
    /// ```
    /// best-response:    b_l = n_l − [s_i = l]     the others' counts before the step
    /// fictitious-play:  b_l = w₀·p₀_l + c_il      the belief: the prior and the partners met
    /// ```
    /// Returns each lane's mean realized payoff.
    @inlinable
    func _bestResponseStep(
        _ t: Int, game: SymmetricGame, agents n: Int, revision: BernoulliThreshold, keys: LaneKeys<V>, prior: [Double]?
    ) -> V {
        let lanes = V.scalarCount, m = game.strategyCount
        let step = UInt32(truncatingIfNeeded: t)
        let total = _matchingStep(step, game: game, agents: n, keys: keys, countingMet: prior != nil)
        if prior == nil {
            // Every s-player of a lane faces the same others' counts: m answers a lane.
            for lane in 0..<lanes {
                for s in 0..<m {
                    for l in 0..<m { _weights[lane * m + l] = Double(_counts[lane * m + l] - (l == s ? 1 : 0)) }
                    _responses[lane * m + s] = UInt8(game.bestResponse(to: _weights, offset: lane * m, current: s))
                }
            }
        }
        _revisionStep(step, strategies: m, agents: n, revision: revision, keys: keys) { lane, i, s, _ in
            guard let prior else { return _responses[lane * m + Int(s)] }
            let met = (lane * n + i) * m
            for l in 0..<m { _weights[l] = prior[l] + Double(_met[met + l]) }
            return UInt8(game.bestResponse(to: _weights, current: Int(s)))
        }
        return total / Double(n)
    }

    /// `max_i max_k |c_ik/T − p*_k|` of lane `lane`'s fictitious players after `T` steps:
    /// the empirical frequencies they best-respond to against the rest point `p*`.
    @inlinable
    func _beliefGap(lane: Int, agents n: Int, rest: [Double], steps: Int) -> Double {
        let m = rest.count
        var gap = 0.0
        for i in 0..<n {
            for k in 0..<m { gap = max(gap, abs(Double(_met[(lane * n + i) * m + k]) / Double(steps) - rest[k])) }
        }
        return gap
    }
}
