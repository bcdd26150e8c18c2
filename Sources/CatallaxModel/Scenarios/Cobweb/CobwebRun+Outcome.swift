extension CobwebRun {
    /// The run's metrics in ``CobwebMetric/allCases`` order
    /// (`docs/Cobweb.md`, "Metrics"); the run fails if its final state
    /// breaks an invariant, and keeps its metrics.
    @inlinable func outcome() -> RunOutcome {
        let eq = equilibrium, w = tally.steps
        let changes = tally.changes
        var volatility = 0.0
        if changes > 0 {
            let mean = tally.changeSum / changes
            volatility = Swift.max(0, tally.changeSquares / changes - mean * mean).squareRoot()
        }
        let values: [Double?] = [
            tally.errorSum / w,
            abs(price - eq.price) / eq.price,
            volatility,
            tally.convergedSteps / w,
            tally.dispersionSum / w,
            tally.profitSum / w,
            diversity,
            tally.priceSum / w / eq.price,
            tally.clippedSteps / w,
        ]
        let bad = values.firstIndex { !($0?.isFinite ?? true) }
        let failure = violatedInvariant() ?? bad.map { "\(CobwebMetric.allCases[$0].rawValue) is not finite" }
        return RunOutcome(values: values, failure: failure)
    }

    /// The mean pairwise Hamming distance over `ℓ` within each population,
    /// averaged over the populations (0 without GA):
    ///
    /// ```
    /// H = Σ_b 2·k_b·(n − k_b) / (n·(n − 1)·ℓ),   k_b = strings with bit b set
    /// ```
    @inlinable var diversity: Double {
        let p = point, n = p.populationSize
        guard p.populationCount > 0, n > 1 else { return 0 }
        var sum = 0.0
        for g in 0..<p.populationCount {
            for b in 0..<p.bits {
                var k = 0
                for s in 0..<n where strings[g * n + s] >> UInt64(b) & 1 == 1 { k += 1 }
                sum += 2 * Double(k) * Double(n - k)
            }
        }
        return sum / (Double(n) * Double(n - 1) * Double(p.bits) * Double(p.populationCount))
    }

    /// The first of the scenario's invariants that fails, in words, or `nil`
    /// (`docs/Cobweb.md`, "Invariants"):
    ///
    /// ```
    /// price:       p_t = max(0, A − B·Σ_i q_i), bit for bit
    /// quantities:  0 ≤ q_i ≤ q̄, finite
    /// strings:     every string < 2^ℓ; the populations hold exactly their strings
    /// choice:      GA: q_i = decode(the string firm i used), a string of its population (ga-multi)
    /// ```
    @inlinable func violatedInvariant() -> String? {
        let p = point
        var total = 0.0
        for (i, q) in quantities.enumerated() {
            if !(q >= 0 && q <= encoding.upperBound && q.isFinite) { return "firm \(i)'s quantity \(q) is outside [0, \(encoding.upperBound)]" }
            total += q
        }
        let demand = Swift.max(0, p.demandIntercept - p.demandSlope * total)
        if demand.bitPattern != price.bitPattern { return "the price \(price) is not the demand price \(demand) of the quantities" }
        if quantities.count != p.firms { return "\(quantities.count) firms, not \(p.firms)" }
        let expected = p.populationCount * p.populationSize
        if strings.count != expected { return "the populations hold \(strings.count) strings, not \(expected)" }
        for (a, s) in strings.enumerated() where !encoding.contains(s) { return "string \(a) uses bits above \(p.bits)" }
        guard p.expectations.isGenetic, lastStep >= 0 else { return nil }
        for i in 0..<p.firms {
            if encoding.decode(usedStrings[i]) != quantities[i] { return "firm \(i)'s quantity is not its string's" }
            if p.expectations == .gaMulti && !(0..<p.strings).contains(chosen[i]) { return "firm \(i) used string \(chosen[i]) of \(p.strings)" }
        }
        return nil
    }
}
