import CatallaxNumerics

/// Logit demand for `n` differentiated goods and an outside good, with a
/// common marginal cost (Anderson, de Palma and Thisse 1992; the demand of
/// Calvano et al. 2020, `docs/AlgorithmicCollusion.md`).
///
/// ```
/// q_i(p) = exp((a − p_i)/μ) / (Σ_j exp((a − p_j)/μ) + exp(a₀/μ))
/// π_i(p) = (p_i − c)·q_i(p)
/// ```
/// `a` is every good's quality index, `a₀` the outside good's, `μ > 0` the
/// horizontal differentiation and `c` the marginal cost, all in money.
public struct LogitDemand: Sendable, Equatable {
    /// `a`, every inside good's quality index.
    public var quality: Double
    /// `c`, the marginal cost.
    public var cost: Double
    /// `a₀`, the outside good's quality index.
    public var outsideQuality: Double
    /// `μ > 0`, the product differentiation.
    public var differentiation: Double

    /// The demand with quality `a`, cost `c`, outside quality `a₀` and differentiation `μ`.
    @inlinable
    public init(quality: Double, cost: Double, outsideQuality: Double, differentiation: Double) {
        precondition(differentiation > 0, "logit demand needs μ > 0, got \(differentiation)")
        self.quality = quality
        self.cost = cost
        self.outsideQuality = outsideQuality
        self.differentiation = differentiation
    }

    /// The profit `π_i(p)` of every firm at prices `prices`, written to `profits`.
    ///
    /// Every exponent is shifted by the largest, `M = max(a₀, a − p_j)/μ`
    /// (the softmax form), so a small `μ` cannot overflow `exp`:
    /// `q_i = e^{(a − p_i)/μ − M} / (Σ_j e^{(a − p_j)/μ − M} + e^{a₀/μ − M})`.
    /// - Complexity: O(n), `n` calls of `exp`.
    @inlinable
    public func profits(atPrices prices: UnsafeBufferPointer<Double>, into profits: UnsafeMutableBufferPointer<Double>) {
        let μ = differentiation
        var largest = outsideQuality / μ
        for p in prices { largest = Swift.max(largest, (quality - p) / μ) }
        var total = LaneMath.exp(outsideQuality / μ - largest)
        for (i, p) in prices.enumerated() {
            let weight = LaneMath.exp((quality - p) / μ - largest)
            profits[i] = weight
            total += weight
        }
        for (i, p) in prices.enumerated() { profits[i] = (p - cost) * (profits[i] / total) }
    }

    /// The profits at `prices`, one per firm (for tests and set-up; allocates).
    public func profits(atPrices prices: [Double]) -> [Double] {
        var out = [Double](repeating: 0, count: prices.count)
        prices.withUnsafeBufferPointer { p in out.withUnsafeMutableBufferPointer { profits(atPrices: p, into: $0) } }
        return out
    }

    /// `q(p)`, one firm's share when all `firms` firms charge `price`:
    ///
    /// ```
    /// q(p) = E/(nE + A₀) = 1/(n + e^x),   x = (p − a + a₀)/μ
    /// ```
    /// The second form cannot overflow to `∞/∞`: `e^x = ∞` gives 0.
    @inlinable
    public func symmetricShare(price: Double, firms n: Int) -> Double {
        1 / (Double(n) + LaneMath.exp((price - quality + outsideQuality) / differentiation))
    }

    /// `π(p) = (p − c)·q(p)`, one firm's profit when all `firms` charge `price`.
    @inlinable
    public func symmetricProfit(price: Double, firms n: Int) -> Double {
        (price - cost) * symmetricShare(price: price, firms: n)
    }
}
