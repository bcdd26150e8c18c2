import CatallaxNumerics

extension TokenLaunchRun {
    /// Records `P_T` after the last step and takes the final Gini sample
    /// (unless step `T − 1` took it).
    @inlinable mutating func finish<Curve: BondingCurve>(curve: Curve) {
        let finalPrice = price(curve)
        tally.record(price: finalPrice, previous: lastPrice, target: point.target)
        lastPrice = finalPrice
        if point.steps % 10 != 0 { _sampleGini() }
    }

    /// The run's metrics, in ``TokenLaunchMetric/allCases`` order
    /// (`docs/TokenLaunch.md`, "Metrics"); `nil` for those the point does not report.
    @inlinable func outcome() -> RunOutcome {
        let p = point
        let owed = level * p.curve.reserve(atSupply: supply)
        let values: [Double?] = TokenLaunchMetric.allCases.map { metric -> Double? in
            guard p.reports(metric) else { return nil }
            switch metric {
            case .volatility: return (tally.squaredDeviations / (tally.returns - 1)).squareRoot()
            case .logReturn: return LaneMath.log(lastPrice / firstPrice)
            case .trackingError: return (tally.trackingSquares / tally.trackingCount).squareRoot()
            case .giniFinal: return gini.last
            case .giniMean: return gini.mean
            case .inflation: return tally.minted / p.initialSupply
            case .burned: return tally.burned / p.initialSupply
            case .unbacked: return owed > 0 ? unbacked / owed : 0
            case .treasuryMin: return treasury.lowest / p.treasury
            case .unpaid: return treasury.unpaid / max(1, Double(p.agents) * p.initialBalance)
            case .unlockSold: return tally.unlockSold / Double(p.airdropUnits)
            case .commissionFinal: return commission.rate
            case .volume: return tally.volume / Double(p.steps)
            case .refusedSells: return tally.refusedSells
            }
        }
        return RunOutcome(values: values, failure: violatedInvariant())
    }

    /// The first invariant of `docs/TokenLaunch.md` that the state breaks, or `nil`.
    /// - Complexity: O(N).
    @inlinable func violatedInvariant() -> String? {
        let p = point
        var money = treasury.balance + reserveHeld, units = 0.0
        for i in 0..<p.agents {
            guard balance[i] >= 0, holding[i] >= 0, balance[i].isFinite, holding[i].isFinite else {
                return "trader \(i) has balance \(balance[i]), holding \(holding[i])"
            }
            guard locked[i] >= 0, locked[i] <= allocation[i] else {
                return "trader \(i) has \(locked[i]) locked of an allocation of \(allocation[i])"
            }
            money += balance[i]
            units += holding[i] + locked[i] + staking.stakes[i]
        }
        let pending = staking.emitted - staking.claimed
        switch p.rewardSource {
        case .minted: units += pending
        case .treasury: money += pending
        }
        if abs(money - startingMoney) > 1e-9 * max(1, startingMoney) {
            return "money: traders + treasury + reserve + pool = \(money), started with \(startingMoney)"
        }
        if abs(units - supply) > 1e-9 * max(1, supply) {
            return "tokens: holdings + locked + staked + pool = \(units), supply \(supply)"
        }
        let owed = level * p.curve.reserve(atSupply: supply)
        if abs(reserveHeld - (owed - unbacked)) > 1e-9 * max(1, owed) || reserveHeld < -1e-9 * max(1, owed) {
            return "reserve: held \(reserveHeld), owed \(owed), unbacked \(unbacked)"
        }
        if abs(staking.claimed + staking.unclaimed - staking.emitted) > 1e-9 * max(1, staking.emitted) {
            return "staking: claimed \(staking.claimed) + unclaimed \(staking.unclaimed) ≠ emitted \(staking.emitted)"
        }
        if !(treasury.balance >= 0) || !(p.levelMin...p.levelMax).contains(level)
            || !(p.commissionLow...p.commissionHigh).contains(commission.rate) {
            return "treasury \(treasury.balance), level \(level), commission \(commission.rate) out of bounds"
        }
        return nil
    }
}
