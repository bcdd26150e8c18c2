#if canImport(Glibc)
import Glibc
#endif

extension ZeroIntelligenceKernel {
    /// One finished session's metrics in ``ZeroIntelligenceMetric/allCases``
    /// order (formulas there).
    ///
    /// `mean_price` and `price_rmsd` are `nil` without trades; `volatility`
    /// is `nil` below 3 trades (fewer than two returns have no sample
    /// standard deviation). Prices are at least one tick, so every log
    /// return is finite.
    /// - Parameters:
    ///   - session: A finished session.
    ///   - midPrice: `p*`, the middle of the competitive prices (`> 0`).
    ///   - profitDispersion: The run's profit dispersion, measured per period.
    /// - Returns: The metric values.
    /// - Complexity: O(trades).
    static func _metrics(_ session: ZeroIntelligenceSession, midPrice: Double, profitDispersion: Double) -> [Double?] {
        let outcome = session.outcome
        let prices = session.prices
        let n = prices.count
        var meanPrice: Double? = nil, rmsd: Double? = nil, volatility: Double? = nil
        if n > 0 {
            var sum = 0.0, squares = 0.0
            for p in prices {
                sum += Double(p)
                squares += (Double(p) - midPrice) * (Double(p) - midPrice)
            }
            meanPrice = sum / Double(n)
            rmsd = (squares / Double(n)).squareRoot() / midPrice
        }
        if n >= 3 {
            // Two passes (mean, then squared deviations) avoid the
            // cancellation of Σr² − n·r̄² for returns near zero.
            var total = 0.0
            for k in 1..<n { total += log(Double(prices[k]) / Double(prices[k - 1])) }
            let mean = total / Double(n - 1)
            var squares = 0.0
            for k in 1..<n {
                let r = log(Double(prices[k]) / Double(prices[k - 1])) - mean
                squares += r * r
            }
            volatility = (squares / Double(n - 2)).squareRoot()
        }
        return [
            outcome.efficiency, Double(outcome.volume) / Double(session.design.periods),
            meanPrice, rmsd, volatility, profitDispersion,
        ]
    }
}
