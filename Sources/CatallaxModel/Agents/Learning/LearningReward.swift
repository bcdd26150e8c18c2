/// What a learner is rewarded by (`docs/LearningTraders.md`, "Reward"):
///
/// ```
/// profit:   U = B + H·P
/// utility:  U = B + H·P − λ·(H·P)²·σ²        σ²: variance of the recent log returns
/// reward    r_t = 100·(U(t) − U(t − 1)) / W₀   percent of the starting wealth
/// ```
/// `(H·P)²·σ²` is the variance of the position's value over a step, so a
/// risk-averse learner is charged for its exposure (Markowitz mean-variance).
public enum LearningReward: String, CaseIterable, Sendable, ParameterChoice {
    /// Marked-to-market wealth.
    case profit
    /// Mean-variance utility.
    case utility

    /// `U` of a trader with `cash` and `tokens` at `price`, variance `σ²`, risk aversion `λ`.
    @inlinable @inline(__always)
    public func level(cash: Double, tokens: Double, price: Double, variance: Double, riskAversion λ: Double) -> Double {
        let position = tokens * price
        switch self {
        case .profit: return cash + position
        case .utility: return cash + position - λ * position * position * variance
        }
    }
}
