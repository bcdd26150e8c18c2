import CatallaxNumerics

extension ResourceEconomyKernel {
    /// Step 2: the policy agents redeem credits against their needs, oldest
    /// first, then lot `t − e` expires (`CreditLedger`).
    @inlinable
    func _redeemCredits(_ p: ResourceEconomyParameters, step t: Int) {
        guard p.keepsCredits else { return }
        let need = _row(.need), redeemed = _row(.redeemed), m = p.resources, e = p.expiry
        for i in 0..<p.policyAgents {
            for j in 0..<m {
                let lots = _lots(agent: i, resource: j)
                let r = CreditLedger.redeem(need: need[i], lots: lots, expiry: e, step: t)
                redeemed[i * m + j] = r
                _creditsRedeemed += r
                _creditsExpired += CreditLedger.expire(lots: lots, expiry: e, step: t)
            }
        }
    }

    /// Step 3: the step's capacity, quote `P̃_j` and forecast `F_j(t)`.
    ///
    /// The quote is what the last step left in `nextQuote`: the utilization
    /// price `p̄(1 + η·D(t−1)/C(t−1))` (`posted`, `first-come`), the adjusted
    /// price `P(t)` (`adjust`), last step's price floored at `φ_P·p̄`
    /// (`kelly-*`), or last step's price `P(t−1)` (`auction`); `p̄` at `t = 0`.
    @inlinable
    func _quote(_ p: ResourceEconomyParameters, step t: Int) {
        let capacity = _row(.capacity), nextCapacity = _row(.nextCapacity)
        let quote = _row(.quote), nextQuote = _row(.nextQuote), forecast = _row(.forecast)
        for j in 0..<p.resources {
            capacity[j] = nextCapacity[j]
            quote[j] = nextQuote[j]
            if p.policy.forecasts { forecast[j] = _forecasts[j].forecast(step: t) }
        }
    }

    /// Step 4: budgets, spot orders and ahead orders of every live agent,
    /// and the offered load `D_j = Σ_i (Q^s_ij + q_ij)` in agent order
    /// (`docs/ResourceEconomy.md`, "Budgets", "Valuations and requests",
    /// "Ahead orders"):
    ///
    /// ```
    /// b_i = max(0, B_i − c_i);  spot orders at the quote with budget b_i;  Π^s_i their cost
    /// b^a_i = φ_a·max(0, b_i − Π^s_i) when an ahead order is placed, else 0;   b^s_i = b_i − b^a_i
    /// spot orders × min(1, b^s_i/Π^s_i);   ahead orders × min(1, b^a_i/Σ_j p^a_ij q_ij)
    /// ```
    /// Under `kelly-*` the spot "order" is the residual need (the bid comes
    /// at allocation) and `spotLimit` holds the budget share
    /// `β_ij = ω_ij·b^s_i`; ahead orders become money bids `P̃_j·q_ij`.
    /// Under `auction` `spotLimit` and `aheadLimit` hold the limits.
    @inlinable
    func _placeOrders(_ p: ResourceEconomyParameters, step t: Int) {
        let m = p.resources
        let quote = _row(.quote), offered = _row(.offered)
        let need = _row(.need), wallet = _row(.wallet), dormant = _row(.dormant), size = _row(.size)
        let spotBudgetRow = _row(.spotBudget), aheadBudgetRow = _row(.aheadBudget)
        let redeemed = _row(.redeemed), spot = _row(.spotOrder), ahead = _row(.aheadOrder)
        let spotLimit = _row(.spotLimit), aheadLimit = _row(.aheadLimit), value = _row(.value)
        for j in 0..<m { offered[j] = V() }
        let buysAhead = p.policy != .needed, credits = p.keepsCredits, policyAgents = p.policyAgents
        let bids = p.rule.isProportionalShare, auction = p.rule == .auction, linear = p.demand == .linear
        for i in 0..<p.agents {
            let live = dormant[i] .== 0
            let n = need[i]
            let budget = V().replacing(with: V.maximum(V(), wallet[i] - p.runningCost * size[i]), where: live)
            let pairs = i * m
            // Spot orders at the quote with the whole budget.
            var residualCost = V()
            for j in 0..<m { residualCost = residualCost.addingProduct(quote[j], credits ? n - redeemed[pairs + j] : n) }
            var spotCost: V
            // Linear demand's requests `f·n'_ij` are written once, scaled, below.
            var linearFactor = V()
            if bids {
                for j in 0..<m { spot[pairs + j] = n - redeemed[pairs + j] }
                spotCost = residualCost
            } else if linear {
                linearFactor = _linearDemandFactor(p, cost: residualCost, income: p.income * size[i])
                spotCost = V()
                for j in 0..<m {
                    spotCost = spotCost.addingProduct(quote[j], linearFactor * (credits ? n - redeemed[pairs + j] : n))
                }
            } else {
                spotCost = _utilityDemand(agent: i, need: n, budget: budget, resources: m)
            }
            // Ahead orders, unscaled, and their cost at p^a.
            var aheadCost = V(), aheadUnits = V()
            if buysAhead && i < policyAgents {
                for j in 0..<m {
                    let q = V().replacing(with: _aheadOrder(p, agent: i, resource: j, step: t), where: live)
                    ahead[pairs + j] = q
                    aheadUnits += q
                    if auction && p.policy.forecasts {
                        let limit = (1 - p.threshold) * _row(.forecast)[j]
                        aheadLimit[pairs + j] = limit
                        aheadCost = aheadCost.addingProduct(limit, q)
                    } else if !auction {
                        aheadCost = aheadCost.addingProduct(quote[j], q)
                    }
                }
                if auction && p.policy == .oracle { aheadCost = aheadUnits }
            }
            let aheadBudget = V().replacing(with: p.aheadBudget * V.maximum(V(), budget - spotCost), where: aheadCost .> 0)
            let spotBudget = budget - aheadBudget
            spotBudgetRow[i] = spotBudget
            aheadBudgetRow[i] = aheadBudget
            // Scale to the budgets.
            if !bids {
                // Binds for linear demand only when buying ahead; for the
                // utility demand only by rounding, and for the dormant (b = 0).
                // The division is skipped when no lane binds, the common case.
                let binds = spotCost .> spotBudget
                let scale = V.anyLane(binds) ? V(repeating: 1).replacing(with: spotBudget / spotCost, where: binds) : V(repeating: 1)
                for j in 0..<m {
                    let q = linear ? linearFactor * (credits ? n - redeemed[pairs + j] : n) : spot[pairs + j]
                    spot[pairs + j] = V().replacing(with: q * scale, where: live)
                }
            }
            if buysAhead && i < policyAgents {
                if auction && p.policy == .oracle {
                    let limit = V().replacing(with: aheadBudget / aheadUnits, where: aheadUnits .> 0)
                    for j in 0..<m { aheadLimit[pairs + j] = limit }
                } else {
                    let scale = V(repeating: 1).replacing(with: aheadBudget / aheadCost, where: aheadCost .> aheadBudget)
                    for j in 0..<m {
                        ahead[pairs + j] *= scale
                        if bids { ahead[pairs + j] *= quote[j] }
                    }
                }
            }
            if bids {
                // β_ij = ω_ij·b^s_i with ω_ij = P̃_j n'_ij / Σ_k P̃_k n'_ik (0/0 = 0).
                let share = V().replacing(with: spotBudget / residualCost, where: residualCost .> 0)
                for j in 0..<m { spotLimit[pairs + j] = share * (quote[j] * spot[pairs + j]) }
            } else if auction {
                let share = V().replacing(with: spotBudget / residualCost, where: residualCost .> 0)
                for j in 0..<m {
                    let q = spot[pairs + j], cap = share * (quote[j] * (n - redeemed[pairs + j]))
                    let average = value[pairs + j] * n * LaneMath.log1p(q / (n + redeemed[pairs + j])) / q
                    spotLimit[pairs + j] = V().replacing(with: V.minimum(average, cap / q), where: q .> 0)
                }
            }
            for j in 0..<m {
                offered[j] += buysAhead && !bids ? spot[pairs + j] + ahead[pairs + j] : spot[pairs + j]
            }
        }
    }

    /// `f_i = max(0, 1 + ε(1 − Π_i/y_i))`, with `Π/y` read as 0 when `Π = 0`
    /// and as `+∞` when `y = 0 < Π`; `ε = 0` always gives 1.
    @inlinable @inline(__always)
    func _linearDemandFactor(_ p: ResourceEconomyParameters, cost: V, income: V) -> V {
        guard p.elasticity > 0 else { return V(repeating: 1) }
        if p.income == 0 { return V(repeating: 1 + p.elasticity).replacing(with: 0, where: cost .> 0) }
        return V.maximum(V(), 1 + p.elasticity * (1 - cost / income))
    }

    /// The utility demand of agent `i` at the quote under budget `b`
    /// (`docs/ResourceEconomy.md`, "Utility demand"), written to the spot
    /// orders; returns its cost `Σ_j P̃_j x_j`.
    ///
    /// ```
    /// x_j(θ) = max(0, A_j θ/P̃_j − B_j),   A_j = a_ij n_i,   B_j = n_i + r_ij
    /// θ = 1 if S(1) ≤ b, else M + 1 Newton steps θ ← (b + Σ_act P̃B)/Σ_act A,  act = {A_j θ > P̃_j B_j}
    /// ```
    /// The active set of a step is read from the previous `θ` (it only
    /// shrinks as `θ` falls), so no set is stored.
    @inlinable
    func _utilityDemand(agent i: Int, need n: V, budget: V, resources m: Int) -> V {
        let quote = _row(.quote), value = _row(.value), redeemed = _row(.redeemed), spot = _row(.spotOrder)
        let pairs = i * m
        var spendAtOne = V()
        for j in 0..<m {
            let a = value[pairs + j] * n, cost = quote[j] * (n + redeemed[pairs + j])
            spendAtOne += V.maximum(V(), a - cost)
        }
        var theta = V(repeating: 1)
        let binds = spendAtOne .> budget
        if V.anyLane(binds) {
            for _ in 0...m {
                var costs = V(), weights = V()
                for j in 0..<m {
                    let a = value[pairs + j] * n, cost = quote[j] * (n + redeemed[pairs + j])
                    let active = a * theta .> cost
                    costs += V().replacing(with: cost, where: active)
                    weights += V().replacing(with: a, where: active)
                }
                theta = theta.replacing(with: (budget + costs) / weights, where: binds .& (weights .> 0))
            }
        }
        var spent = V()
        for j in 0..<m {
            let a = value[pairs + j] * n
            let x = V.maximum(V(), a * theta / quote[j] - (n + redeemed[pairs + j]))
            spot[pairs + j] = x
            spent = spent.addingProduct(quote[j], x)
        }
        return spent
    }

    /// Agent `i`'s unscaled ahead order on resource `j` (`docs/ResourceEconomy.md`, "Ahead orders"):
    ///
    /// ```
    /// ma, ewma, ar1:  max(0, h_a·ν_i·n̄ − ΣK_ij) when P̃_j < (1 − θ)F_j (always under auction)
    /// oracle:         e(t mod H)·E_i/E
    /// ```
    @inlinable @inline(__always)
    func _aheadOrder(_ p: ResourceEconomyParameters, agent i: Int, resource j: Int, step t: Int) -> V {
        if p.policy == .oracle {
            let plan = _oracleBlock.baseAddress! + _capacityBlock
            let total = _oracleTotal
            return V().replacing(with: plan[t % p.block] * _row(.nextBlockNeed)[i] / total, where: total .> 0)
        }
        let held = CreditLedger.held(lots: _lots(agent: i, resource: j), expiry: p.expiry)
        let wanted = V.maximum(V(), Double(p.aheadSteps) * p.need * _row(.size)[i] - held)
        if p.rule == .auction { return wanted }
        let cheap = _row(.quote)[j] .< (1 - p.threshold) * _row(.forecast)[j]
        return V().replacing(with: wanted, where: cheap)
    }
}
