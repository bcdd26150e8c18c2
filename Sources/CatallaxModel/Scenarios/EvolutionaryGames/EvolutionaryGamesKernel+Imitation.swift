import CatallaxNumerics

extension EvolutionaryGamesKernel {
    /// `(i + 1 + ⌊w·(N − 1)/2³²⌋) mod N`: a uniform other agent than `i`, from one random word.
    @inlinable @inline(__always)
    static func _other(_ i: Int, word: UInt64, agents n: Int) -> Int {
        let offset = Int((word &* UInt64(n - 1)) &>> 32)
        let j = i + 1 + offset
        return j < n ? j : j - n
    }

    /// Agent `i`'s four words of step `t` in every lane: the block at `(t, i, decision, 0)`.
    @inlinable @inline(__always)
    static func _words(step: UInt32, agent i: Int, keys: LaneKeys<V>) -> (V.Bits, V.Bits, V.Bits, V.Bits) {
        Philox4x32.block(
            counter: DrawCounter(step: step, agent: UInt32(truncatingIfNeeded: i), purpose: .decision).words,
            key0: keys.key0, key1: keys.key1)
    }

    /// One step of proportional imitation in every lane (`docs/EvolutionaryGames.md`,
    /// "One step"): matching and payoffs from the start-of-step strategies,
    /// then each agent's revision; returns each lane's mean realized payoff.
    @inlinable
    func _imitationStep(_ t: Int, game: SymmetricGame, agents n: Int, revision: BernoulliThreshold, keys: LaneKeys<V>) -> V {
        let m = game.strategyCount
        let spread = game.largestDifference
        let step = UInt32(truncatingIfNeeded: t)
        let total = _matchingStep(step, game: game, agents: n, keys: keys, countingMet: false)
        // Revision: with chance r look at other(w₂), adopt its strategy with chance (π_k − π_i)⁺/Δ.
        _revisionStep(step, strategies: m, agents: n, revision: revision, keys: keys) { lane, i, s, w in
            let base = lane * n
            let k = Self._other(i, word: w.2[lane], agents: n)
            let gain = _payoffs[base + k] - _payoffs[base + i]
            return gain > 0 && Double(w.3[lane]) * 0x1p-32 < gain / spread ? _strategies[base + k] : s
        }
        return total / Double(n)
    }

    /// Step 2 of every dynamics of agents: each agent revises with chance `r`
    /// (`w₁ < round(r·2³²)`) to `revised(lane, i, s_i, words)`, reading the
    /// start-of-step strategies; then the counts and shares after the step.
    /// Always inlined, so that each dynamics' `revised` is inlined into the
    /// agent loop rather than called through a closure context per agent.
    @inlinable @inline(__always)
    func _revisionStep(
        _ step: UInt32, strategies m: Int, agents n: Int, revision: BernoulliThreshold, keys: LaneKeys<V>,
        revised: (_ lane: Int, _ agent: Int, _ current: UInt8, _ words: (V.Bits, V.Bits, V.Bits, V.Bits)) -> UInt8
    ) {
        let lanes = V.scalarCount
        for lane in 0..<lanes {
            for k in 0..<m { _counts[lane * m + k] = 0 }
        }
        for i in 0..<n {
            let w = Self._words(step: step, agent: i, keys: keys)
            for lane in 0..<lanes {
                let base = lane * n
                var s = _strategies[base + i]
                if revision.accepts(UInt32(truncatingIfNeeded: w.1[lane])) { s = revised(lane, i, s, w) }
                _next[base + i] = s
                _counts[lane * m + Int(s)] += 1
            }
        }
        swap(&_strategies, &_next)
        for lane in 0..<lanes {
            for k in 0..<m { _shares[lane * m + k] = Double(_counts[lane * m + k]) / Double(n) }
        }
    }

    /// Step 1 of every dynamics of agents: agent `i` meets `j = other(w₀)` and
    /// earns `π_i = A[s_i][s_j]`; fictitious players also count `s_j`
    /// (`c_{i,s_j} += 1`). Returns each lane's summed payoff. Always inlined,
    /// so that each caller's constant `countingMet` removes the branch from
    /// the loop (imitation was 16–20% slower with it out of line).
    @inlinable @inline(__always)
    func _matchingStep(_ step: UInt32, game: SymmetricGame, agents n: Int, keys: LaneKeys<V>, countingMet: Bool) -> V {
        let m = game.strategyCount
        var total = V()
        for i in 0..<n {
            let w = Self._words(step: step, agent: i, keys: keys)
            for lane in 0..<V.scalarCount {
                let base = lane * n
                let j = Self._other(i, word: w.0[lane], agents: n)
                let met = Int(_strategies[base + j])
                let payoff = game.payoff(Int(_strategies[base + i]), against: met)
                _payoffs[base + i] = payoff
                total[lane] += payoff
                if countingMet { _met[(base + i) * m + met] += 1 }
            }
        }
        return total
    }

    /// One replicator step, the same in every lane (the continuum has no
    /// noise); returns the mean expected payoff before it.
    @inlinable
    func _replicatorStep(_ dynamics: ReplicatorDynamics) -> V {
        let m = dynamics.game.strategyCount
        let mean = dynamics.step(&_replicatorShares, payoffs: &_expected)
        for lane in 0..<V.scalarCount {
            for k in 0..<m { _shares[lane * m + k] = _replicatorShares[k] }
        }
        return V(repeating: mean)
    }
}
