import CatallaxNumerics

/// A worker's state for running the `resource-economy` scenario on
/// `V.scalarCount` replicates of one point in lockstep, each lane one run.
///
/// Structure of arrays: per-agent rows `[row][agent]` of lanes, per
/// agent-and-resource rows `[row][agent][resource]` of lanes, per-resource
/// rows `[row][resource]` of lanes, and the credit lots
/// `[agent][resource][slot]` of lanes. Buffers are allocated once and grow
/// only for larger points; nothing is allocated inside the step loop.
/// See `docs/ResourceEconomy.md`.
public final class ResourceEconomyKernel<V: LaneVector> {
    /// Per-agent rows, `_AgentRow.count × N` lanes.
    @usableFromInline var _agentRows: UnsafeMutableBufferPointer<V>
    /// Per agent-and-resource rows, `_PairRow.count × N·M` lanes.
    @usableFromInline var _pairRows: UnsafeMutableBufferPointer<V>
    /// Per-resource rows, `_ResourceRow.count × M` lanes.
    @usableFromInline var _resourceRows: UnsafeMutableBufferPointer<V>
    /// Credit lots `K_ij[s mod e]`, `[agent][resource][slot]` of lanes, for the policy agents.
    @usableFromInline var _lots: UnsafeMutableBufferPointer<V>
    /// Per-agent scratch columns handed to the allocation components, `4 × 2N` lanes.
    @usableFromInline var _columns: UnsafeMutableBufferPointer<V>
    /// The oracle's block: the others' load `L(s)` then the plan `e(s)`, `2 × H` lanes.
    @usableFromInline var _oracleBlock: UnsafeMutableBufferPointer<V>
    /// One lane's values for the valley filling and the Gini coefficient.
    @usableFromInline var _laneScratch: UnsafeMutableBufferPointer<Double>
    /// The arrival order of one lane (`first-come`).
    @usableFromInline var _arrival: UnsafeMutableBufferPointer<Int32>
    /// The price forecasts of the forecast policies, one per resource.
    @usableFromInline var _forecasts: [ResourcePriceForecast<V>] = []
    /// `N`, `M`, `e` of the point being run and the sizes the buffers hold.
    @usableFromInline var _agents = 0
    @usableFromInline var _resources = 0
    @usableFromInline var _expiry = 1
    @usableFromInline var _capacityAgents = 0
    @usableFromInline var _capacityPairs = 0
    @usableFromInline var _capacityResources = 0
    @usableFromInline var _capacityBlock = 0
    /// Whether the settlement writes the pro-rata fills `x^s`, `x^a` to
    /// their rows: only an observer reads them (the kernel applies the
    /// rationing factor to the orders), so a run that nobody observes skips
    /// a store per agent and resource.
    @usableFromInline var _recordsFills = true
    /// Per-lane accounts outside the agents: the provider `T` and the outside world `E`.
    @usableFromInline var _provider = V()
    @usableFromInline var _outside = V()
    /// `Σ_i B_i(0)`, per lane.
    @usableFromInline var _startingMoney = V()
    /// The credits ledger's cumulative flows, per lane.
    @usableFromInline var _creditsBought = V()
    @usableFromInline var _creditsRedeemed = V()
    @usableFromInline var _creditsExpired = V()
    @usableFromInline var _creditsForfeited = V()
    /// `E = Σ_i E_i`, the oracle coalition's need in the next block, per lane.
    @usableFromInline var _oracleTotal = V()
    /// `C̄` per lane.
    @usableFromInline var _meanCapacity = V()
    /// Each lane's first failure, if any.
    @usableFromInline var _failures: [String?] = []
    /// Test hook: needs `n_i(t)` from the caller instead of the load pattern
    /// (`docs/ResourceEconomy.md`, known answer (d)).
    @usableFromInline var _needsOverride: ((Int, Int) -> Double)? = nil

    /// Number of lanes (replicates) per batch.
    public static var laneCount: Int { V.scalarCount }

    /// A worker state sized for points like `parameters` (it grows as needed).
    /// - Complexity: O(N·M·e) memory per lane with credits, O(N·M) without.
    public init(sizedFor parameters: ResourceEconomyParameters) {
        _agentRows = .allocate(capacity: 0)
        _pairRows = .allocate(capacity: 0)
        _resourceRows = .allocate(capacity: 0)
        _lots = .allocate(capacity: 0)
        _columns = .allocate(capacity: 0)
        _oracleBlock = .allocate(capacity: 0)
        _laneScratch = .allocate(capacity: 0)
        _arrival = .allocate(capacity: 0)
        _reserveCapacity(for: parameters)
    }

    deinit {
        _agentRows.deallocate()
        _pairRows.deallocate()
        _resourceRows.deallocate()
        _lots.deallocate()
        _columns.deallocate()
        _oracleBlock.deallocate()
        _laneScratch.deallocate()
        _arrival.deallocate()
        for forecast in _forecasts { forecast.deallocate() }
    }

    /// Makes sure the buffers fit `parameters`.
    @usableFromInline
    func _reserveCapacity(for p: ResourceEconomyParameters) {
        // Cache-line aligned, so no lane vector straddles two lines.
        func grow<T>(_ buffer: inout UnsafeMutableBufferPointer<T>, to count: Int) {
            guard buffer.count < count else { return }
            buffer.deallocate()
            let raw = UnsafeMutableRawPointer.allocate(byteCount: max(1, count) * MemoryLayout<T>.stride, alignment: 64)
            buffer = UnsafeMutableBufferPointer(start: raw.bindMemory(to: T.self, capacity: count), count: count)
        }
        let n = p.agents, m = p.resources
        let agentStride = Self._rowStride(n), pairStride = Self._rowStride(n * m), resourceStride = Self._rowStride(m)
        grow(&_agentRows, to: _AgentRow.count * agentStride)
        grow(&_pairRows, to: _PairRow.count * pairStride)
        grow(&_resourceRows, to: _ResourceRow.count * resourceStride)
        grow(&_lots, to: p.keepsCredits ? p.policyAgents * m * p.expiry : 0)
        grow(&_columns, to: 4 * 2 * agentStride)
        grow(&_oracleBlock, to: 2 * p.block)
        grow(&_laneScratch, to: max(n, 3 * p.block))
        grow(&_arrival, to: n)
        _capacityAgents = agentStride
        _capacityPairs = pairStride
        _capacityResources = resourceStride
        _capacityBlock = p.block
        if p.policy.forecasts {
            if _forecasts.count < m || _forecasts.first.map({ !$0.fits(p) }) == true {
                for forecast in _forecasts { forecast.deallocate() }
                _forecasts = (0..<m).map { _ in ResourcePriceForecast(for: p) }
            }
        }
    }

    /// The distance between two rows of `count` lane vectors: at least
    /// `count`, with a byte length `≡ 64 (mod 128)`. Rows then never start a
    /// multiple of 4 KiB apart (unless 64 rows apart), so a load from one row
    /// does not wait on a store to the same element of another, which the
    /// CPU mistakes for the same address when the low 12 bits agree ("4K
    /// aliasing": with `N·M = 4000` lanes of eight, the unpadded spot-order
    /// and fill rows were exactly 4 KiB-aligned to each other).
    @inlinable
    static func _rowStride(_ count: Int) -> Int {
        var stride = count
        while (stride * MemoryLayout<V>.stride) % 128 != 64 { stride += 1 }
        return stride
    }

    /// Row `row` of the per-agent lanes: `N` lane vectors.
    @inlinable @inline(__always)
    func _row(_ row: _AgentRow) -> UnsafeMutablePointer<V> {
        _agentRows.baseAddress! + row.rawValue * _capacityAgents
    }

    /// Row `row` of the agent-and-resource lanes: `N·M` lane vectors, `(i·M + j)`.
    @inlinable @inline(__always)
    func _row(_ row: _PairRow) -> UnsafeMutablePointer<V> {
        _pairRows.baseAddress! + row.rawValue * _capacityPairs
    }

    /// Row `row` of the per-resource lanes: `M` lane vectors.
    @inlinable @inline(__always)
    func _row(_ row: _ResourceRow) -> UnsafeMutablePointer<V> {
        _resourceRows.baseAddress! + row.rawValue * _capacityResources
    }

    /// Column `k` of the scratch handed to the allocation components: `2N` lane vectors.
    @inlinable @inline(__always)
    func _column(_ k: Int) -> UnsafeMutablePointer<V> {
        _columns.baseAddress! + k * 2 * _capacityAgents
    }

    /// The credit lots of agent `i` and resource `j`: `e` lane vectors.
    @inlinable @inline(__always)
    func _lots(agent i: Int, resource j: Int) -> UnsafeMutablePointer<V> {
        _lots.baseAddress! + (i * _resources + j) * _expiry
    }
}

/// The per-agent quantities of a batch, each `N` lane vectors.
@usableFromInline
enum _AgentRow: Int, CaseIterable {
    /// `ν_i`, the agent's size.
    case size
    /// `sin 2πφ_i` and `cos 2πφ_i` of the daily phase.
    case sinePhase
    case cosinePhase
    /// `β_i`, 1 while bursting.
    case burst
    /// `z_i`, 1 once bankrupt.
    case dormant
    /// `B_i`, the wallet.
    case wallet
    /// Steps up so far.
    case upSteps
    /// `n_i(t)`, the need per resource this step (the same on every resource).
    case need
    /// `b^s_i` and `b^a_i`, the spot and ahead budgets of the step.
    case spotBudget
    case aheadBudget
    /// `E_i`, an oracle agent's need in the next block.
    case nextBlockNeed
    /// The burst states the oracle simulates ahead.
    case burstAhead

    @usableFromInline static let count = allCases.count
}

/// The per agent-and-resource quantities of a batch, each `N·M` lane vectors.
@usableFromInline
enum _PairRow: Int, CaseIterable {
    /// `a_ij = 2·m·π_ij·p̄`, the marginal utility of the first unit per unit of need.
    case value
    /// `ln a_ij`, drawn with `a_ij`: the planner's optimum reads it (see `_measureEfficiency`).
    case logValue
    /// `r_ij`, credits redeemed this step.
    case redeemed
    /// `Q^s_ij`: the spot order (units), or under `kelly-*` the spot bid (money).
    case spotOrder
    /// `q_ij`: the ahead order (units), or under `kelly-*` the ahead bid (money).
    case aheadOrder
    /// `v_ij` and `v^a_ij`, the auction limits.
    case spotLimit
    case aheadLimit
    /// `x^s_ij`, `x^a_ij`, the allocations.
    case spotFill
    case aheadFill

    @usableFromInline static let count = allCases.count
}

/// The per-resource quantities of a batch, each `M` lane vectors.
@usableFromInline
enum _ResourceRow: Int, CaseIterable {
    /// `C_j(t)`, the step's capacity, and `C_j(t+1)`.
    case capacity
    case nextCapacity
    /// `P̃_j`, the step's quote, then `P_j(t)`, the step's price.
    case quote
    case price
    /// The quote of the next step.
    case nextQuote
    /// `F_j(t)`, the forecast.
    case forecast
    /// `D_j(t)`, the offered load (spot and ahead).
    case offered
    /// `min(1, C_j/D_j)`, the pro-rata rationing factor.
    case rationing
    /// `X_j(t)`, the allocated load.
    case allocated
    /// `Σ_i pay_ij` of the step.
    case revenue
    /// `C_j(0)`.
    case openingCapacity
    /// Welford mean and sum of squares of `ln(P_j(t)/P_j(t−1))`.
    case returnMean
    case returnSquares
    /// `P_j(t−1)`.
    case previousPrice
    /// `max |Δw|/S` of the last best-response round (kelly-pa).
    case residual

    @usableFromInline static let count = allCases.count
}
