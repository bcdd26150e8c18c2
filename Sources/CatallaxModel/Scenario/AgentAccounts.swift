import CatallaxNumerics

/// Every agent's currency and tokens (or cash and units) in every lane, as
/// a kernel holds them: the read-only view a kernel's ``StepState`` gives
/// observers.
///
/// Agent `i`'s value in `lane` sits at `i·agentStride + lane·laneStride`
/// doubles from the first agent's in lane 0, which covers both layouts the
/// kernels use: `[agent]` of lanes (strides `W` and 1) and one record per
/// lane and agent (``init(agents:balance:holdings:agentStride:laneStride:)``).
public struct AgentAccounts<V: LaneVector> {
    /// Number of agents.
    public let agents: Int
    @usableFromInline let _balance: UnsafePointer<Double>
    @usableFromInline let _holdings: UnsafePointer<Double>
    @usableFromInline let _agentStride: Int
    @usableFromInline let _laneStride: Int

    /// A view of `agents` agents' `balance` and `holdings`, each `[agent]` of lanes.
    @inlinable
    public init(agents: Int, balance: UnsafeMutableBufferPointer<V>, holdings: UnsafeMutableBufferPointer<V>) {
        self.init(agents: agents,
                  balance: UnsafeRawPointer(balance.baseAddress!).assumingMemoryBound(to: Double.self),
                  holdings: UnsafeRawPointer(holdings.baseAddress!).assumingMemoryBound(to: Double.self),
                  agentStride: V.scalarCount, laneStride: 1)
    }

    /// A view of `agents` agents whose balance in `lane` is
    /// `balance[i·agentStride + lane·laneStride]`, and holdings likewise.
    @inlinable
    public init(agents: Int, balance: UnsafePointer<Double>, holdings: UnsafePointer<Double>,
                agentStride: Int, laneStride: Int) {
        self.agents = agents
        _balance = balance
        _holdings = holdings
        _agentStride = agentStride
        _laneStride = laneStride
    }

    /// `B_i` in `lane`.
    public func balance(agent i: Int, lane: Int) -> Double { _balance[i * _agentStride + lane * _laneStride] }
    /// `H_i` in `lane`.
    public func holdings(agent i: Int, lane: Int) -> Double { _holdings[i * _agentStride + lane * _laneStride] }
}
