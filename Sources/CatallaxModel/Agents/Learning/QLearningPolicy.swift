/// Tabular Q-learning with ε-greedy exploration (Watkins and Dayan 1992)
/// over a ``TabularQLearner``'s tables (`docs/LearningTraders.md`):
///
/// ```
/// choose:  as ``EpsilonGreedyBandit``
/// update:  Q(s, a) ← (1 − α)·Q(s, a) + α·(r + δ·max_a' Q(s', a'))
/// ```
/// The fixed point is Bellman's `Q* = r + δ·max Q*`.
public struct QLearningPolicy: TabularLearningRule, Equatable {
    /// The exploration.
    public let exploration: EpsilonGreedyBandit
    /// `δ ∈ [0, 1)`.
    public let discount: Double

    /// Q-learning exploring with chance `ε`, discounting by `δ`.
    @inlinable public init(epsilon: Double, discount: Double) {
        exploration = EpsilonGreedyBandit(epsilon: epsilon)
        self.discount = discount
    }

    @inlinable @inline(__always)
    public func choose(_ tables: TabularQTables, agent: Int, state: Int, u1: Double, u2: Double) -> Int {
        exploration.choose(tables, agent: agent, state: state, u1: u1, u2: u2)
    }

    /// `r + δ·max_a' Q(s', a')`.
    @inlinable @inline(__always)
    public func target(_ tables: TabularQTables, agent: Int, reward: Double, nextState: Int) -> Double {
        reward + discount * tables.maxValue(agent: agent, state: nextState)
    }
}
