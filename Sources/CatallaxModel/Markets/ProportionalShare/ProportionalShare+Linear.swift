extension ProportionalShare {
    /// A price-anticipating agent's best bid when its utility is linear,
    /// `U(x) = a·x` (Johari and Tsitsiklis's worst-case family).
    ///
    /// ```
    /// max_w  a·C·w/(w + W) − w   ⇒   a·C·W/(w + W)² = 1
    /// BR(W) = max(0, √(a·C·W) − W) = max(0, W·(a·C − W)/(√(a·C·W) + W))       (evaluated form)
    /// BR(0) = 0
    /// ```
    /// The second form avoids the cancellation of `√(aCW) − W` when the bid
    /// is small next to `W`. Against `W = 0` every positive bid wins
    /// everything and no best bid exists; the function returns 0 there.
    /// - Parameters:
    ///   - W: The others' total bid, `≥ 0`.
    ///   - C: Capacity `C > 0`.
    ///   - a: Slope `a ≥ 0` (value per unit of capacity).
    /// - Returns: The best bid.
    public static func linearBestResponse(othersBids W: Double, capacity C: Double, slope a: Double) -> Double {
        guard W > 0 else { return 0 }
        return max(0, W * (a * C - W) / ((a * C * W).squareRoot() + W))
    }

    /// The Nash equilibrium of linear utilities by Gauss–Seidel best
    /// responses.
    ///
    /// ```
    /// start w_i = a_i·C/N (or the given bids)
    /// repeat rounds times:  S = Σ_i w_i;  for i:  w_i′ = BR_i(S − w_i),  S += w_i′ − w_i
    /// NE:  a_i·(1 − d_i) = μ for every d_i = C·w_i/S > 0  (S = μ·C)
    /// ```
    /// For one agent of slope 1 and `n` of slope ½ at `C = 1` the equilibrium
    /// is `μ = n/(2n+1)`, `d₀ = (n+1)/(2n+1)`, `d = 1/(2n+1)`, with aggregate
    /// utility `(3n+2)/(4n+2)` against the optimum 1: the ratio falls to 3/4
    /// as `n` grows, so Johari and Tsitsiklis's bound is tight. Gauss–Seidel
    /// converges fast for a few agents; with many equal small agents their
    /// common mode settles slowly (about 0.4 % per round at `n = 100`).
    /// - Parameters:
    ///   - slopes: `a_i ≥ 0`.
    ///   - capacity: `C > 0`.
    ///   - rounds: Gauss–Seidel rounds, `≥ 0`.
    ///   - start: The starting bids, one per slope; `nil` for `a_i·C/N`.
    /// - Returns: The bids after the rounds.
    /// - Complexity: O(rounds·N).
    public static func linearEquilibrium(
        slopes: [Double], capacity: Double, rounds: Int, from start: [Double]? = nil
    ) -> [Double] {
        precondition(start.map { $0.count == slopes.count } ?? true, "ProportionalShare needs one starting bid per slope.")
        var bids = start ?? slopes.map { $0 * capacity / Double(slopes.count) }
        for _ in 0..<rounds {
            var total = bids.reduce(0, +)
            for i in bids.indices {
                let new = linearBestResponse(othersBids: total - bids[i], capacity: capacity, slope: slopes[i])
                total += new - bids[i]
                bids[i] = new
            }
        }
        return bids
    }
}
