extension AlgorithmicCollusionRun {
    /// The horizon `H` of the deviation check, in periods.
    @usableFromInline static var deviationHorizon: Int { 100 }

    /// `G(s) = index(g_1(s) … g_n(s))`, the state greedy play leads to from `s`.
    @inlinable func greedySuccessor(of s: Int) -> Int {
        var next = 0
        for i in 0..<point.firms { next = next * point.prices + learners.greedyAction(agent: i, state: s) }
        return next
    }

    /// Firm `i`'s action in the joint action `joint`.
    @inlinable func action(of i: Int, in joint: Int) -> Int {
        var rest = joint
        for _ in 0..<(point.firms - 1 - i) { rest /= point.prices }
        return rest % point.prices
    }

    /// The cycle greedy play enters from `state`: `c_0 … c_{L−1}`, `c_0` the
    /// first state met twice (`docs/AlgorithmicCollusion.md`, "The limit
    /// cycle"). Marks each state with the walk step it was met at.
    @inlinable mutating func limitCycle() -> [Int] {
        var x = state, k: Int32 = 0
        var walked: [Int] = []
        while marks[x] < 0 {
            marks[x] = k
            walked.append(x)
            x = greedySuccessor(of: x)
            k += 1
        }
        let cycle = Array(walked[Int(marks[x])...])
        for y in walked { marks[y] = -1 }
        return cycle
    }

    /// The session's metrics in ``AlgorithmicCollusionMetric/allCases``
    /// order; the run fails if its final state breaks an invariant.
    @inlinable mutating func outcome() -> RunOutcome {
        let n = point.firms
        let cycle = limitCycle()
        let length = cycle.count
        var profit = [Double](repeating: 0, count: n)
        var priceSum = 0.0
        for c in cycle {
            for i in 0..<n {
                profit[i] += grid.profits[c * n + i]
                priceSum += grid.prices[action(of: i, in: c)]
            }
        }
        let gains = profit.map { grid.profitGain($0 / Double(length)) }
        let meanPrice = priceSum / Double(n * length)
        let gap = grid.monopolyPrice - grid.nashPrice
        let first = cycle[0]
        let symmetric = length == 1 && (0..<n).allSatisfy { action(of: $0, in: first) == action(of: 0, in: first) }
        let (deviationGain, punishment) = deviation(cycle: cycle)
        let values: [Double?] = [
            gains.reduce(0, +) / Double(n),
            gains[0],
            gains[1],
            converged ? 1 : 0,
            Double(period),
            meanPrice,
            (meanPrice - grid.nashPrice) / gap,
            Double(length),
            symmetric ? 1 : 0,
            deviationGain,
            punishment,
        ]
        return RunOutcome(values: values, failure: violatedInvariant())
    }

    /// Firm 0 plays its static best response `b` to the rivals' greedy
    /// actions at `c_0` for one period, then all play greedy:
    ///
    /// ```
    /// d_1 = c_1 with firm 0's action b,  d_{k+1} = G(d_k)
    /// V_dev = Σ_{k=1..H} δ^{k−1}·π_0(d_k),   V_cyc = Σ_{k=1..H} δ^{k−1}·π_0(c_{k mod L})
    /// ```
    /// - Returns: `V_dev/V_cyc − 1` and firm 1's price cut the period after,
    ///   `(P(c_{2 mod L}, 1) − P(d_2, 1))/(p_M − p_N)`; both 0 when `b` is
    ///   firm 0's greedy action already.
    @inlinable func deviation(cycle: [Int]) -> (gain: Double, punishment: Double) {
        let n = point.firms, m = point.prices, L = cycle.count
        let onCycle = cycle[1 % L]
        let weight = (0..<(n - 1)).reduce(1) { product, _ in product * m }   // m^{n−1}, firm 0's digit
        let rest = onCycle % weight
        var best = 0
        for a in 1..<m where grid.profits[(a * weight + rest) * n] > grid.profits[(best * weight + rest) * n] { best = a }
        guard best != onCycle / weight else { return (0, 0) }
        var deviated = best * weight + rest
        let δ = point.discount
        var discount = 1.0, valueDeviating = 0.0, valueStaying = 0.0
        var secondDeviated = deviated
        for k in 1...Self.deviationHorizon {
            valueDeviating += discount * grid.profits[deviated * n]
            valueStaying += discount * grid.profits[cycle[k % L] * n]
            discount *= δ
            deviated = greedySuccessor(of: deviated)
            if k == 1 { secondDeviated = deviated }
        }
        let gap = grid.monopolyPrice - grid.nashPrice
        let cut = (grid.prices[action(of: 1, in: cycle[2 % L])] - grid.prices[action(of: 1, in: secondDeviated)]) / gap
        return (valueDeviating / valueStaying - 1, cut)
    }

    /// The first of the scenario's invariants that fails, in words, or `nil`
    /// (`docs/AlgorithmicCollusion.md`, "Invariants"):
    ///
    /// ```
    /// Q finite; g_i(s) the lowest argmax of row s and maxQ_i(s) its value
    /// 0 ≤ u ≤ W;  u = W exactly when converged;  τ ≤ T·B;  τ = (t + 1)·B while not stopped;  0 ≤ s < mⁿ
    /// ```
    @inlinable func violatedInvariant() -> String? {
        let p = point
        if let table = learners.violatedInvariant() { return table }
        if !(0...p.convergenceWindow).contains(stableFor) { return "the stable-period counter is \(stableFor)" }
        if (stableFor == p.convergenceWindow) != converged {
            return "the counter is \(stableFor) of \(p.convergenceWindow) but converged is \(converged)"
        }
        if period > p.maxPeriods { return "\(period) periods run, more than the cap \(p.maxPeriods)" }
        if !stopped && period != (lastStep + 1) * p.periodsPerStep {
            return "\(period) periods run after step \(lastStep) of \(p.periodsPerStep) periods"
        }
        if !(0..<p.stateCount).contains(state) { return "the state \(state) is outside 0..<\(p.stateCount)" }
        return nil
    }
}
