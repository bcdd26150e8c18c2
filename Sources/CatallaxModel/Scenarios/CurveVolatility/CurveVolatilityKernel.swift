import CatallaxNumerics

/// A worker's state for running the `curve-volatility` scenario on
/// `V.scalarCount` replicates of one point in lockstep, each lane one run:
/// the agents' accounts as records `[lane][agent]` (``_AgentRecords``), the
/// rest `[…][lane]`.
///
/// The buffers are allocated once and reused by every batch the worker runs
/// (they grow only when a point has more agents or a longer look-back).
/// Nothing is allocated inside the step loop.
public final class CurveVolatilityKernel<V: LaneVector> {
    /// Agents' currency `B_i`, tokens `H_i` and reciprocal beliefs `1/V_i`,
    /// and a scratch row `N` that lanes past their last agent of a step read
    /// and write.
    @usableFromInline var _records: _AgentRecords<V>
    /// Fundamentalists' beliefs `V_i`, `[fundamentalist]` of lanes (at least
    /// one entry), as drawn at the start of a run before they are copied
    /// into the records.
    @usableFromInline var _beliefs: UnsafeMutableBufferPointer<V>
    /// The last `L + 1` prices, a ring indexed by `t mod (L+1)`.
    @usableFromInline var _priceRing: UnsafeMutableBufferPointer<V>
    /// The step's orders between the walk, the decisions and the trades.
    @usableFromInline var _orders: _StepOrders<V>
    /// Scratch for one lane's final wealth, sorted for the Gini
    /// coefficient, and room for the sort's own scratch after it.
    @usableFromInline var _wealth: UnsafeMutableBufferPointer<Double>
    /// `N` of the point being run.
    @usableFromInline var _agents = 0
    /// Rows of records per lane of the point being run, `N + 1`.
    @usableFromInline var _rows: Int { _agents + 1 }
    /// The activity gaps of the point being run (kept while points share `p_act` and `N`).
    @usableFromInline var _activityGaps: ActivityGapTable?

    /// Number of lanes (replicates) run together.
    public static var laneCount: Int { V.scalarCount }

    /// A worker state sized for points like `parameters` (it grows as needed).
    public init(sizedFor parameters: CurveVolatilityParameters) {
        _records = _AgentRecords(rows: parameters.agents + 1)
        _orders = _StepOrders(capacity: parameters.agents + 1)
        _beliefs = .allocate(capacity: max(1, parameters.fundamentalists))
        _priceRing = .allocate(capacity: parameters.lag + 1)
        _wealth = .allocate(capacity: 2 * parameters.agents)
    }

    deinit {
        _records.deallocate()
        _beliefs.deallocate()
        _priceRing.deallocate()
        _orders.deallocate()
        _wealth.deallocate()
    }

    /// Makes sure the buffers fit `parameters`.
    @usableFromInline
    func _reserveCapacity(for parameters: CurveVolatilityParameters) {
        func grow<T>(_ buffer: inout UnsafeMutableBufferPointer<T>, to count: Int) {
            guard buffer.count < count else { return }
            buffer.deallocate()
            buffer = .allocate(capacity: count)
        }
        if _records.capacity < parameters.agents + 1 {
            _records.deallocate()
            _records = _AgentRecords(rows: parameters.agents + 1)
        }
        if _orders.capacity < parameters.agents + 1 {
            _orders.deallocate()
            _orders = _StepOrders(capacity: parameters.agents + 1)
        }
        grow(&_beliefs, to: max(1, parameters.fundamentalists))
        grow(&_priceRing, to: parameters.lag + 1)
        grow(&_wealth, to: 2 * parameters.agents)
        _activityGaps = .forWalk(overAgents: parameters.agents, activity: parameters.activity, reusing: _activityGaps)
    }
}
