import CatallaxNumerics

/// A worker's state for running the `market-clearing` scenario on
/// `V.scalarCount` replicates of one point in lockstep
/// (`docs/MarketClearing.md`): per-agent quantities are contiguous buffers
/// laid out `[agent][lane]`, one step's orders `[position][lane]`; each lane
/// owns its continuous book, and the call auction aggregates `[tick][lane]`.
///
/// Buffers and books are allocated once and reused by every batch the worker
/// runs (they grow only for larger points); books are emptied between runs,
/// keeping their storage.
public final class MarketClearingKernel<V: LaneVector> {
    /// Agents' cash `B_i`, `[agent]` of lanes.
    @usableFromInline var _balance: UnsafeMutableBufferPointer<V>
    /// Agents' units `H_i`, `[agent]` of lanes.
    @usableFromInline var _holdings: UnsafeMutableBufferPointer<V>
    /// Cash `C_i` committed to orders waiting for the next call.
    @usableFromInline var _committedCash: UnsafeMutableBufferPointer<V>
    /// Units `U_i` committed to orders waiting for the next call.
    @usableFromInline var _committedUnits: UnsafeMutableBufferPointer<V>
    /// Fundamentalists' beliefs `V_i`, `[fundamentalist]` of lanes (at least one entry).
    @usableFromInline var _beliefs: UnsafeMutableBufferPointer<V>
    /// The last `L + 1` prices, a ring indexed by `t mod (L+1)`.
    @usableFromInline var _priceRing: UnsafeMutableBufferPointer<V>
    /// One step's orders by active position `k`: the agent, ...
    @usableFromInline var _orderAgent: UnsafeMutableBufferPointer<V>
    /// ... the signed quantity (`> 0` buys, `< 0` sells, `0` no order), ...
    @usableFromInline var _orderQuantity: UnsafeMutableBufferPointer<V>
    /// ... the limit tick `j_ℓ`, ...
    @usableFromInline var _orderTick: UnsafeMutableBufferPointer<V>
    /// ... and the shuffle draw `s_k`.
    @usableFromInline var _shuffleDraw: UnsafeMutableBufferPointer<V>
    /// Tâtonnement's efficiency histogram: buy and sell units per tick offset.
    @usableFromInline var _rowBuys: UnsafeMutableBufferPointer<V>
    @usableFromInline var _rowSells: UnsafeMutableBufferPointer<V>
    /// One lane's buy and sell units per tick (books' efficiency), zero between uses.
    @usableFromInline var _tickBuys: UnsafeMutableBufferPointer<Double>
    @usableFromInline var _tickSells: UnsafeMutableBufferPointer<Double>
    /// One lane's submission order of a step.
    @usableFromInline var _permutation: UnsafeMutableBufferPointer<Int32>
    /// Scratch for one lane's final wealth, sorted for the Gini coefficient.
    @usableFromInline var _wealth: UnsafeMutableBufferPointer<Double>
    /// Active agents of the step in each lane.
    @usableFromInline var _laneOrderCount: [Int]
    /// Each lane's continuous double auction (built for `_bookTicks` ticks).
    @usableFromInline var _continuousBooks: [ContinuousDoubleAuction] = []
    /// The call's buy and sell units per tick, `[tick]` of lanes, zero between calls.
    @usableFromInline var _callBuys: UnsafeMutableBufferPointer<V>
    @usableFromInline var _callSells: UnsafeMutableBufferPointer<V>
    /// The lowest and highest tick of each lane's pending orders (`±∞` when none).
    @usableFromInline var _callLowest = V(repeating: .infinity)
    @usableFromInline var _callHighest = V(repeating: -.infinity)
    /// Each lane's pending buy and sell units.
    @usableFromInline var _callBuyTotal = V()
    @usableFromInline var _callSellTotal = V()
    /// Each lane's orders waiting for the next call, in time priority: lane
    /// `ℓ` holds `_pendingCount[ℓ]` orders from `ℓ·_pendingStride`.
    @usableFromInline var _pending: UnsafeMutableBufferPointer<_PendingCallOrder>
    @usableFromInline var _pendingStride: Int
    @usableFromInline var _pendingCount: [Int]
    /// The tick count `M` the continuous books were built for.
    @usableFromInline var _bookTicks = 0
    /// `N` of the point being run.
    @usableFromInline var _agents = 0
    /// The activity gaps of the point being run (kept while points share `p_act` and `N`).
    @usableFromInline var _activityGaps: ActivityGapTable?

    /// Number of lanes (replicates) run together.
    public static var laneCount: Int { V.scalarCount }

    /// A worker state sized for points like `parameters` (it grows as needed).
    /// - Parameter parameters: a point whose sizes (agents, look-back, ticks) to allocate for.
    public init(sizedFor parameters: MarketClearingParameters) {
        let n = max(1, parameters.agents), rows = parameters.tickCount + 2
        _balance = .allocate(capacity: n)
        _holdings = .allocate(capacity: n)
        _committedCash = .allocate(capacity: n)
        _committedUnits = .allocate(capacity: n)
        _beliefs = .allocate(capacity: max(1, parameters.fundamentalists))
        _priceRing = .allocate(capacity: parameters.lag + 1)
        _orderAgent = .allocate(capacity: n)
        _orderQuantity = .allocate(capacity: n)
        _orderTick = .allocate(capacity: n)
        _shuffleDraw = .allocate(capacity: n)
        _rowBuys = .allocate(capacity: rows)
        _rowSells = .allocate(capacity: rows)
        _rowBuys.initialize(repeating: V())
        _rowSells.initialize(repeating: V())
        _tickBuys = .allocate(capacity: rows)
        _tickSells = .allocate(capacity: rows)
        _tickBuys.initialize(repeating: 0)
        _tickSells.initialize(repeating: 0)
        _permutation = .allocate(capacity: n)
        _wealth = .allocate(capacity: n)
        _laneOrderCount = Array(repeating: 0, count: V.scalarCount)
        // Only the call auction uses the per-tick aggregates.
        let callRows = parameters.mechanism == .call ? rows : 1
        _callBuys = .allocate(capacity: callRows)
        _callSells = .allocate(capacity: callRows)
        _callBuys.initialize(repeating: V())
        _callSells.initialize(repeating: V())
        _pendingStride = n
        _pending = .allocate(capacity: n * V.scalarCount)
        _pendingCount = Array(repeating: 0, count: V.scalarCount)
    }

    deinit {
        for buffer in [_balance, _holdings, _committedCash, _committedUnits, _beliefs, _priceRing,
                       _orderAgent, _orderQuantity, _orderTick, _shuffleDraw, _rowBuys, _rowSells,
                       _callBuys, _callSells] {
            buffer.deallocate()
        }
        _tickBuys.deallocate()
        _tickSells.deallocate()
        _permutation.deallocate()
        _wealth.deallocate()
        _pending.deallocate()
    }

    /// Makes sure the buffers and books fit `parameters`.
    @usableFromInline
    func _reserveCapacity(for parameters: MarketClearingParameters) {
        func grow<T>(_ buffer: inout UnsafeMutableBufferPointer<T>, to count: Int, zero: T? = nil) {
            guard buffer.count < count else { return }
            buffer.deallocate()
            buffer = .allocate(capacity: count)
            if let zero { buffer.initialize(repeating: zero) }
        }
        let n = max(1, parameters.agents), rows = parameters.tickCount + 2
        grow(&_balance, to: n)
        grow(&_holdings, to: n)
        grow(&_committedCash, to: n)
        grow(&_committedUnits, to: n)
        grow(&_beliefs, to: max(1, parameters.fundamentalists))
        grow(&_priceRing, to: parameters.lag + 1)
        grow(&_orderAgent, to: n)
        grow(&_orderQuantity, to: n)
        grow(&_orderTick, to: n)
        grow(&_shuffleDraw, to: n)
        grow(&_rowBuys, to: rows, zero: V())
        grow(&_rowSells, to: rows, zero: V())
        if parameters.mechanism == .call {
            grow(&_callBuys, to: rows, zero: V())
            grow(&_callSells, to: rows, zero: V())
        }
        grow(&_tickBuys, to: rows, zero: 0)
        grow(&_tickSells, to: rows, zero: 0)
        grow(&_permutation, to: n)
        grow(&_wealth, to: n)
        _activityGaps = .forWalk(overAgents: n, activity: parameters.activity, reusing: _activityGaps)
        let ticks = parameters.tickCount
        switch parameters.mechanism {
        case .continuous:
            if _bookTicks != ticks || _continuousBooks.isEmpty {
                _continuousBooks = (0..<V.scalarCount).map { _ in
                    // validate() keeps 2 ≤ M ≤ 2²⁴, which the book accepts.
                    try! ContinuousDoubleAuction(ticks: 1...ticks, capacity: min(n, 4096))
                }
                _bookTicks = ticks
            }
        case .call, .tatonnement:
            break
        }
    }
}
