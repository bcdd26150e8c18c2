#if canImport(Glibc)
import Glibc
#endif

/// The per-run metrics of `REFERENCE-SCENARIO.md` computed from a whole price
/// path or wealth vector: the plain two-pass definitions, against which the
/// kernel's streaming per-lane versions are tested.
public enum PriceMetrics {
    /// Sample standard deviation (n−1) of the log returns of `path`:
    /// ```
    /// r_t = ln(P_{t+1}/P_t),  t = 0 … T−1
    /// volatility = √( Σ (r_t − r̄)² / (T − 1) )
    /// ```
    /// - Returns: NaN when the path has fewer than three prices.
    /// - Complexity: O(T).
    public static func volatility(of path: [Double]) -> Double {
        guard path.count >= 3 else { return .nan }
        let returns = zip(path.dropFirst(), path).map { log($0 / $1) }
        let mean = returns.reduce(0, +) / Double(returns.count)
        let squares = returns.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        return sqrt(squares / Double(returns.count - 1))
    }

    /// Largest fall from a running peak:
    /// ```
    /// max_drawdown = max_t ( 1 − P_t / max_{s≤t} P_s )
    /// ```
    /// - Complexity: O(T).
    public static func maxDrawdown(of path: [Double]) -> Double {
        var peak = -Double.infinity, worst = 0.0
        for price in path {
            peak = max(peak, price)
            worst = max(worst, 1 - price / peak)
        }
        return worst
    }

    /// `ln(P_T / P_0)`.
    public static func logReturn(of path: [Double]) -> Double {
        guard let first = path.first, let last = path.last else { return .nan }
        return log(last / first)
    }

    /// Gini coefficient of `wealth`, population form over the sorted values:
    /// ```
    /// G = Σ_i (2i − N − 1)·W_(i) / (N·Σ W_i),   W_(1) ≤ … ≤ W_(N)
    /// ```
    /// - Returns: 0 for equal wealth, (N−1)/N when one agent holds all;
    ///   NaN when total wealth is zero.
    /// - Complexity: O(N log N).
    public static func gini(of wealth: [Double]) -> Double {
        let sorted = wealth.sorted()
        return giniOfSorted(sorted)
    }

    /// ``gini(of:)`` for values already in ascending order.
    /// - Complexity: O(N).
    public static func giniOfSorted<C: Collection<Double>>(_ sorted: C) -> Double {
        let n = Double(sorted.count)
        var weighted = 0.0, total = 0.0, rank = 1.0
        for w in sorted {
            weighted += (2 * rank - n - 1) * w
            total += w
            rank += 1
        }
        return weighted / (n * total)
    }

    /// Shock metrics of a path with a shock sale at step `t_shock`:
    /// ```
    /// shock_drop     = 1 − P_{t_shock+1} / P_{t_shock}
    /// recovery_steps = min { s ≥ 1 : P_{t_shock+s} ≥ 0.95·P_{t_shock} },
    ///                  or T − t_shock when none (censored)
    /// ```
    /// - Returns: the drop, the recovery steps and whether they were censored.
    public static func shockResponse(of path: [Double], shockStep: Int) -> (drop: Double, recoverySteps: Int, censored: Bool) {
        let reference = path[shockStep]
        let drop = 1 - path[shockStep + 1] / reference
        for s in 1..<(path.count - shockStep) where path[shockStep + s] >= 0.95 * reference {
            return (drop, s, false)
        }
        return (drop, path.count - 1 - shockStep, true)
    }
}
