import CatallaxNumerics

extension CobwebRun {
    /// Period `t`: produce, clear, profit, learn, tally (`docs/Cobweb.md`, "One step").
    @inlinable mutating func step(_ t: Int) {
        let p = point
        let previous = price
        _produce(t)
        var total = 0.0
        for q in quantities { total += q }
        price = Swift.max(0, p.demandIntercept - p.demandSlope * total)
        let profit = CobwebProfit(encoding: encoding, price: price, point: p)
        if t >= p.steps - p.window { _tally(t, previous: previous, profit: profit) }
        _learn(t, profit: profit)
        lastStep = t
    }

    /// Each firm's quantity for period `t`.
    @inlinable mutating func _produce(_ t: Int) {
        let p = point
        switch p.expectations {
        case .naive, .adaptive:
            let q = Swift.min(Swift.max((expectedPrice - p.costLinear) / (p.costQuadratic * Double(p.firms)), 0), encoding.upperBound)
            for i in 0..<p.firms { quantities[i] = q }
        case .gaSingle:
            for i in 0..<p.firms {
                usedStrings[i] = strings[i]
                quantities[i] = encoding.decode(strings[i])
            }
        case .gaMulti:
            let n = p.strings
            for i in 0..<p.firms {
                let w = key.block(step: t, agent: i, purpose: .decision, index: 0)[0]
                let s = Int((UInt64(w) &* UInt64(n)) &>> 32)
                chosen[i] = s
                usedStrings[i] = strings[i * n + s]
                quantities[i] = encoding.decode(usedStrings[i])
            }
        }
    }

    /// Naive and adaptive firms update `p^e`; each GA population scores its
    /// strings at `p_t` and breeds the next generation.
    @inlinable mutating func _learn(_ t: Int, profit: CobwebProfit) {
        let p = point
        switch p.expectations {
        case .naive: expectedPrice = price
        case .adaptive: expectedPrice += p.adaptation * (price - expectedPrice)
        case .gaSingle, .gaMulti:
            let n = p.populationSize
            for a in 0..<strings.count { fitness[a] = profit.fitness(of: strings[a]) }
            for g in 0..<p.populationCount {
                generation.advance(strings: &strings, fitness: fitness, base: g * n, count: n, operators: operators,
                                   evaluate: profit, key: key, step: t, agentBase: g * n)
            }
        }
    }

    /// Adds period `t` to the window's sums.
    @inlinable mutating func _tally(_ t: Int, previous: Double, profit: CobwebProfit) {
        let p = point, eq = equilibrium
        let error = abs(price - eq.price) / eq.price
        tally.steps += 1
        tally.errorSum += error
        if error <= p.tolerance { tally.convergedSteps += 1 }
        tally.priceSum += price
        if t >= 1 {
            let change = (price - previous) / eq.price
            tally.changes += 1
            tally.changeSum += change
            tally.changeSquares += change * change
        }
        var mean = 0.0, profits = 0.0, clipped = false
        for q in quantities {
            mean += q
            profits += profit.profit(quantity: q)
            if q == 0 || q == encoding.upperBound { clipped = true }
        }
        let m = Double(p.firms)
        mean /= m
        var spread = 0.0
        for q in quantities { spread += (q - mean) * (q - mean) }
        tally.dispersionSum += (spread / m).squareRoot() / eq.quantity
        tally.profitSum += profits / (m * eq.profit)
        if clipped { tally.clippedSteps += 1 }
    }
}
