import CatallaxNumerics

extension ResourceEconomyKernel {
    /// Steps 8 to 10: the capacity of the next step, the next quote, the
    /// forecasts' new price and the per-step metric sums.
    ///
    /// ```
    /// fixed:         G = C̄,        C(t+1) = C̄
    /// regenerating:  G = ρ_K C̄,    C(t+1) = min(β_K C̄, C − X + ρ_K C̄)
    /// investment:    G = C(t),     C(t+1) = max(c_min C̄, (1 − δ)C + ι·Rev/k),   T −= ι·Rev, E += ι·Rev
    /// next quote:    posted, first-come: p̄(1 + η·D/C);  adjust: max(φ_P p̄, P + λ·g(D − C, C));  kelly-*: max(φ_P p̄, P);  auction: P
    /// r_j = ln(P_j(t)/P_j(t−1)) (t ≥ 1) folded into Welford's mean and sum of squares
    /// ```
    @inlinable
    func _closeStep(_ p: ResourceEconomyParameters, step t: Int, tally: inout _ResourceTally<V>) {
        let capacity = _row(.capacity), nextCapacity = _row(.nextCapacity), price = _row(.price), nextQuote = _row(.nextQuote)
        let offered = _row(.offered), allocated = _row(.allocated), revenue = _row(.revenue)
        let previous = _row(.previousPrice), mean = _row(.returnMean), squares = _row(.returnSquares)
        let adjustment = p.rule == .adjust ? _tatonnement(p) : nil
        let floor = V(repeating: p.priceFloor * p.basePrice)
        for j in 0..<p.resources {
            let c = capacity[j], x = allocated[j], pj = price[j]
            switch p.capacity {
            case .fixed:
                tally.created += _meanCapacity
                nextCapacity[j] = c
            case .regenerating:
                tally.created += p.regenerationRate * _meanCapacity
                nextCapacity[j] = V.minimum(p.bucket * _meanCapacity, c - x + p.regenerationRate * _meanCapacity)
            case .investment:
                tally.created += c
                let invested = p.investShare * revenue[j]
                nextCapacity[j] = V.maximum(p.capacityFloor * _meanCapacity, (1 - p.depreciation) * c + invested / p.capitalCost)
                _provider -= invested
                _outside += invested
            }
            tally.allocated += x
            tally.prices += pj
            switch p.rule {
            case .posted, .firstCome:
                nextQuote[j] = p.basePrice * (1 + p.utilizationSlope * (offered[j] / c))
            case .adjust:
                nextQuote[j] = V.maximum(floor, adjustment!.nextPrice(after: pj, excessDemand: offered[j] - c, supply: c))
            case .kellyTaking, .kellyAnticipating:
                // Ahead bids are P̃·q: without a floor a falling price shrinks them, and with them the next price, geometrically.
                nextQuote[j] = V.maximum(floor, pj)
            case .auction:
                nextQuote[j] = pj
            }
            if t >= 1 {
                let r = LaneMath.log(pj / previous[j])
                let d = r - mean[j]
                mean[j] += d / Double(t)
                squares[j] += d * (r - mean[j])
            }
            previous[j] = pj
            if p.policy.forecasts { _forecasts[j].record(price: pj, step: t) }
            if !(V.allLanes(pj .> 0) && V.allLanes(pj .< .infinity)) {
                for lane in 0..<V.scalarCount where !(pj[lane] > 0 && pj[lane] < .infinity) {
                    _fail(lane: lane, "step \(t): resource \(j)'s price \(pj[lane]) is not positive and finite")
                }
            }
        }
        tally.creditsHeld += _creditsHeld
    }

    /// The credits held now: bought − redeemed − expired − forfeited.
    @inlinable
    var _creditsHeld: V { _creditsBought - _creditsRedeemed - _creditsExpired - _creditsForfeited }

    /// The tâtonnement of `adjust` (its rate is validated positive).
    @usableFromInline
    func _tatonnement(_ p: ResourceEconomyParameters) -> Tatonnement {
        guard let t = try? Tatonnement(rate: p.adjustmentRate, adjustment: p.priceAdjustment) else {
            preconditionFailure("lambda = \(p.adjustmentRate) passed validation but Tatonnement refused it")
        }
        return t
    }
}
