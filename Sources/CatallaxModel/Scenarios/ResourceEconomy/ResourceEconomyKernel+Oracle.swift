import CatallaxNumerics

extension ResourceEconomyKernel {
    /// The oracle coalition's plan at the block start `t₀ = kH`
    /// (`docs/ResourceEconomy.md`, "Oracle"): it reads the future needs
    /// (burst and surge draws are pure functions of their counters) and
    /// fills the valleys of the others' load with its next block's need.
    ///
    /// ```
    /// L(s) = Σ_{i ∉ oracle, live} n_i(s),  s ∈ [t₀, t₀+H)       E_i = Σ_{s ∈ [t₀+H, t₀+2H)} n_i(s)  (oracle, live)
    /// E = Σ_i E_i;   e(s) = max(0, h − L(s)),  Σ_s e(s) = E      (ValleyFilling, per lane)
    /// ```
    /// Needs are the same on every resource, so one plan serves all of them.
    @inlinable
    func _planBlock(_ p: ResourceEconomyParameters, start t0: Int, keys: LaneKeys<V>) {
        let h = p.block, oracles = p.policyAgents
        let load = _oracleBlock.baseAddress!, plan = load + _capacityBlock
        let dormant = _row(.dormant), nextNeed = _row(.nextBlockNeed), ahead = _row(.burstAhead), burst = _row(.burst)
        for s in 0..<h { load[s] = V() }
        for i in 0..<p.agents {
            nextNeed[i] = V()
            ahead[i] = burst[i]
        }
        for s in t0..<(t0 + 2 * h) {
            let surge = _surge(p, step: s, keys: keys)
            if p.load == .bursts { _advanceBursts(p, step: s, states: ahead, keys: keys) }
            let angle = p.load == .daily ? _dailyAngle(p, step: s) : (V(), V())
            let surgeFactor = 1 + p.surgeSize * surge
            let inThisBlock = s < t0 + h
            for i in (inThisBlock ? oracles : 0)..<(inThisBlock ? p.agents : oracles) {
                let need = V().replacing(
                    with: _need(p, agent: i, angle: angle, surgeFactor: surgeFactor, burst: ahead[i]), where: dormant[i] .== 0)
                if inThisBlock {
                    load[s - t0] += need
                } else {
                    nextNeed[i] += need
                }
            }
        }
        var total = V()
        for i in 0..<oracles { total += nextNeed[i] }
        _oracleTotal = total
        let scratch = _laneScratch.baseAddress!
        for lane in 0..<V.scalarCount {
            for s in 0..<h { scratch[s] = load[s][lane] }
            let level = ValleyFilling.level(
                otherLoad: UnsafeBufferPointer(start: scratch, count: h), flexible: total[lane],
                sortedScratch: UnsafeMutableBufferPointer(start: scratch + h, count: h))
            for s in 0..<h { plan[s][lane] = ValleyFilling.purchase(level: level, otherLoad: scratch[s]) }
        }
    }
}
