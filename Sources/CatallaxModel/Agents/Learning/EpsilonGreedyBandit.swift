/// An ε-greedy contextual bandit (Sutton and Barto 2018, §2.2–2.5): with
/// chance `ε` a uniform random action, else the greedy one; the value of
/// the action taken moves toward the reward at a constant step size, which
/// tracks a non-stationary reward (`docs/LearningTraders.md`).
///
/// ```
/// choose:  a = ⌊u₂·K⌋ if u₁ < ε, else argmax_a Q(s, a)   (lowest on a tie)
/// update:  Q(s, a) ← (1 − α)·Q(s, a) + α·r
/// ```
/// With fixed `ε` and the best arm greedy, the share of its pulls is `1 − ε + ε/K`.
public struct EpsilonGreedyBandit: TabularLearningRule, Equatable {
    /// `ε ∈ [0, 1]`.
    public let epsilon: Double

    /// The bandit exploring with chance `ε`.
    @inlinable public init(epsilon: Double) { self.epsilon = epsilon }

    @inlinable @inline(__always)
    public func choose(_ tables: TabularQTables, agent: Int, state: Int, u1: Double, u2: Double) -> Int {
        let explores = u1 < epsilon
        let random = Swift.min(Int(u2 * Double(tables.actions)), tables.actions - 1)
        return tables.choose(agent: agent, state: state, explores: explores, randomAction: random)
    }

    /// `r`: a bandit does not bootstrap.
    @inlinable @inline(__always)
    public func target(_ tables: TabularQTables, agent: Int, reward: Double, nextState: Int) -> Double { reward }
}
