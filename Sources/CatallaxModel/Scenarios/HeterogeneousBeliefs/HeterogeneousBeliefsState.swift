import CatallaxNumerics

/// The market after a step, as an observer sees it: the price `p* + x_t`,
/// the shares and the terms of the clearing equation, per lane, so the
/// invariants of `docs/HeterogeneousBeliefs.md` can be checked.
public struct HeterogeneousBeliefsState<V: LaneVector>: StepState {
    /// `p* + x_t` per lane.
    public let snapshot: StepSnapshot<V>
    /// `x_t`, the deviation from the fundamental price.
    public let deviation: V
    /// `n_t`, the logit share of trend followers.
    public let logitShare: V
    /// `ñ_t`, the share that cleared the market (`n_t`, or `k_t/N`).
    public let share: V
    /// `k_t`, the trend followers counted among `N` agents (0 for the continuum).
    public let count: V
    /// `f_{2,t+1} = g·x_{t−1} + b`, the trend followers' forecast.
    public let forecast: V
    /// `σ_ε·ε_t`, the supply shock.
    public let shock: V
    /// `D_{t−1}`, the fitness difference behind `n_t`.
    public let fitnessGap: V
    /// `R`.
    public let grossReturn: Double
    /// `N`.
    public let agents: Int
    /// Whether the market cleared (false only before the first step).
    public let cleared: Bool

    @inlinable
    init(price: V, deviation: V, logitShare: V, share: V, count: V, forecast: V, shock: V, fitnessGap: V,
         grossReturn: Double, agents: Int, cleared: Bool) {
        snapshot = StepSnapshot(price: price)
        self.deviation = deviation
        self.logitShare = logitShare
        self.share = share
        self.count = count
        self.forecast = forecast
        self.shock = shock
        self.fitnessGap = fitnessGap
        self.grossReturn = grossReturn
        self.agents = agents
        self.cleared = cleared
    }

    /// The clearing residual `(1 − ñ)·z₁ + ñ·z₂ + R·σ_ε·ε_t`, `z_h = f_h − R·x_t`: zero up to rounding.
    public func clearingResidual(lane: Int) -> Double {
        let r = grossReturn, x = deviation[lane], share = share[lane]
        return (1 - share) * (0 - r * x) + share * (forecast[lane] - r * x) + r * shock[lane]
    }

    /// The invariants of `docs/HeterogeneousBeliefs.md`:
    ///
    /// ```
    /// |(1 − ñ)z₁ + ñz₂ + R·σ_ε·ε_t| ≤ 10⁻⁹·(1 + |f₂| + R·|x_t|),   0 ≤ n, ñ ≤ 1,   k whole in 0…N,   all finite
    /// ```
    public func violatedInvariant(lane: Int) -> String? {
        let x = deviation[lane], n = logitShare[lane], share = share[lane]
        guard x.isFinite else { return "the deviation x_t = \(x) is not finite" }
        guard cleared else { return nil }
        guard fitnessGap[lane].isFinite, n.isFinite else { return "the fitness gap \(fitnessGap[lane]) or share \(n) is not finite" }
        guard (0...1).contains(n), (0...1).contains(share) else { return "a share is outside [0, 1]: n = \(n), ñ = \(share)" }
        if agents > 0 {
            let k = count[lane]
            guard k == k.rounded(), (0...Double(agents)).contains(k) else { return "k_t = \(k) is not a count of 0…\(agents) agents" }
        }
        let residual = clearingResidual(lane: lane)
        let bound = 1e-9 * (1 + forecast[lane].magnitude + grossReturn * x.magnitude)
        guard residual.magnitude <= bound else { return "the market does not clear: residual \(residual) exceeds \(bound)" }
        return nil
    }
}
