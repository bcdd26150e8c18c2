import CatallaxNumerics

extension ResourceEconomyKernel {
    /// Every real lane's metrics in ``ResourceEconomyMetric/allCases`` order
    /// (definitions in `docs/ResourceEconomy.md`, "Metrics") and failure.
    @inlinable
    func _outcomes(_ p: ResourceEconomyParameters, tally: _ResourceTally<V>, runCount: Int) -> [RunOutcome] {
        let n = p.agents, m = p.resources, steps = Double(p.steps)
        let policy = p.policyAgents, others = n - policy
        let size = _row(.size), wallet = _row(.wallet), dormant = _row(.dormant), upSteps = _row(.upSteps)
        let capacity = _row(.nextCapacity), opening = _row(.openingCapacity), squares = _row(.returnSquares)
        let scratch = _laneScratch.baseAddress!
        func ratio(_ numerator: Double, _ denominator: Double) -> Double? { denominator > 0 ? numerator / denominator : nil }
        return (0..<runCount).map { lane in
            var worst = Double.infinity, bankrupt = 0.0, totalSize = 0.0, walletSum = 0.0
            for i in 0..<n {
                worst = min(worst, upSteps[i][lane] / steps)
                bankrupt += dormant[i][lane]
                totalSize += size[i][lane]
                scratch[i] = wallet[i][lane]
                walletSum += wallet[i][lane]
            }
            var wallets = UnsafeMutableBufferPointer(start: scratch, count: n)
            wallets.sort()
            var volatility = 0.0, finalCapacity = 0.0, openingCapacity = 0.0
            for j in 0..<m {
                volatility += (squares[j][lane] / (steps - 2)).squareRoot()
                finalCapacity += capacity[j][lane]
                openingCapacity += opening[j][lane]
            }
            let surgeSteps = tally.surgeSteps[lane]
            let values: [Double?] = [
                (tally.upPolicy[lane] + tally.upOthers[lane]) / (Double(n) * steps),
                worst,
                ratio(tally.upPolicy[lane], Double(policy) * steps),
                ratio(tally.upOthers[lane], Double(others) * steps),
                p.reports(.surgeUptimePolicy) ? ratio(tally.surgeUpPolicy[lane], Double(policy) * surgeSteps) : nil,
                p.reports(.surgeUptimeOthers) ? ratio(tally.surgeUpOthers[lane], Double(others) * surgeSteps) : nil,
                ratio(tally.unmet[lane], tally.needed[lane]) ?? 0,
                ratio(tally.allocated[lane], tally.created[lane]) ?? 0,
                ratio(tally.welfare[lane], tally.optimalWelfare[lane]),
                volatility / Double(m),
                tally.prices[lane] / (Double(m) * steps * p.basePrice),
                bankrupt,
                walletSum > 0 ? PriceMetrics.giniOfSorted(wallets) : nil,
                tally.creditsHeld[lane] / (steps * Double(m) * p.need * totalSize),
                ratio(_creditsExpired[lane], _creditsBought[lane]),
                p.reports(.unitCostPolicy) ? ratio(tally.paidPolicy[lane], tally.baseCostPolicy[lane]) : nil,
                p.reports(.unitCostOthers) ? ratio(tally.paidOthers[lane], tally.baseCostOthers[lane]) : nil,
                p.rule == .kellyAnticipating ? tally.residual[lane] : nil,
                p.capacity == .investment ? finalCapacity / openingCapacity : nil,
            ]
            return RunOutcome(values: values, failure: _failures[lane])
        }
    }
}
