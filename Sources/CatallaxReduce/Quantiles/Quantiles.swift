/// Exact sample quantiles from sorted values.
public enum Quantiles {
    /// The `p`-quantile of sorted values by linear interpolation between
    /// order statistics: definition 7 of Hyndman & Fan (1996), the default of
    /// R's `quantile` and of NumPy's `np.quantile(…, method='linear')`.
    ///
    /// With `x₀ ≤ x₁ ≤ … ≤ x_{n−1}` (0-based):
    /// ```
    /// h = (n − 1)·p,   j = ⌊h⌋,   g = h − j
    /// Q(p) = x_j + g·(x_{j+1} − x_j)      (Q(p) = x_{n−1} when j = n − 1)
    /// ```
    /// so `Q(0) = min`, `Q(1) = max`, and e.g. `[1, 2, 3, 4]` gives 1.15,
    /// 2.5 and 3.85 at `p` = 0.05, 0.5 and 0.95.
    ///
    /// The interpolation is evaluated as NumPy evaluates it, from the nearer
    /// end: `x_j + d·g` for `g < ½` and `x_{j+1} − d·(1 − g)` for `g ≥ ½`,
    /// `d = x_{j+1} − x_j`. That returns the order statistics exactly at
    /// `g = 0` and as `g → 1`, keeps the result in `[x_j, x_{j+1}]`, and
    /// matches NumPy bit for bit. (A one-ulp step back at `g = ½` is possible
    /// only when `d` itself was rounded up, e.g. for values of opposite sign.)
    ///
    /// Domain: `x_{n−1} − x₀` must not overflow (below `Double.greatestFiniteMagnitude`).
    ///
    /// - Parameters:
    ///   - sorted: finite values in ascending order (not checked).
    ///   - p: the probability, in `[0, 1]`.
    /// - Returns: `Q(p)`, or `nil` when `sorted` is empty.
    /// - Precondition: `0 ≤ p ≤ 1`.
    /// - Hyndman, R. J. & Fan, Y. (1996). Sample quantiles in statistical
    ///   packages. *The American Statistician* 50(4), 361–365.
    public static func linear<C: RandomAccessCollection>(ofSorted sorted: C, at p: Double) -> Double?
    where C.Element == Double {
        precondition(p >= 0 && p <= 1, "Quantiles.linear: p must be in [0, 1], got \(p)")
        let n = sorted.count
        guard n > 0 else { return nil }
        let h = Double(n - 1) * p
        let floor = h.rounded(.down)
        // Exact: h and ⌊h⌋ share their exponent or ⌊h⌋ = 0.
        let g = h - floor
        let j = Int(floor)
        let lower = sorted[sorted.index(sorted.startIndex, offsetBy: j)]
        guard j < n - 1 else { return lower }
        let upper = sorted[sorted.index(sorted.startIndex, offsetBy: j + 1)]
        let difference = upper - lower
        return g >= 0.5 ? upper - difference * (1 - g) : lower + difference * g
    }
}
