import CatallaxNumerics

extension MarketClearingKernel {
    /// Relative tolerance of the conservation checks at the end of a run.
    @inlinable static var conservationTolerance: Double { 1e-9 }

    /// Each real lane's metrics, or why it failed: a price that stopped
    /// being positive and finite, a negative or non-finite cash or holding,
    /// or cash or units not conserved.
    @inlinable
    func _outcomes(
        _ p: MarketClearingParameters, tally: _ClearingTally<V>, tracker: LanePriceTracker<V>, runCount: Int
    ) -> [RunOutcome] {
        let n = p.agents
        let volatility = tracker.volatility
        let logReturn = tracker.logReturn
        let finalPrice = tracker.lastPrice
        let startingCash = Double(n) * p.initialBalance
        let startingUnits = Double(n) * Double(p.initialUnits)
        var outcomes: [RunOutcome] = []
        outcomes.reserveCapacity(runCount)
        for lane in 0..<runCount {
            var failure: String? = nil
            if tally.invalidSince[lane].isFinite {
                failure = "price not positive and finite at step \(Int(tally.invalidSince[lane]))"
            }
            var cash = 0.0, units = 0.0
            var valid = true
            for i in 0..<n {
                let b = _balance[i][lane], h = _holdings[i][lane]
                if !(b >= 0 && h >= 0 && b.isFinite && h.isFinite) { valid = false }
                cash += b
                units += h
                _wealth[i] = b + h * finalPrice[lane]
            }
            if failure == nil && !valid { failure = "a cash balance or holding became negative or non-finite" }
            let cashError = abs(cash - startingCash) / max(startingCash, 1)
            let unitError = abs(units - startingUnits) / max(startingUnits, 1)
            if failure == nil && !(cashError <= Self.conservationTolerance) {
                failure = "cash not conserved (relative error \(cashError))"
            }
            if failure == nil && !(unitError <= Self.conservationTolerance) {
                failure = "units not conserved (relative error \(unitError))"
            }
            var wealth = UnsafeMutableBufferPointer(rebasing: _wealth[0..<n])
            wealth.sort()
            let gini = PriceMetrics.giniOfSorted(wealth)
            let moments = tally.bookMoments[lane]
            let hasMoments = p.mechanism.hasBook && moments > 0
            let ordered = tally.ordered[lane], maximum = tally.maximum[lane]
            let values: [Double?] = [
                volatility[lane], tracker.maxDrawdown[lane], logReturn[lane], tally.volume[lane], gini,
                hasMoments ? tally.spread[lane] / moments : nil,
                hasMoments ? tally.depth[lane] / moments : nil,
                ordered > 0 ? tally.filled[lane] / ordered : 0,
                maximum > 0 ? tally.realized[lane] / maximum : nil,
            ]
            if failure == nil, let bad = zip(MarketClearingMetric.allCases, values).first(where: { $0.1.map { !$0.isFinite } ?? false }) {
                failure = "\(bad.0.rawValue) is not finite"
            }
            outcomes.append(RunOutcome(values: values, failure: failure))
        }
        return outcomes
    }
}
