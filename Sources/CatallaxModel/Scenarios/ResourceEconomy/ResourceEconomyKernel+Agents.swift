import CatallaxNumerics

extension ResourceEconomyKernel {
    /// Resets the state to the start of a run and draws the agents
    /// (`docs/ResourceEconomy.md`, "State of one run"):
    ///
    /// ```
    /// ν_i  = exp(σ_ν·z_i1 − σ_ν²/2),   φ_i = σ_φ·z_i2         (0, i, belief, 0)
    /// π_ij = M·exp(σ_π·z_ij)/Σ_k exp(σ_π·z_ik)                 (0, i, belief, 1 + k), pairs
    /// a_ij = 2·m·π_ij·p̄,   B_i(0) = B₀·ν_i,   C̄ = h·n̄·Σ_i ν_i
    /// β_i(−1): word i mod 4 of (0, ⌊i/4⌋, burst, 1) against π_b
    /// ```
    @inlinable
    func _start(_ p: ResourceEconomyParameters, keys: LaneKeys<V>, runCount: Int) {
        let n = p.agents, m = p.resources
        _agents = n
        _resources = m
        _expiry = p.expiry
        _failures = [String?](repeating: nil, count: runCount)
        let size = _row(.size), sine = _row(.sinePhase), cosine = _row(.cosinePhase)
        let wallet = _row(.wallet), value = _row(.value)
        let sizeSpread = p.sizeSpread, halfVariance = sizeSpread * sizeSpread / 2
        let valueScale = 2 * p.incomeMultiple * p.basePrice
        var totalSize = V()
        for i in 0..<n {
            let (z1, z2) = _normalPair(agent: i, index: 0, keys: keys)
            let nu = LaneMath.exp(sizeSpread * z1 - halfVariance)
            size[i] = nu
            totalSize += nu
            let phase = p.phaseSpread * z2
            let angle = LaneMath.cosineAndSine(ofTurns: phase - phase.rounded(.down))
            sine[i] = angle.sine
            cosine[i] = angle.cosine
            wallet[i] = p.initialBalance * nu
            _row(.dormant)[i] = V()
            _row(.upSteps)[i] = V()
            _row(.burst)[i] = V()
            _row(.nextBlockNeed)[i] = V()
            _drawPreferences(p, agent: i, into: value + i * m, scale: valueScale, keys: keys)
            for k in (i * m)..<(i * m + m) { _row(.logValue)[k] = LaneMath.log(value[k]) }
        }
        for row in _PairRow.allCases where row != .value && row != .logValue {
            _row(row).update(repeating: V(), count: n * m)
        }
        if p.load == .bursts { _drawInitialBursts(p, keys: keys) }
        _meanCapacity = p.headroom * p.need * totalSize
        _startingMoney = V()
        for i in 0..<n { _startingMoney += wallet[i] }
        for j in 0..<m {
            for row in _ResourceRow.allCases { _row(row)[j] = V() }
            _row(.capacity)[j] = _meanCapacity
            _row(.nextCapacity)[j] = _meanCapacity
            _row(.openingCapacity)[j] = _meanCapacity
            for row in [_ResourceRow.quote, .price, .nextQuote, .previousPrice, .forecast] {
                _row(row)[j] = V(repeating: p.basePrice)
            }
        }
        for index in 0..<(p.keepsCredits ? p.policyAgents * m * p.expiry : 0) { _lots[index] = V() }
        _provider = V()
        _outside = V()
        _creditsBought = V()
        _creditsRedeemed = V()
        _creditsExpired = V()
        _creditsForfeited = V()
        if p.policy.forecasts {
            for j in 0..<m { _forecasts[j].reset(basePrice: p.basePrice) }
        }
    }

    /// The Box–Muller pair of the block `(0, i, belief, index)`: the cosine
    /// and the sine deviate.
    @inlinable @inline(__always)
    func _normalPair(agent i: Int, index: Int, keys: LaneKeys<V>) -> (V, V) {
        Philox4x32.standardNormals(
            counter: DrawCounter(step: 0, agent: UInt32(i), purpose: .belief, index: UInt32(index)).words,
            key0: keys.key0, key1: keys.key1)
    }

    /// Agent `i`'s values `a_ij = scale·π_ij`, `π_ij = M·exp(σ_π z_ij)/Σ_k exp(σ_π z_ik)`
    /// (exactly 1 when `M = 1`).
    @inlinable
    func _drawPreferences(_ p: ResourceEconomyParameters, agent i: Int, into values: UnsafeMutablePointer<V>, scale: Double, keys: LaneKeys<V>) {
        let m = p.resources
        var total = V()
        for k in 0..<((m + 1) / 2) {
            let (z0, z1) = _normalPair(agent: i, index: 1 + k, keys: keys)
            values[2 * k] = LaneMath.exp(p.preferenceSpread * z0)
            total += values[2 * k]
            if 2 * k + 1 < m {
                values[2 * k + 1] = LaneMath.exp(p.preferenceSpread * z1)
                total += values[2 * k + 1]
            }
        }
        let weight = Double(m) / total
        for j in 0..<m { values[j] = scale * (values[j] * weight) }
    }

    /// Word `i mod 4` of a block that serves agents `4⌊i/4⌋ … 4⌊i/4⌋+3`.
    @inlinable @inline(__always)
    func _word(_ block: (V.Bits, V.Bits, V.Bits, V.Bits), agent i: Int) -> V.Bits {
        switch i & 3 {
        case 0: block.0
        case 1: block.1
        case 2: block.2
        default: block.3
        }
    }

    /// `β_i(−1)`, on with probability `π_b`.
    @inlinable
    func _drawInitialBursts(_ p: ResourceEconomyParameters, keys: LaneKeys<V>) {
        let on = BernoulliThreshold(probability: min(1, p.burstShare))
        let burst = _row(.burst)
        for q in 0..<((p.agents + 3) / 4) {
            let block = Philox4x32.block(
                counter: DrawCounter(step: 0, agent: UInt32(q), purpose: .burst, index: 1).words, key0: keys.key0, key1: keys.key1)
            for i in (4 * q)..<min(p.agents, 4 * q + 4) {
                burst[i] = V().replacing(with: 1, where: on.accepts(_word(block, agent: i), as: V.self))
            }
        }
    }

    /// Moves every agent's burst chain `states` to step `t`: an idle agent
    /// starts with probability `p_on`, a bursting one stops with `p_off`
    /// (word `i mod 4` of `(t, ⌊i/4⌋, burst, 0)`).
    @inlinable
    func _advanceBursts(_ p: ResourceEconomyParameters, step t: Int, states: UnsafeMutablePointer<V>, keys: LaneKeys<V>) {
        let start = BernoulliThreshold(probability: p.burstOn), stop = BernoulliThreshold(probability: p.burstOff)
        for q in 0..<((p.agents + 3) / 4) {
            let block = Philox4x32.block(
                counter: DrawCounter(step: UInt32(truncatingIfNeeded: t), agent: UInt32(q), purpose: .burst).words,
                key0: keys.key0, key1: keys.key1)
            for i in (4 * q)..<min(p.agents, 4 * q + 4) {
                let word = _word(block, agent: i)
                let bursting = states[i] .== 1
                let starts = start.accepts(word, as: V.self), stops = stop.accepts(word, as: V.self)
                states[i] = V().replacing(with: 1, where: (bursting .& .!stops) .| (.!bursting .& starts))
            }
        }
    }

    /// `S(t)`: 1 in the lanes where a surge is on at step `t` (`daily` only).
    ///
    /// ```
    /// day d = ⌊t/D⌋:  surge ⇔ word 0 of (d, 0, surge, 0) < p_s·2³²
    /// o_d = min(⌊u_d·(D − d_s + 1)⌋, D − d_s),  u_d from words 2–3
    /// S(t) = 1 ⇔ surge ∧ o_d ≤ t mod D < o_d + d_s
    /// ```
    /// A pure function of `t`, so the oracle reads future surges from it.
    @inlinable
    func _surge(_ p: ResourceEconomyParameters, step t: Int, keys: LaneKeys<V>) -> V {
        guard p.load == .daily, p.surgeProbability > 0 else { return V() }
        let day = t / p.day, offset = Double(t % p.day)
        let block = Philox4x32.block(
            counter: DrawCounter(step: UInt32(truncatingIfNeeded: day), agent: 0, purpose: .surge).words, key0: keys.key0, key1: keys.key1)
        let happens = BernoulliThreshold(probability: p.surgeProbability).accepts(block.0, as: V.self)
        let u: V = Philox4x32.unitInterval(hi: block.2, lo: block.3)
        let latest = Double(p.day - p.surgeLength)
        let start = V.minimum((u * (latest + 1)).rounded(.down), V(repeating: latest))
        let on = happens .& (start .<= offset) .& (V(repeating: offset) .< start + Double(p.surgeLength))
        return V().replacing(with: 1, where: on)
    }

    /// The daily cycle's `(sin 2π(t mod D)/D, cos 2π(t mod D)/D)`, the same in every lane.
    @inlinable @inline(__always)
    func _dailyAngle(_ p: ResourceEconomyParameters, step t: Int) -> (sine: V, cosine: V) {
        let angle = LaneMath.cosineAndSine(ofTurns: V(repeating: Double(t % p.day) / Double(p.day)))
        return (angle.sine, angle.cosine)
    }

    /// `n_i(s) = n̄·ν_i·L_i(s)` from the step's angle, surge and the agent's burst state.
    ///
    /// ```
    /// constant: L = 1;   daily: L = (1 + A·(sin_s cos φ̂_i + cos_s sin φ̂_i))·(1 + s·S);   bursts: L = (1 + b·β_i)/(1 + b·π_b)
    /// ```
    @inlinable @inline(__always)
    func _need(
        _ p: ResourceEconomyParameters, agent i: Int, angle: (sine: V, cosine: V), surgeFactor: V, burst: V
    ) -> V {
        let base = p.need * _row(.size)[i]
        switch p.load {
        case .constant:
            return base
        case .daily:
            let cycle = angle.sine.addingProduct(_row(.cosinePhase)[i], angle.cosine * _row(.sinePhase)[i])
            return base * ((1 + p.amplitude * cycle) * surgeFactor)
        case .bursts:
            return base * ((1 + p.burstSize * burst) / (1 + p.burstSize * p.burstShare))
        }
    }

    /// Step 1: every agent's need `n_i(t)`, dormant or not, after moving
    /// the burst chains to `t`.
    @inlinable
    func _computeNeeds(_ p: ResourceEconomyParameters, step t: Int, surge: V, keys: LaneKeys<V>) {
        let need = _row(.need), burst = _row(.burst)
        if let needs = _needsOverride {
            for i in 0..<p.agents { need[i] = V(repeating: needs(t, i)) }
            return
        }
        if p.load == .bursts { _advanceBursts(p, step: t, states: burst, keys: keys) }
        let angle = p.load == .daily ? _dailyAngle(p, step: t) : (V(), V())
        let surgeFactor = 1 + p.surgeSize * surge
        for i in 0..<p.agents {
            need[i] = _need(p, agent: i, angle: angle, surgeFactor: surgeFactor, burst: burst[i])
        }
    }
}
