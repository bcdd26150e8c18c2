/// The prices a learning firm chooses from and every firm's profit at
/// every joint choice (`docs/AlgorithmicCollusion.md`, "Demand, profits
/// and the benchmarks").
///
/// ```
/// P_k = lo + (hi − lo)·k/(m − 1),   lo = p_N − ξ(p_M − p_N),  hi = p_M + ξ(p_M − p_N)
/// profit(a, i) = π_i(P_{a_1} … P_{a_n}),   a = Σ_j a_j·m^{n−1−j}
/// ```
/// Computed once per run, so the period loop reads profits and never calls `exp`.
public struct LogitPriceGrid: Sendable, Equatable {
    /// `n`, the firms.
    public let firms: Int
    /// `p_N`, the Bertrand–Nash price.
    public let nashPrice: Double
    /// `p_M`, the monopoly price.
    public let monopolyPrice: Double
    /// `π_N`, one firm's profit at `p_N`.
    public let nashProfit: Double
    /// `π_M`, one firm's profit at `p_M`.
    public let monopolyProfit: Double
    /// `P_0 … P_{m−1}`.
    public let prices: [Double]
    /// `profit(a, i)` at `a·n + i`, `mⁿ·n` numbers.
    public let profits: [Double]

    /// The grid of `m = prices` prices widened by `ξ = widening` and its
    /// profit table, for `firms` firms facing `demand`.
    /// - Precondition: `prices ≥ 2`, `firms ≥ 1`, `prices^firms` small enough to tabulate.
    /// - Complexity: O(n²·mⁿ).
    public init(demand: LogitDemand, firms n: Int, prices m: Int, widening ξ: Double) {
        precondition(m >= 2 && n >= 1, "a grid needs 2 prices and a firm")
        firms = n
        nashPrice = demand.nashPrice(firms: n)
        monopolyPrice = demand.monopolyPrice(firms: n)
        nashProfit = demand.symmetricProfit(price: nashPrice, firms: n)
        monopolyProfit = demand.symmetricProfit(price: monopolyPrice, firms: n)
        let gap = monopolyPrice - nashPrice
        let low = nashPrice - ξ * gap, high = monopolyPrice + ξ * gap
        prices = (0..<m).map { k in low + (high - low) * Double(k) / Double(m - 1) }
        var count = 1
        for _ in 0..<n { count *= m }
        var table = [Double](repeating: 0, count: count * n)
        var joint = [Double](repeating: 0, count: n), out = [Double](repeating: 0, count: n)
        for a in 0..<count {
            var rest = a
            for j in stride(from: n - 1, through: 0, by: -1) {
                joint[j] = prices[rest % m]
                rest /= m
            }
            joint.withUnsafeBufferPointer { p in out.withUnsafeMutableBufferPointer { demand.profits(atPrices: p, into: $0) } }
            for i in 0..<n { table[a * n + i] = out[i] }
        }
        profits = table
    }

    /// `m`, the prices on the grid.
    @inlinable public var count: Int { prices.count }

    /// `(π − π_N)/(π_M − π_N)`: 0 at the Nash profit, 1 at the monopoly profit.
    @inlinable public func profitGain(_ profit: Double) -> Double { (profit - nashProfit) / (monopolyProfit - nashProfit) }
}
