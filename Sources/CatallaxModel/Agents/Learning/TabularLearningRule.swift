/// A learning rule over a table of action values `Q(s, a)`
/// (``TabularQTables``): how it chooses from two uniforms and what it moves
/// the value of the action taken toward (`docs/LearningTraders.md`,
/// "Learning rules"). Every rule updates
/// ```
/// Q(s, a) ← (1 − α)·Q(s, a) + α·target
/// ```
/// Rules are generic parameters of the step loop, never existentials.
public protocol TabularLearningRule: Sendable {
    /// The action of `agent` in `state` given uniforms `u₁, u₂ ∈ [0, 1)`.
    func choose(_ tables: TabularQTables, agent: Int, state: Int, u1: Double, u2: Double) -> Int
    /// The target after `reward`, with `nextState` the state the agent is now in.
    func target(_ tables: TabularQTables, agent: Int, reward: Double, nextState: Int) -> Double
}

extension TabularLearningRule {
    /// Moves `Q(state, action)` toward ``target(_:agent:reward:nextState:)`` at rate `α`.
    /// - Returns: whether the greedy action of the row changed.
    @inlinable @inline(__always) @discardableResult
    public func learn(_ tables: TabularQTables, agent: Int, state: Int, action: Int, reward: Double, nextState: Int,
                      rate α: Double) -> Bool {
        let y = target(tables, agent: agent, reward: reward, nextState: nextState)
        return tables.update(agent: agent, state: state, action: action, target: y, keep: 1 - α, rate: α)
    }
}
