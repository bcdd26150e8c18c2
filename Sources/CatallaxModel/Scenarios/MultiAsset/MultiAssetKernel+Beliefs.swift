import CatallaxNumerics

extension MultiAssetKernel {
    /// Draws every agent's starting beliefs.
    ///
    /// ```
    /// V_ij = V₀·exp(σ_V·z_ij),   (z_i,2k, z_i,2k+1) = Box–Muller of block (0, i, belief, k)
    /// ```
    @inlinable
    func _drawStartingBeliefs(_ p: MultiAssetParameters, keys: LaneKeys<V>) {
        let m = p.assets
        let v0 = V(repeating: p.referenceValue), spread = V(repeating: p.beliefSpread)
        for i in 0..<p.agents {
            let row = i * m
            for k in 0..<((m + 1) / 2) {
                let (z1, z2): (V, V) = Philox4x32.standardNormals(
                    counter: DrawCounter(step: 0, agent: UInt32(truncatingIfNeeded: i), purpose: .belief, index: UInt32(k)).words, key0: keys.key0, key1: keys.key1)
                _beliefs[row + 2 * k] = v0 * LaneMath.exp(spread * z1)
                if 2 * k + 1 < m { _beliefs[row + 2 * k + 1] = v0 * LaneMath.exp(spread * z2) }
            }
        }
    }

    /// Step 1 for every lane: each agent is active with probability `p_act`,
    /// and an active agent's log-beliefs take one one-factor shock.
    ///
    /// ```
    /// active_i  = word (i mod 4) of block (t, ⌊i/4⌋, activity, 0) < p_act·2³²
    /// ln V_ij  += σ_ε·(√ρ·n_0 + √(1 − ρ)·n_{j+1}),   (n_2k, n_2k+1) from block (t, i, shock, k)
    /// ```
    /// The normals are drawn only when some lane is active and applied under
    /// the activity mask, so inactive lanes keep their beliefs bit for bit.
    @inlinable
    func _moveBeliefs(_ p: MultiAssetParameters, step t: Int, keys: LaneKeys<V>) {
        let n = p.agents
        let threshold = BernoulliThreshold(probability: p.activity)
        let common = V(repeating: p.shockSize * p.shockCorrelation.squareRoot())
        let own = V(repeating: p.shockSize * (1 - p.shockCorrelation).squareRoot())
        let step = UInt32(truncatingIfNeeded: t)
        var group = 0
        while group * 4 < n {
            let block = Philox4x32.block(
                counter: DrawCounter(step: step, agent: UInt32(truncatingIfNeeded: group), purpose: .activity).words,
                key0: keys.key0, key1: keys.key1)
            let first = group * 4
            _shockIfActive(p, agent: first, step: step, active: threshold.accepts(block.0, as: V.self), common: common, own: own, keys: keys)
            if first + 1 < n { _shockIfActive(p, agent: first + 1, step: step, active: threshold.accepts(block.1, as: V.self), common: common, own: own, keys: keys) }
            if first + 2 < n { _shockIfActive(p, agent: first + 2, step: step, active: threshold.accepts(block.2, as: V.self), common: common, own: own, keys: keys) }
            if first + 3 < n { _shockIfActive(p, agent: first + 3, step: step, active: threshold.accepts(block.3, as: V.self), common: common, own: own, keys: keys) }
            group += 1
        }
    }

    /// One agent's belief shock on the lanes where it is active.
    @inlinable @inline(__always)
    func _shockIfActive(
        _ p: MultiAssetParameters, agent i: Int, step: UInt32, active: SIMDMask<V.MaskStorage>, common: V, own: V, keys: LaneKeys<V>
    ) {
        guard V.anyLane(active) else { return }
        let m = p.assets, row = i * m
        var factor = V()
        // Normal n_s: s = 0 is the factor, s = j + 1 asset j's own part.
        for k in 0...(m / 2) {
            let (z1, z2): (V, V) = Philox4x32.standardNormals(
                counter: DrawCounter(step: step, agent: UInt32(truncatingIfNeeded: i), purpose: .shock, index: UInt32(k)).words, key0: keys.key0, key1: keys.key1)
            let even = 2 * k, odd = 2 * k + 1
            if even == 0 { factor = z1 } else { _applyShock(at: row + even - 1, common * factor + own * z1, active) }
            if odd <= m { _applyShock(at: row + odd - 1, common * factor + own * z2, active) }
        }
    }

    /// `V ← V·exp(x)` where `active`.
    @inlinable @inline(__always)
    func _applyShock(at index: Int, _ x: V, _ active: SIMDMask<V.MaskStorage>) {
        let belief = _beliefs[index]
        _beliefs[index] = belief.replacing(with: belief * LaneMath.exp(x), where: active)
    }

    /// Step 2: the belief sums and the clearing's right-hand side.
    ///
    /// ```
    /// A_j = Σ_i V_ij                              (agent order)
    /// r_j = κ·((1 + g)·A_j − g·Σ_k A_k) + λ·N·κ·V₀ = a_j − c_j
    /// r_j += Σ_{ℓ<L} κ·V₀·A_ℓj                   with learners (their sums skip agents ℓ < L)
    /// ```
    @inlinable
    func _aggregateBeliefs(_ p: MultiAssetParameters) {
        let m = p.assets
        let sums = _row(.beliefSums), rhs = _row(.rightHandSide)
        for j in 0..<m { sums[j] = V() }
        // Learners (agents 0 … L − 1) hold no beliefs: only belief agents enter the sums.
        for i in _learners..<p.agents {
            let row = i * m
            for j in 0..<m { sums[j] += _beliefs[row + j] }
        }
        var total = V()
        for j in 0..<m { total += sums[j] }
        let g = p._crossWeight
        let ownWeight = V(repeating: p.reactivity * (1 + g)), crossWeight = V(repeating: p.reactivity * g)
        let makerShift = V(repeating: p.depth * Double(p.agents) * p.reactivity * p.referenceValue)
        for j in 0..<m { rhs[j] = ownWeight * sums[j] - crossWeight * total + makerShift }
        if _learners > 0 {
            let demand = _row(.learnerDemand)
            for j in 0..<m { rhs[j] += demand[j] }
        }
    }
}
