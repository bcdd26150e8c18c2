extension SlaMarketRun {
    /// The run's metrics in ``SlaMarketMetric/allCases`` order
    /// (`docs/SlaMarket.md`, "Metrics"); the run fails if its final state
    /// breaks an invariant, and keeps its metrics.
    @inlinable func outcome() -> RunOutcome {
        let p = point
        let steps = Double(p.steps)
        let honest = typeCounts[0] + typeCounts[1], cheating = typeCounts[2], strategic = typeCounts[3]
        func ratio(_ numerator: Double, _ denominator: Double) -> Double? { denominator > 0 ? numerator / denominator : nil }
        func surviving(_ types: [SlaProviderKind], of count: Int) -> Double? {
            guard count > 0 else { return nil }
            var staying = 0
            for j in 0..<p.providers where !hasLeft[j] && types.contains(kind[j]) { staying += 1 }
            return Double(staying) / Double(count)
        }
        let values: [Double?] = [
            ratio(tally.breaches, tally.settled),
            ratio(tally.misses, tally.settled),
            ratio(tally.audits, tally.settled),
            ratio(tally.frauds, tally.skippedSettled),
            tally.penalties / steps,
            tally.refunds / steps,
            honest > 0 ? tally.honestProfit / (Double(honest) * steps) : nil,
            cheating > 0 ? tally.cheaterProfit / (Double(cheating) * steps) : nil,
            strategic > 0 ? tally.strategicProfit / (Double(strategic) * steps) : nil,
            tally.requesterSurplus / (Double(p.requesters) * steps),
            surviving([.cheating], of: cheating),
            surviving([.reliable, .flaky], of: honest),
            ratio(tally.skippedStrategic, tally.signedStrategic),
            ratio(tally.signedCheating, tally.signed),
            tally.signed / steps,
            ratio(tally.unmatched, tally.requests),
            ratio(tally.priceSum, tally.signed),
        ]
        return RunOutcome(values: values, failure: violatedInvariant())
    }

    /// `Σ_{open c}(p_c + k)`, the money held in escrow.
    @inlinable var escrow: Double {
        var held = 0.0
        for slot in 0..<ringProvider.count where ringProvider[slot] >= 0 { held += ringPrice[slot] + point.collateral }
        return held
    }

    /// The first of the scenario's invariants that fails, in words, or `nil`
    /// (`docs/SlaMarket.md`, "Invariants"):
    ///
    /// ```
    /// money:       Σ_i W_i + Σ_j W_j + Σ_{open c}(p_c + k) + Y + X = R·W_R + P·W_P   to 10⁻⁹·max(1, total)
    /// escrow:      the open contracts are those signed at t − D + 1 … t, all of them, in their slot (a mod D)
    /// capacity:    open_j = #{open contracts of j} ≤ κ;  a provider that left holds none
    /// signs:       W_i, W_j, Y, X ≥ 0 and finite
    /// reputation:  s_j, f_j whole;  s_j + f_j = settled contracts of j;  ρ_j ∈ (0, 1)
    /// counts:      signed = settled + open;  unmatched + signed = requests
    /// ```
    @inlinable func violatedInvariant() -> String? {
        let p = point, t = lastStep
        if !(protocolAccount >= 0 && protocolAccount.isFinite) { return "the protocol account holds \(protocolAccount)" }
        if !(outsideAccount >= 0 && outsideAccount.isFinite) { return "the outside account holds \(outsideAccount)" }
        var money = protocolAccount + outsideAccount
        for (i, w) in requesterWallet.enumerated() {
            if !(w >= 0 && w.isFinite) { return "requester \(i)'s wallet is \(w)" }
            money += w
        }
        for j in 0..<p.providers {
            let w = providerWallet[j]
            if !(w >= 0 && w.isFinite) { return "provider \(j)'s wallet is \(w)" }
            money += w
        }
        var recount = [Int](repeating: 0, count: p.providers)
        var open = 0.0
        for slot in 0..<ringProvider.count where ringProvider[slot] >= 0 {
            let j = Int(ringProvider[slot]), a = ringSignedAt[slot]
            if !(a > t - p.duration && a <= t && a % p.duration == slot / p.requesters) {
                return "a contract signed at step \(a) is still open after step \(t) (duration \(p.duration))"
            }
            recount[j] += 1
            open += 1
            money += ringPrice[slot] + p.collateral
        }
        for slot in 0..<p.duration {
            var held = 0
            for i in 0..<p.requesters where ringProvider[slot * p.requesters + i] >= 0 { held += 1 }
            if held != slotSigned[slot] {
                return "\(slotSigned[slot]) contracts were signed at the step of slot \(slot) but \(held) are open"
            }
        }
        for j in 0..<p.providers {
            if recount[j] != openCount[j] { return "provider \(j) counts \(openCount[j]) open contracts but holds \(recount[j])" }
            if openCount[j] > p.capacity { return "provider \(j) holds \(openCount[j]) contracts, more than capacity \(p.capacity)" }
            if hasLeft[j] && openCount[j] != 0 { return "provider \(j) has left but holds \(openCount[j]) contracts" }
            let r = reputation[j]
            if r.successes != r.successes.rounded() || r.failures != r.failures.rounded() || r.successes < 0 || r.failures < 0 {
                return "provider \(j)'s reputation counts (\(r.successes), \(r.failures)) are not whole"
            }
            if r.observations != Double(signedCount[j] - openCount[j]) {
                return "provider \(j) has \(r.observations) observations but \(signedCount[j] - openCount[j]) settled contracts"
            }
            if !(r.mean > 0 && r.mean < 1) { return "provider \(j)'s reputation is \(r.mean)" }
        }
        let total = startingMoney
        if !(abs(money - total) <= 1e-9 * Swift.max(1, total)) { return "money is not conserved: \(money) held, \(total) at the start" }
        if tally.signed != tally.settled + open { return "\(tally.signed) contracts signed, \(tally.settled) settled and \(open) open" }
        if tally.unmatched + tally.signed != tally.requests {
            return "\(tally.unmatched) unmatched and \(tally.signed) signed of \(tally.requests) requests"
        }
        return nil
    }
}
