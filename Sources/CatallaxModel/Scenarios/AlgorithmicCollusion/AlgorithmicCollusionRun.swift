import CatallaxNumerics

/// One session of the `algorithmic-collusion` scenario: a lane's price
/// grid and profit table, its firms' Q-tables, the state and the
/// convergence counter (`docs/AlgorithmicCollusion.md`). The period loop is
/// sequential, so a session is scalar code over its own arrays and a kernel
/// keeps one per lane.
///
/// Arrays are sized when a session starts and keep their capacity for
/// later sessions; the period loop allocates nothing. A value type, so
/// the loop needs no dynamic exclusivity checks.
@usableFromInline struct AlgorithmicCollusionRun {
    /// The point being run.
    @usableFromInline var point = AlgorithmicCollusionParameters()
    /// The lane's Philox key words.
    @usableFromInline var key = SIMD2<UInt32>()
    /// The prices, `p_N`, `p_M`, `π_N`, `π_M` and the profit table.
    @usableFromInline var grid = LogitPriceGrid(
        demand: LogitDemand(quality: 2, cost: 1, outsideQuality: 0, differentiation: 0.25), firms: 1, prices: 2, widening: 0)
    /// The firms' Q-tables.
    @usableFromInline var learners = TabularQLearner()
    /// `s`, last period's joint action `Σ_j a_j·m^{n−1−j}`.
    @usableFromInline var state = 0
    /// `τ`, the periods run.
    @usableFromInline var period = 0
    /// `u`, consecutive periods without a change of any greedy action.
    @usableFromInline var stableFor = 0
    /// Whether the session has stopped (converged or at the cap), and whether it converged.
    @usableFromInline var stopped = false, converged = false
    /// The last step run (−1 before the first).
    @usableFromInline var lastStep = -1
    /// The snapshot price: the mean price over the firms and the periods of the last step run.
    @usableFromInline var lastMeanPrice = 0.0
    /// `ε_t = e^{−βt}`.
    @usableFromInline var exploration = ExponentialExploration(decay: 0)
    /// The step each state was first met on the greedy walk (−1: not yet), sized `mⁿ`.
    @usableFromInline var marks: [Int32] = []

    /// An empty session, sized by ``start(_:key:)``.
    @inlinable init() {}

    /// Builds the grid and the profit table, sets every Q-table to
    /// `Q_i,0(s, a) = Σ_{a_−i} π_i(a, a_−i)/((1 − δ)·m^{n−1})`, and draws the
    /// initial state from the block `(0, 0xFFFF_FFFF, exploration, 1)`.
    @inlinable mutating func start(_ p: AlgorithmicCollusionParameters, key: SIMD2<UInt32>) {
        point = p
        self.key = key
        let n = p.firms, m = p.prices
        grid = LogitPriceGrid(demand: p.demand, firms: n, prices: m, widening: p.widening)
        let states = p.stateCount
        learners.reset(agents: n, states: states, actions: m, initialRows: Self.initialRows(grid, discount: p.discount))
        marks.removeAll(keepingCapacity: true)
        marks.append(contentsOf: repeatElement(-1, count: states))
        let block = Philox4x32.block(
            counter: DrawCounter(step: 0, agent: 0xFFFF_FFFF, purpose: .exploration, index: 1).words, key: key)
        var s = 0, priceSum = 0.0
        for i in 0..<n {
            let a = Int((UInt64(block[i]) &* UInt64(m)) >> 32)
            s = s * m + a
            priceSum += grid.prices[a]
        }
        state = s
        period = 0
        stableFor = 0
        stopped = false
        converged = false
        lastStep = -1
        lastMeanPrice = priceSum / Double(n)
        exploration = ExponentialExploration(decay: p.explorationDecay)
    }

    /// `Q_i,0(a) = Σ_{a_−i} π_i(a, a_−i)/((1 − δ)·m^{n−1})` for every firm
    /// `i` and action `a`, at `i·m + a`: the discounted profit against rivals
    /// that randomise uniformly (Calvano et al. 2020).
    @usableFromInline static func initialRows(_ grid: LogitPriceGrid, discount δ: Double) -> [Double] {
        let n = grid.firms, m = grid.count
        let joints = grid.profits.count / n
        var rows = [Double](repeating: 0, count: n * m)
        var power = [Int](repeating: 1, count: n)   // m^{n−1−i}, firm i's digit weight
        for i in stride(from: n - 2, through: 0, by: -1) { power[i] = power[i + 1] * m }
        for joint in 0..<joints {
            for i in 0..<n { rows[i * m + (joint / power[i]) % m] += grid.profits[joint * n + i] }
        }
        let scale = 1 / ((1 - δ) * Double(joints / m))
        return rows.map { $0 * scale }
    }
}
