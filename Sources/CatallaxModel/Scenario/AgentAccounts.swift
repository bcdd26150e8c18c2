import CatallaxNumerics

/// Every agent's currency and tokens (or cash and units) in every lane, as
/// a kernel holds them, `[agent]` of lanes: the read-only view a kernel's
/// ``StepState`` gives observers.
public struct AgentAccounts<V: LaneVector> {
    /// Number of agents.
    public let agents: Int
    @usableFromInline let _balance: UnsafeMutableBufferPointer<V>
    @usableFromInline let _holdings: UnsafeMutableBufferPointer<V>

    /// A view of `agents` agents' `balance` and `holdings`.
    @inlinable
    public init(agents: Int, balance: UnsafeMutableBufferPointer<V>, holdings: UnsafeMutableBufferPointer<V>) {
        self.agents = agents
        _balance = balance
        _holdings = holdings
    }

    /// `B_i` in `lane`.
    public func balance(agent i: Int, lane: Int) -> Double { _balance[i][lane] }
    /// `H_i` in `lane`.
    public func holdings(agent i: Int, lane: Int) -> Double { _holdings[i][lane] }
}
