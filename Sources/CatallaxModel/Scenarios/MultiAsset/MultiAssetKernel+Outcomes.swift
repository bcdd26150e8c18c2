#if canImport(Glibc)
import Glibc
#endif
import CatallaxNumerics

extension MultiAssetKernel {
    /// Folds the returns `P_t → P_{t+1}` of every asset into the Welford
    /// means and co-moments and updates the drawdowns.
    ///
    /// ```
    /// r_j = ln(P_{t+1,j}/P_tj),  d_j = r_j − μ_j,  μ_j += d_j/n,  d'_j = r_j − μ_j
    /// C_jk += d_j·d'_k   (j ≤ k)          Welford's co-moment update
    /// peak_j = max(peak_j, P_{t+1,j}),  dd_j = max(dd_j, 1 − P_{t+1,j}/peak_j)
    /// ```
    /// - Parameter n: The number of returns including this one, `t + 1`.
    @inlinable
    func _recordReturns(count n: Int) {
        let m = _assets
        let prices = _row(.prices), next = _row(.nextPrices), means = _row(.returnMeans)
        let before = _row(.deviationBefore), after = _row(.deviationAfter)
        let peaks = _row(.peaks), drawdowns = _row(.drawdowns)
        let weight = V(repeating: 1 / Double(n))
        for j in 0..<m {
            let r = LaneMath.log(next[j] / prices[j])
            let d = r - means[j]
            means[j] += d * weight
            before[j] = d
            after[j] = r - means[j]
            let peak = V.maximum(peaks[j], next[j])
            peaks[j] = peak
            drawdowns[j] = V.maximum(drawdowns[j], 1 - next[j] / peak)
        }
        for j in 0..<m {
            let d = before[j]
            for k in j..<m { _comoments[j * m + k] += d * after[k] }
        }
    }

    /// Every real lane's metrics in ``MultiAssetMetric/allCases`` order
    /// (formulas there) and failure.
    @usableFromInline
    func _outcomes(_ p: MultiAssetParameters, volume: V, worstResidual: V, runCount: Int) -> [RunOutcome] {
        let m = p.assets, n = p.agents
        let prices = _row(.prices), opening = _row(.openingPrices), drawdowns = _row(.drawdowns)
        let returnCount = Double(p.steps)
        return (0..<runCount).map { lane in
            var volatility = 0.0, drawdown = 0.0, logReturn = 0.0, anyFlat = false
            for j in 0..<m {
                let variance = _comoments[j * m + j][lane]
                anyFlat = anyFlat || !(variance > 0)
                volatility += (variance / (returnCount - 1)).squareRoot()
                drawdown += drawdowns[j][lane]
                logReturn += log(prices[j][lane] / opening[j][lane])
            }
            var correlation: Double? = nil
            if m > 1 && !anyFlat {
                var sum = 0.0
                for j in 0..<m {
                    for k in (j + 1)..<m {
                        sum += _comoments[j * m + k][lane]
                            / (_comoments[j * m + j][lane] * _comoments[k * m + k][lane]).squareRoot()
                    }
                }
                correlation = sum / Double(m * (m - 1) / 2)
            }
            for i in 0..<n {
                var wealth = _balance[i][lane]
                for j in 0..<m { wealth += _holdings[i * m + j][lane] * prices[j][lane] }
                _wealth[i] = wealth
            }
            let learning = _learningOutcomes(p, lane: lane)
            var wealth = UnsafeMutableBufferPointer(rebasing: _wealth[0..<n])
            wealth.sort()
            var total = 0.0
            for w in wealth { total += w }
            let gini: Double? = total > 0 ? PriceMetrics.giniOfSorted(wealth) : nil
            let values: [Double?] = [
                volatility / Double(m), drawdown / Double(m), logReturn / Double(m), correlation,
                volume[lane], gini, worstResidual[lane], _condition,
                learning.learnerProfit, learning.beliefProfit, learning.learnerWealthShare, learning.policyNorm,
            ]
            return RunOutcome(values: values, failure: _failures[lane])
        }
    }

    /// The learning metrics of `lane` from the final wealth in ``_wealth``
    /// (before it is sorted); all `nil` without learners.
    ///
    /// ```
    /// learner_profit       = mean_{i<L} (W_i − B₀)        belief_profit = mean_{i≥L} (W_i − B₀)
    /// learner_wealth_share = Σ_{i<L} W_i / Σ_i W_i         (nil when Σ_i W_i ≤ 0)
    /// policy_norm          = ‖W‖_F
    /// ```
    @usableFromInline
    func _learningOutcomes(_ p: MultiAssetParameters, lane: Int)
        -> (learnerProfit: Double?, beliefProfit: Double?, learnerWealthShare: Double?, policyNorm: Double?)
    {
        let l = _learners, n = p.agents
        guard l > 0 else { return (nil, nil, nil, nil) }
        var learnerWealth = 0.0, beliefWealth = 0.0
        for i in 0..<l { learnerWealth += _wealth[i] }
        for i in l..<n { beliefWealth += _wealth[i] }
        let total = learnerWealth + beliefWealth
        return (
            learnerWealth / Double(l) - p.initialBalance,
            l < n ? beliefWealth / Double(n - l) - p.initialBalance : nil,
            total > 0 ? learnerWealth / total : nil,
            _policies[lane].weightNorm)
    }
}
