import CatallaxNumerics

extension CurveVolatilityKernel {
    /// Relative tolerance of the conservation checks at the end of a run.
    @inlinable static var conservationTolerance: Double { 1e-9 }

    /// Each real lane's metrics, or why it failed: a price or supply that
    /// stopped being positive and finite, a negative or non-finite balance or
    /// holding, or currency or tokens not conserved.
    @inlinable
    func _outcomes<Curve: BondingCurve>(
        _ p: CurveVolatilityParameters, curve: Curve, market: _LaneMarket<V>,
        tracker: LanePriceTracker<V>, runCount: Int
    ) -> [RunOutcome] {
        let n = p.agents
        let volatility = tracker.volatility
        let logReturn = tracker.logReturn
        let finalPrice = tracker.lastPrice
        let recovery = tracker.recoverySteps(steps: p.steps)
        let startingCurrency = Double(n) * p.initialBalance + curve.reserve(atSupply: p.initialSupply)
        var outcomes: [RunOutcome] = []
        outcomes.reserveCapacity(runCount)
        for lane in 0..<runCount {
            var failure: String? = nil
            if market.invalidSince[lane].isFinite {
                failure = "price or supply not positive and finite at step \(Int(market.invalidSince[lane]))"
            }
            var currency = market.treasury[lane] + market.shockProceeds[lane] + curve.reserve(atSupply: market.supply[lane])
            var tokens = 0.0
            var wealthValid = true
            for i in 0..<n {
                let record = _records.base + _AgentRecords<V>.offset(lane: lane, agent: i, rows: _rows)
                let b = record[_AgentRecords<V>.balance], h = record[_AgentRecords<V>.holdings]
                if !(b >= 0 && h >= 0 && b.isFinite && h.isFinite) { wealthValid = false }
                currency += b
                tokens += h
                _wealth[i] = b + h * finalPrice[lane]
            }
            if failure == nil && !wealthValid {
                failure = "a balance or holding became negative or non-finite"
            }
            let currencyError = abs(currency - startingCurrency) / startingCurrency
            let tokenError = abs(tokens - market.supply[lane]) / p.initialSupply
            if failure == nil && !(currencyError <= Self.conservationTolerance) {
                failure = "currency not conserved (relative error \(currencyError))"
            }
            if failure == nil && !(tokenError <= Self.conservationTolerance) {
                failure = "tokens not conserved (relative error \(tokenError))"
            }
            let wealth = UnsafeMutableBufferPointer(rebasing: _wealth[0..<n])
            AscendingSort.sort(wealth, scratch: UnsafeMutableBufferPointer(rebasing: _wealth[n..<(2 * n)]))
            let gini = PriceMetrics.giniOfSorted(wealth)
            var values: [Double?] = [
                volatility[lane], tracker.maxDrawdown[lane], logReturn[lane],
                market.volume[lane], market.treasury[lane], gini,
            ]
            if p.shock > 0 {
                values += [tracker.shockDrop[lane], recovery.steps[lane], recovery.censored[lane]]
            } else {
                values += [nil, nil, nil]
            }
            if failure == nil, let bad = zip(CurveVolatilityMetric.allCases, values).first(where: { $0.1.map { !$0.isFinite } ?? false }) {
                failure = "\(bad.0.rawValue) is not finite"
            }
            outcomes.append(RunOutcome(values: values, failure: failure))
        }
        return outcomes
    }
}
