import Foundation

/// A softmax (Boltzmann, Gibbs) contextual bandit (Sutton and Barto 2018,
/// §2.8): actions are drawn with probabilities rising exponentially in
/// their values at temperature `τ`; values move toward the reward at a
/// constant step size (`docs/LearningTraders.md`).
///
/// ```
/// π(a) = e^{(Q(s,a) − max Q(s,·))/τ} / Σ_b e^{(Q(s,b) − max Q(s,·))/τ}     (τ = 0: greedy)
/// choose:  the first a with u₁ < Σ_{b ≤ a} π(b)
/// update:  Q(s, a) ← (1 − α)·Q(s, a) + α·r
/// ```
/// Subtracting the maximum keeps every exponent ≤ 0, so nothing overflows.
public struct SoftmaxBandit: TabularLearningRule, Equatable {
    /// `τ ≥ 0`, in reward units.
    public let temperature: Double

    /// The bandit at temperature `τ`.
    @inlinable public init(temperature: Double) { self.temperature = temperature }

    /// `π(a)` of `agent` in `state`.
    @inlinable
    public func probability(of action: Int, _ tables: TabularQTables, agent: Int, state: Int) -> Double {
        guard temperature > 0 else { return action == tables.greedyAction(agent: agent, state: state) ? 1 : 0 }
        let top = tables.maxValue(agent: agent, state: state)
        var total = 0.0, mine = 0.0
        for a in 0..<tables.actions {
            let w = exp((tables.value(agent: agent, state: state, action: a) - top) / temperature)
            total += w
            if a == action { mine = w }
        }
        return mine / total
    }

    @inlinable
    public func choose(_ tables: TabularQTables, agent: Int, state: Int, u1: Double, u2: Double) -> Int {
        guard temperature > 0 else { return tables.greedyAction(agent: agent, state: state) }
        let top = tables.maxValue(agent: agent, state: state)
        let k = tables.actions
        var total = 0.0
        for a in 0..<k { total += exp((tables.value(agent: agent, state: state, action: a) - top) / temperature) }
        // Walk the cumulative weights to u₁·Σ (the same as u₁ < Σ π, without k divisions).
        let goal = u1 * total
        var running = 0.0
        for a in 0..<(k - 1) {
            running += exp((tables.value(agent: agent, state: state, action: a) - top) / temperature)
            if goal < running { return a }
        }
        return k - 1
    }

    /// `r`: a bandit does not bootstrap.
    @inlinable @inline(__always)
    public func target(_ tables: TabularQTables, agent: Int, reward: Double, nextState: Int) -> Double { reward }
}
