import CatallaxNumerics

extension ResourceArbitrageRun {
    /// Step `t` (`docs/ResourceArbitrage.md`, "One step"): the arbitrage of
    /// step `t − 1` (skipped at `t = 0`, so never after the last step),
    /// then shocks, net imports, clearing and the observation of the
    /// step's trade `x(t)` at `p(t)`.
    @inlinable mutating func step(_ t: Int) {
        if t > 0 {
            switch point.update {
            case .sequential: _arbitrageSequentially()
            case .simultaneous: _arbitrageSimultaneously()
            }
        }
        if t >= 1 && point.shockRate > 0 { _shock(t) }
        _sumNetImports()
        _clear()
        _observe(t)
    }

    /// Outages: node `i = 4g + j` is hit at `t` if word `j` of `(t, g,
    /// shock, 0)` is below the threshold of `λ`; its base supply becomes
    /// `θ_i e_i`, `θ_i = min(1, e^{σ_s z})`, `z` the first Box–Muller deviate of `(t, i, shock, 1)`.
    @inlinable mutating func _shock(_ t: Int) {
        let n = network.nodeCount
        for g in 0..<((n + 3) / 4) {
            let words = key.block(step: t, agent: g, purpose: .shock, index: 0)
            for j in 0..<4 where 4 * g + j < n && shockTrial.accepts(words[j]) {
                let i = 4 * g + j
                let z = Philox4x32.standardNormals(block: key.block(step: t, agent: i, purpose: .shock, index: 1)).0
                let θ = Swift.min(1, LaneMath.exp(point.shockSize * z))
                supplyScale[i] = θ
                market[i].baseSupply = θ * fullBaseSupply[i]
            }
        }
    }

    /// `m_i = Σ_{head(d)=i} x_d − Σ_{tail(d)=i} x_d`, summed afresh in direction order.
    @inlinable mutating func _sumNetImports() {
        for i in 0..<netImports.count { netImports[i] = 0 }
        for d in 0..<flow.count {
            let x = flow[d]
            netImports[Int(tail[d])] -= x
            netImports[Int(network.head[d])] += x
        }
    }

    /// `p_i = P_i(m_i)` and the unmet demand and spill at every node.
    @inlinable mutating func _clear() {
        for i in 0..<market.count {
            let m = netImports[i]
            price[i] = market[i].price(netImports: m)
            (unmet[i], spill[i]) = market[i].shortfall(netImports: m)
        }
    }

    /// The step's trade `x(t)` at `p(t)`: gaps, the violation `V(t)`, the
    /// payoff `G(t)`, `CV(t)`, the accounts and the tallies.
    ///
    /// ```
    /// h_d = p_head − p_tail − c_d,   v_d = max(0, h_d)·[x_d < u_d] + max(0, −h_d)·[x_d > 0],   V = max_d v_d
    /// A_d += h_d x_d,   Y += Σ_d c_d x_d,   B_i −= p_i m_i
    /// G = Σ_i Φ_i(m_i) − Σ_d c_d x_d
    /// ```
    @inlinable mutating func _observe(_ t: Int) {
        let p = point
        var worst = 0.0, profit = 0.0, carried = 0.0, shipped = 0.0
        for d in 0..<flow.count {
            let x = flow[d], c = cost[d]
            let h = price[Int(network.head[d])] - price[Int(tail[d])] - c
            let v = (x < capacity[d] ? Swift.max(0, h) : 0) + (x > 0 ? Swift.max(0, -h) : 0)
            worst = Swift.max(worst, v)
            agentCash[d] += h * x
            profit += h * x
            carried += c * x
            shipped += x
        }
        carrierCash += carried
        var payoff = -carried, unmetSum = 0.0, demandSum = 0.0, priceSum = 0.0
        for i in 0..<market.count {
            let m = netImports[i], pi = price[i]
            traderCash[i] -= pi * m
            moneyTurnover += Swift.abs(pi * m)
            payoff += market[i].payoff(netImports: m)
            unmetSum += unmet[i]
            demandSum += market[i].demand(atPrice: pi)
            priceSum += pi
        }
        // CV in two passes: the mean, then the population variance about it.
        let n = Double(market.count), mean = priceSum / n
        var squares = 0.0
        for pi in price { squares += (pi - mean) * (pi - mean) }
        let cv = mean > 0 ? (squares / n).squareRoot() / mean : 0

        lastStep = t
        violation = worst
        dispersion = cv
        gain = payoff
        volume = shipped
        if t == 0 { tally.autarkyDispersion = cv }
        tally.dispersion += cv
        if worst > p.tolerance { tally.lastUnsettledStep = t } else { tally.restingSteps += 1 }
        tally.violation += worst
        tally.unmet += unmetSum
        tally.demand += demandSum
        tally.profit += profit
        tally.volume += shipped
        tally.gain += payoff
    }

    /// `sequential`: in direction order, each agent reads `P_u(m_u)` and
    /// `P_v(m_v)` at the current net imports, moves
    /// `x_d ← clip(x_d + γ k_d (p_v − p_u − c_d), 0, u_d)` and ships the change.
    @inlinable mutating func _arbitrageSequentially() {
        let γ = point.gamma
        for d in 0..<flow.count {
            let u = Int(tail[d]), v = Int(network.head[d])
            let h = market[v].price(netImports: netImports[v]) - market[u].price(netImports: netImports[u]) - cost[d]
            let x = flow[d]
            let moved = Swift.min(Swift.max(x + γ * rate[d] * h, 0), capacity[d])
            flow[d] = moved
            netImports[u] -= moved - x
            netImports[v] += moved - x
        }
    }

    /// `simultaneous`: every agent moves at the step's clearing prices `p(t)`.
    @inlinable mutating func _arbitrageSimultaneously() {
        let γ = point.gamma
        for d in 0..<flow.count {
            let h = price[Int(network.head[d])] - price[Int(tail[d])] - cost[d]
            flow[d] = Swift.min(Swift.max(flow[d] + γ * rate[d] * h, 0), capacity[d])
        }
    }
}
