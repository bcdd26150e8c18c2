extension ResourceArbitrageRun {
    /// The run's metrics in ``ResourceArbitrageMetric/allCases`` order
    /// (`docs/ResourceArbitrage.md`, "Metrics"); the run fails if its final
    /// state breaks an invariant, and keeps its metrics.
    @inlinable func outcome() -> RunOutcome {
        let p = point, steps = Double(p.steps), calm = p.shockRate == 0
        var flowing = 0, full = 0
        for d in 0..<flow.count where d < Int(network.reverse[d]) {
            let back = Int(network.reverse[d])
            guard flow[d] > 0 || flow[back] > 0 else { continue }
            flowing += 1
            if flow[d] == capacity[d] || flow[back] == capacity[back] { full += 1 }
        }
        let links = network.linkCount
        let values: [Double?] = [
            tally.dispersion / steps,
            dispersion,
            tally.autarkyDispersion,
            calm ? Double(tally.lastUnsettledStep + 1) : nil,
            calm ? (violation <= p.tolerance ? 1 : 0) : nil,
            Double(tally.restingSteps) / steps,
            tally.violation / steps,
            tally.demand > 0 ? tally.unmet / tally.demand : 0,
            tally.profit / steps,
            tally.volume / steps,
            tally.gain / (Double(market.count) * steps),
            calm && gain > 0 ? (tally.gain / steps) / gain : nil,
            links > 0 ? Double(flowing) / Double(links) : nil,
            flowing > 0 ? Double(full) / Double(flowing) : nil,
        ]
        return RunOutcome(values: values, failure: violatedInvariant())
    }

    /// The first of the scenario's invariants that fails, in words, or `nil`
    /// (`docs/ResourceArbitrage.md`, "Invariants"):
    ///
    /// ```
    /// units:      S_i(p_i) + m_i + r_i − w_i − D_i(p_i) = 0     to 10⁻⁹·(1 + a_i + |m_i|)
    /// shipments:  Σ_i m_i = 0                                   to 10⁻⁹·(1 + Σ_d x_d)
    /// flows:      0 ≤ x_d ≤ u_d
    /// prices:     0 ≤ p_i ≤ p̄;  r_i, w_i ≥ 0;  r_i > 0 ⇒ p_i = p̄;  w_i > 0 ⇒ p_i = 0;  0 < θ_i ≤ 1;  finite
    /// money:      Σ_d A_d + Y + Σ_i B_i = 0                    to 10⁻⁹·(1 + Σ_t Σ_i |p_i m_i|)
    /// ```
    @inlinable func violatedInvariant() -> String? {
        let cap = point.priceCap
        var imports = 0.0, shipped = 0.0, money = carrierCash
        for i in 0..<market.count {
            let node = market[i], p = price[i], m = netImports[i], r = unmet[i], w = spill[i], θ = supplyScale[i]
            if !(p.isFinite && m.isFinite && r.isFinite && w.isFinite) { return "node \(i) has price \(p), imports \(m), unmet \(r), spill \(w)" }
            if !(p >= 0 && p <= cap) { return "node \(i)'s price \(p) is outside [0, \(cap)]" }
            if !(r >= 0 && w >= 0) { return "node \(i) has unmet demand \(r) and spill \(w)" }
            if r > 0 && p != cap { return "node \(i) leaves \(r) unmet at price \(p), below the cap \(cap)" }
            if w > 0 && p != 0 { return "node \(i) spills \(w) at price \(p), above 0" }
            if !(θ > 0 && θ <= 1) { return "node \(i)'s supply scale is \(θ)" }
            let units = node.supply(atPrice: p) + m + r - w - node.demand(atPrice: p)
            if !(Swift.abs(units) <= 1e-9 * (1 + node.demandIntercept + Swift.abs(m))) {
                return "node \(i) does not clear: supply + imports + unmet − spill − demand = \(units)"
            }
            imports += m
            money += traderCash[i]
        }
        for d in 0..<flow.count {
            let x = flow[d]
            if !(x >= 0 && x <= capacity[d]) { return "direction \(tail[d]) → \(network.head[d]) ships \(x), outside [0, \(capacity[d])]" }
            shipped += x
            money += agentCash[d]
        }
        if !(Swift.abs(imports) <= 1e-9 * (1 + shipped)) { return "net imports add up to \(imports), not 0" }
        if !(Swift.abs(money) <= 1e-9 * (1 + moneyTurnover)) { return "money is not conserved: the accounts add up to \(money)" }
        return nil
    }
}
