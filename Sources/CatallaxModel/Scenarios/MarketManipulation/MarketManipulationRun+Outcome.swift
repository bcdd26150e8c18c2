extension MarketManipulationRun {
    /// `Σ_j (A_j,T − A₀) + (H_Aj,T − H_A)·P_T` in the attacked market.
    @inlinable var attackerProfit: Double {
        let p = point
        var total = 0.0
        for j in p.victims..<(p.victims + p.attackerAccounts) {
            total += (attacked.ledger.cash[j] - p.attackerCash) + (attacked.ledger.tokens[j] - p.attackerTokens) * attacked.price
        }
        return total
    }

    /// The run's metrics in ``MarketManipulationMetric/allCases`` order
    /// (`docs/MarketManipulation.md`, "Metrics"); the run fails if its final
    /// state breaks an invariant, and keeps its metrics.
    @inlinable func outcome() -> RunOutcome {
        let p = point
        let n = Double(p.victims)
        let profit = attackerProfit
        let attackedWealth = attacked.victimWealth(victims: p.victims)
        let startWealth = n * (p.initialCash + p.initialTokens * attacked.firstPrice)
        let ledger = attacked.ledger
        let values: [Double?] = [
            profit,
            profit / Double(p.attackerAccounts),
            attempts > 0 ? profit / attempts : nil,
            attempts > 0 ? successes / attempts : nil,
            attempts,
            counterfactual.victimWealth(victims: p.victims) - attackedWealth,
            (attackedWealth - startWealth) / n,
            attacked.volatility,
            attacked.volatility - counterfactual.volatility,
            impactSum / Double(p.steps + 1),
            ledger.feesPaid,
            p.rewardRate > 0 ? ledger.rewardPaid : nil,
            p.rewardRate > 0 ? ledger.minted : nil,
            ledger.volume,
        ]
        return RunOutcome(values: values, failure: violatedInvariant())
    }

    /// The first invariant that fails in either market, in words, or `nil`
    /// (`docs/MarketManipulation.md`, "Invariants"): each ledger's money,
    /// reserve, tokens and signs; the counterfactual's attacker accounts untouched.
    @usableFromInline func violatedInvariant() -> String? {
        let p = point
        for (name, market) in [("attacked", attacked), ("counterfactual", counterfactual)] {
            let reserve = p.curve.reserve(atSupply: market.ledger.supply)
            if let broken = market.ledger.violatedInvariant(startingMoney: market.startingMoney, reserveAtSupply: reserve) {
                return "\(name) market: \(broken)"
            }
        }
        for j in p.victims..<(p.victims + p.attackerAccounts)
        where counterfactual.ledger.cash[j] != p.attackerCash || counterfactual.ledger.tokens[j] != p.attackerTokens {
            return "attacker \(j - p.victims) traded in the counterfactual market"
        }
        return nil
    }
}
