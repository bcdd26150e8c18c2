import Foundation

extension LearningTradersRun {
    /// The sample standard deviation (n − 1) of the log returns so far.
    @inlinable var volatility: Double { returnCount > 1 ? (returnM2 / (returnCount - 1)).squareRoot() : 0 }

    /// `Σ_{i ∈ range} B_i + H_i·P`.
    @inlinable func wealth(of range: Range<Int>) -> Double {
        var total = 0.0
        for i in range { total += ledger.cash[i] + ledger.tokens[i] * price }
        return total
    }

    /// The run's metrics in ``LearningTradersMetric/allCases`` order
    /// (`docs/LearningTraders.md`, "Metrics"); the run fails if its final
    /// state breaks an invariant, and keeps its metrics.
    @inlinable func outcome() -> RunOutcome {
        let p = point
        let nL = p.learners, nR = p.ruleAgents, k = TradeAction.count
        let learnerWealth = wealth(of: nR..<p.agents), ruleWealth = wealth(of: 0..<nR)
        var entropy = 0.0, traded = 0.0, decisions = 0.0
        for j in 0..<nL {
            var total = 0.0
            for a in 0..<k { total += actionCounts[j * k + a] }
            var h = 0.0
            for a in 0..<k where actionCounts[j * k + a] > 0 {
                let share = actionCounts[j * k + a] / total
                h -= share * log(share)
            }
            entropy += h / log(Double(k))
            traded += total - actionCounts[j * k + TradeAction.hold.rawValue]
            decisions += total
        }
        let values: [Double?] = [
            volatility,
            mispricingSum / Double(p.steps + 1),
            maxDrawdown,
            log(price / firstPrice),
            nL > 0 ? learnerWealth / Double(nL) - startingWealth : nil,
            nR > 0 ? ruleWealth / Double(nR) - startingWealth : nil,
            nL > 0 ? learnerWealth / (learnerWealth + ruleWealth) : nil,
            nL > 0 ? entropy / Double(nL) : nil,
            nL > 0 ? traded / decisions : nil,
            ledger.volume,
        ]
        return RunOutcome(values: values, failure: violatedInvariant())
    }

    /// The first invariant that fails, in words, or `nil`
    /// (`docs/LearningTraders.md`, "Invariants"): the ledger's money,
    /// reserve, tokens and signs, and the learners' tables.
    @usableFromInline func violatedInvariant() -> String? {
        let reserve = point.curve.reserve(atSupply: ledger.supply)
        if let broken = ledger.violatedInvariant(startingMoney: startingMoney, reserveAtSupply: reserve) { return broken }
        if point.learners > 0, let broken = tables.violatedInvariant() { return "learners: \(broken)" }
        return nil
    }
}
