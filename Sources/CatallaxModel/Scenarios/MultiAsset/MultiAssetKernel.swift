import CatallaxNumerics

/// A worker's state for running the `multi-asset` scenario on
/// `V.scalarCount` replicates of one point in lockstep: per-agent vectors
/// are contiguous buffers laid out `[agent][asset]` of lanes, each lane one
/// run; the clearing system is a column-major `M × M` buffer factored once
/// per batch and solved per lane with LAPACK.
///
/// Buffers are allocated once and grow only for larger points; nothing is
/// allocated inside the step loop (a failure message is built only when a
/// run fails). See `docs/MultiAsset.md`.
public final class MultiAssetKernel<V: LaneVector> {
    /// Agents' cash `B_i`, `[agent]` of lanes.
    @usableFromInline var _balance: UnsafeMutableBufferPointer<V>
    /// Agents' holdings of asset 0, `[agent]` of lanes (the observer's view).
    @usableFromInline var _firstHoldings: UnsafeMutableBufferPointer<V>
    /// Holdings `H_ij`, `[agent][asset]` of lanes.
    @usableFromInline var _holdings: UnsafeMutableBufferPointer<V>
    /// Beliefs `V_ij`, `[agent][asset]` of lanes.
    @usableFromInline var _beliefs: UnsafeMutableBufferPointer<V>
    /// Per-asset lanes, `M` each (see ``_AssetRow``), in one buffer.
    @usableFromInline var _assetRows: UnsafeMutableBufferPointer<V>
    /// Return co-moments `C_jk` (`j ≤ k` used), `[j][k]` of lanes.
    @usableFromInline var _comoments: UnsafeMutableBufferPointer<V>
    /// `A = B + C`, column-major `M × M`.
    @usableFromInline var _system: UnsafeMutableBufferPointer<Double>
    /// The LU factors of `A` (`dgetrf`), column-major.
    @usableFromInline var _lu: UnsafeMutableBufferPointer<Double>
    /// The LU's row interchanges.
    @usableFromInline var _pivots: UnsafeMutableBufferPointer<Int32>
    /// One lane's right-hand side, then its solution.
    @usableFromInline var _column: UnsafeMutableBufferPointer<Double>
    /// Scratch for one lane's final wealth, sorted for the Gini coefficient.
    @usableFromInline var _wealth: UnsafeMutableBufferPointer<Double>
    /// Learners' prices `P_s` at slot `s mod (m + 1)`, `[slot][asset]` of lanes.
    @usableFromInline var _priceRing: UnsafeMutableBufferPointer<V>
    /// Learners' exploration draws of the step, `[noise column][learner]` of lanes.
    @usableFromInline var _learnerNoise: UnsafeMutableBufferPointer<V>
    /// Learners' target positions `κ·V₀·A_ℓj`, `[learner][asset]` of lanes.
    @usableFromInline var _learnerTargets: UnsafeMutableBufferPointer<V>
    /// Each lane's linear policy (`docs/LinearPolicy.md`); empty without learners.
    @usableFromInline var _policies: [LinearPolicy] = []
    /// `L`, the learners of the point being run.
    @usableFromInline var _learners = 0
    /// `M`, `N` of the point being run.
    @usableFromInline var _assets = 0
    @usableFromInline var _agents = 0
    /// `‖A‖∞` and the estimate of `κ∞(A)` of the point being run.
    @usableFromInline var _systemNorm = 0.0
    @usableFromInline var _condition = 0.0
    /// The market maker's cash `B_mm`.
    @usableFromInline var _makerCash = V()
    /// Each lane's first failure, if any.
    @usableFromInline var _failures: [String?] = []
    /// Test hook: solve with `dgesv` (factor and solve) every step instead of
    /// reusing the batch's factorization. The prices are the same bit for bit.
    @usableFromInline var _refactorsEachStep = false

    /// Number of lanes (replicates) per batch.
    public static var laneCount: Int { V.scalarCount }

    /// A worker state sized for points like `parameters` (it grows as needed).
    ///
    /// - Parameter parameters: A point whose `N` and `M` size the buffers.
    /// - Complexity: O(N·M) memory per lane.
    public init(sizedFor parameters: MultiAssetParameters) {
        let n = parameters.agents, m = parameters.assets
        _balance = .allocate(capacity: n)
        _firstHoldings = .allocate(capacity: n)
        _holdings = .allocate(capacity: n * m)
        _beliefs = .allocate(capacity: n * m)
        _assetRows = .allocate(capacity: _AssetRow.count * m)
        _comoments = .allocate(capacity: m * m)
        _system = .allocate(capacity: m * m)
        _lu = .allocate(capacity: m * m)
        _pivots = .allocate(capacity: m)
        _column = .allocate(capacity: m)
        _wealth = .allocate(capacity: n)
        _priceRing = .allocate(capacity: (parameters.memory + 1) * m)
        _learnerNoise = .allocate(capacity: Self._noiseCapacity(parameters))
        _learnerTargets = .allocate(capacity: parameters.learnerCount * m)
    }

    /// Lane vectors of exploration draws a step of `parameters` needs: `L·M`
    /// or `L·F·M`.
    @usableFromInline
    static func _noiseCapacity(_ p: MultiAssetParameters) -> Int {
        p.learnerCount * p.learner.noiseCount(features: p.featureCount, actions: p.assets)
    }

    deinit {
        _balance.deallocate()
        _firstHoldings.deallocate()
        _holdings.deallocate()
        _beliefs.deallocate()
        _assetRows.deallocate()
        _comoments.deallocate()
        _system.deallocate()
        _lu.deallocate()
        _pivots.deallocate()
        _column.deallocate()
        _wealth.deallocate()
        _priceRing.deallocate()
        _learnerNoise.deallocate()
        _learnerTargets.deallocate()
    }

    /// Makes sure the buffers fit `parameters`.
    @usableFromInline
    func _reserveCapacity(for parameters: MultiAssetParameters) {
        func grow<T>(_ buffer: inout UnsafeMutableBufferPointer<T>, to count: Int) {
            guard buffer.count < count else { return }
            buffer.deallocate()
            buffer = .allocate(capacity: count)
        }
        let n = parameters.agents, m = parameters.assets
        grow(&_balance, to: n)
        grow(&_firstHoldings, to: n)
        grow(&_holdings, to: n * m)
        grow(&_beliefs, to: n * m)
        grow(&_assetRows, to: _AssetRow.count * m)
        grow(&_comoments, to: m * m)
        grow(&_system, to: m * m)
        grow(&_lu, to: m * m)
        grow(&_pivots, to: m)
        grow(&_column, to: m)
        grow(&_wealth, to: n)
        grow(&_priceRing, to: (parameters.memory + 1) * m)
        grow(&_learnerNoise, to: Self._noiseCapacity(parameters))
        grow(&_learnerTargets, to: parameters.learnerCount * m)
    }

    /// Row `row` of the per-asset lanes: `M` lane vectors.
    @inlinable @inline(__always)
    func _row(_ row: _AssetRow) -> UnsafeMutablePointer<V> {
        _assetRows.baseAddress! + row.rawValue * _assets
    }
}

/// The per-asset quantities of a batch, each `M` lane vectors of
/// ``MultiAssetKernel/_assetRows``.
@usableFromInline
enum _AssetRow: Int, CaseIterable {
    /// `Σ_i V_ij`.
    case beliefSums
    /// `r = a − c`, the right-hand side of the last solve.
    case rightHandSide
    /// `P_t`, the prices at the start of the step (after it, `P_{t+1}`).
    case prices
    /// `P_{t+1}`, the last solution.
    case nextPrices
    /// `P_0`.
    case openingPrices
    /// `w_j(P) = κ((1 + g)P_j − gΣP)`, the price part of every target.
    case priceOffsets
    /// The market maker's inventory `I_j`.
    case inventory
    /// `Σ_i ΔH_ij` of the step.
    case flow
    /// `Σ_i H_ij` and `Σ_i |H_ij|` after the step.
    case holdingSums
    case holdingScales
    /// Welford means of the returns and the two deviations of the latest one.
    case returnMeans
    case deviationBefore
    case deviationAfter
    /// Running peak and worst drawdown of each price.
    case peaks
    case drawdowns
    /// Learners' momentum feature per asset, `ln(P_t/P_{t−m})/(s·√m)`.
    case momentum
    /// Learners' `Σ_ℓ κ·V₀·A_ℓj`, the demand they add to the clearing.
    case learnerDemand
    /// `Var_m(P_j)` of the price ring (the utility's window).
    case priceVariance

    @usableFromInline static let count = allCases.count
}
