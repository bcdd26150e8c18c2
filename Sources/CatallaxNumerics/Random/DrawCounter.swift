/// The Philox counter of one block of draws: which step, which agent (or group
/// of agents), what for and which block of several (`docs/Philox.md`,
/// "Counters: one per draw").
///
/// ```
/// words = (step, agent, purpose, index)        word 0 first, as Random123's v[0]
/// ```
///
/// With the run's ``RunKey`` it names every random word of a run, so a draw
/// depends only on where it is used, never on the order draws are made in.
/// Distinct counters give independent blocks (Philox is a bijection of
/// counters for each key).
///
/// Layout conventions of the kernel:
/// - Per-agent trials that need one word each take four agents per block:
///   the activity of agents `4a … 4a+3` at step `t` is word `j` (agent
///   `4a + j`) of the block at `(t, a, .activity, 0)`, tested with a
///   ``BernoulliThreshold``.
/// - Draws that need whole blocks (two uniforms, or a normal pair) take one
///   block per agent at `(t, i, purpose, 0)`; more blocks for the same agent,
///   step and purpose count up `index`.
public struct DrawCounter: Hashable, Sendable {
    /// The time step `t` (counter word 0).
    public var step: UInt32
    /// The agent, or the group of agents, drawing (counter word 1).
    public var agent: UInt32
    /// What the draw is for (counter word 2).
    public var purpose: DrawPurpose
    /// The block's number among several for the same step, agent and purpose (counter word 3).
    public var index: UInt32

    /// The counter `(step, agent, purpose, index)`.
    ///
    /// - Parameters:
    ///   - step: the time step `t`.
    ///   - agent: the agent index, or the agent-group index `a` for four agents per block.
    ///   - purpose: what the draw is for.
    ///   - index: the block's number within `(step, agent, purpose)`; 0 for the first.
    @inlinable @inline(__always)
    public init(step: UInt32, agent: UInt32, purpose: DrawPurpose, index: UInt32 = 0) {
        self.step = step
        self.agent = agent
        self.purpose = purpose
        self.index = index
    }

    /// The four Philox counter words, word 0 first.
    ///
    /// ```
    /// words = (step, agent, purpose.rawValue, index)
    /// ```
    @inlinable @inline(__always)
    public var words: SIMD4<UInt32> {
        SIMD4(step, agent, purpose.rawValue, index)
    }
}
