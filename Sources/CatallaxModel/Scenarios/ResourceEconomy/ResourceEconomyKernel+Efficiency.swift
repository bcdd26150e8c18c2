import CatallaxNumerics

extension ResourceEconomyKernel {
    /// The step's welfare and the welfare of the optimal allocation of the
    /// same capacity, over live agents, added to the tally
    /// (`docs/ResourceEconomy.md`, "Welfare and its optimum"):
    ///
    /// ```
    /// W_tj  = Σ_i A_ij·log1p(c_ij/n_i),   c_ij = r_ij + x^s_ij,   A_ij = a_ij n_i
    /// W*_tj = Σ_i A_ij·log1p((r_ij + x*_i)/n_i),   x* by WaterFilling of C_j(t) with B_i = n_i + r_ij
    ///       = Σ_{i: x*_i > 0} A_ij·(ln a_ij + ln τ_j)   for agents that hold no credits (r_ij = 0, x* = A τ − n)
    /// ```
    /// The second form, with `ln a_ij` drawn once per run, spares a
    /// division and a `log1p` per pair on every measured step.
    /// Agents with no need have `u ≡ 0` and count for neither.
    @inlinable
    func _measureEfficiency(_ p: ResourceEconomyParameters, tally: inout _ResourceTally<V>) {
        let n = p.agents, m = p.resources
        let need = _row(.need), dormant = _row(.dormant), value = _row(.value), redeemed = _row(.redeemed)
        let spotFill = _row(.spotFill), spot = _row(.spotOrder), factor = _row(.rationing)
        let proRata = p.rule == .posted || p.rule == .adjust, logValue = _row(.logValue)
        // Only the policy agents ever redeem credits; every other agent's r_ij is 0.
        let creditAgents = p.keepsCredits ? p.policyAgents : 0
        let scales = _column(0), offsets = _column(1)
        for j in 0..<m {
            var welfare = V()
            for i in 0..<n {
                let k = i * m + j
                let counts = (dormant[i] .== 0) .& (need[i] .> 0)
                let a = V().replacing(with: value[k] * need[i], where: counts)
                scales[i] = a
                offsets[i] = need[i] + redeemed[k]
                let consumed = redeemed[k] + (proRata ? spot[k] * factor[j] : spotFill[k])
                welfare += V().replacing(with: a * LaneMath.log1p(consumed / need[i]), where: counts)
            }
            let solved = WaterFilling.level(
                capacity: _row(.capacity)[j], weights: UnsafeBufferPointer(start: scales, count: n),
                offsets: UnsafeBufferPointer(start: offsets, count: n))
            var optimum = V()
            let logLevel = LaneMath.log(solved.level)
            for i in 0..<n {
                let x = WaterFilling.allocation(level: solved.level, weight: scales[i], offset: offsets[i])
                let k = i * m + j
                if i < creditAgents {
                    let counts = scales[i] .> 0
                    optimum += V().replacing(with: scales[i] * LaneMath.log1p((redeemed[k] + x) / need[i]), where: counts)
                } else {
                    // r = 0, so where x > 0 (hence A > 0), (r + x)/n = a·τ − 1 and the term is A·ln(a·τ).
                    optimum += V().replacing(with: scales[i] * (logValue[k] + logLevel), where: x .> 0)
                }
            }
            tally.welfare += welfare
            tally.optimalWelfare += optimum
        }
    }
}
