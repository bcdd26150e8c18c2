import CatallaxNumerics

extension ResourceEconomyKernel {
    /// Steps 6 and 7: consumption, credits stored, uptime, payments, income
    /// and running costs of every agent, in agent order
    /// (`docs/ResourceEconomy.md`, "One step"):
    ///
    /// ```
    /// c_ij = r_ij + x^s_ij;   K_ij[t mod e] = x^a_ij;   up_i = live ∧ ∀j: c_ij ≥ n_i(1 − 10⁻¹²)
    /// pay_ij = P_j(t)(x^s + x^a)  (kelly-*: the bids w^s + w^a);   B_i −= Σ_j pay_ij,  T += Σ pay
    /// up: B_i += y_i, E −= y_i;   live: B_i ≥ c_i ? (B_i −= c_i, E += c_i) : (E += B_i, B_i = 0, dormant, credits forfeited)
    /// ```
    @inlinable
    func _settle(_ p: ResourceEconomyParameters, step t: Int, surge: V, tally: inout _ResourceTally<V>) {
        let m = p.resources, e = p.expiry
        let price = _row(.price), allocated = _row(.allocated), revenue = _row(.revenue)
        let need = _row(.need), wallet = _row(.wallet), dormant = _row(.dormant), size = _row(.size), upSteps = _row(.upSteps)
        let redeemed = _row(.redeemed), spot = _row(.spotOrder), ahead = _row(.aheadOrder)
        let spotFill = _row(.spotFill), aheadFill = _row(.aheadFill)
        let paysBids = p.rule.isProportionalShare, stores = p.keepsCredits
        let proRata = p.rule == .posted || p.rule == .adjust, factor = _row(.rationing)
        let buysAhead = p.policy != .needed
        let threshold = 1 - 1e-12
        for j in 0..<m {
            allocated[j] = V()
            revenue[j] = V()
        }
        let surging = surge .== 1
        let policyAgents = p.policyAgents, recordsFills = _recordsFills
        for i in 0..<p.agents {
            let live = dormant[i] .== 0
            let n = need[i], required = n * threshold
            // The agent's pairs `(i, 0) … (i, M−1)`, addressed from one base.
            let base = i &* m
            let spotI = spot + base, aheadI = ahead + base, redeemedI = redeemed + base
            let spotFillI = spotFill + base, aheadFillI = aheadFill + base
            let keepsLots = stores && i < policyAgents
            var up = live, paid = V(), consumedBase = V(), unmet = V()
            for j in 0..<m {
                var xs: V, xa: V
                if proRata {
                    // Pro-rata fills are the orders times the step's factor, stored here for observers.
                    xs = spotI[j] * factor[j]
                    if recordsFills { spotFillI[j] = xs }
                    if buysAhead {
                        xa = aheadI[j] * factor[j]
                        if recordsFills { aheadFillI[j] = xa }
                    } else {
                        xa = V()
                    }
                } else {
                    xs = spotFillI[j]
                    xa = aheadFillI[j]
                }
                let pay = paysBids ? V().replacing(with: spotI[j] + aheadI[j], where: xs + xa .> 0) : price[j] * (xs + xa)
                let consumed = stores ? redeemedI[j] + xs : xs
                up = up .& (consumed .>= required)
                unmet += V.maximum(V(), n - consumed)
                paid += pay
                consumedBase += consumed
                revenue[j] += pay
                allocated[j] += xs + xa
                if keepsLots {
                    CreditLedger.store(amount: xa, lots: _lots(agent: i, resource: j), expiry: e, step: t)
                    _creditsBought += xa
                }
            }
            var balance = wallet[i] - paid
            _provider += paid
            let income = V().replacing(with: p.income * size[i], where: up)
            balance += income
            _outside -= income
            let cost = p.runningCost * size[i]
            let pays = live .& (balance .>= cost)
            let fails = live .& .!pays
            _outside += V().replacing(with: cost, where: pays) + V().replacing(with: balance, where: fails)
            balance = balance.replacing(with: balance - cost, where: pays).replacing(with: 0, where: fails)
            wallet[i] = balance
            if V.anyLane(fails) {
                dormant[i] = dormant[i].replacing(with: 1, where: fails)
                if keepsLots {
                    for j in 0..<m {
                        _creditsForfeited += CreditLedger.forfeit(lots: _lots(agent: i, resource: j), expiry: e, where: fails)
                    }
                }
            }
            let upCount = V().replacing(with: 1, where: up)
            upSteps[i] += upCount
            tally.unmet += unmet
            tally.needed += Double(m) * n
            if i < policyAgents {
                tally.upPolicy += upCount
                tally.surgeUpPolicy += V().replacing(with: upCount, where: surging)
                tally.paidPolicy += paid
                tally.baseCostPolicy += p.basePrice * consumedBase
            } else {
                tally.upOthers += upCount
                tally.surgeUpOthers += V().replacing(with: upCount, where: surging)
                tally.paidOthers += paid
                tally.baseCostOthers += p.basePrice * consumedBase
            }
        }
        tally.surgeSteps += surge
    }
}
