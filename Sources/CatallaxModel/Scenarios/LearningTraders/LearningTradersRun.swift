import CatallaxNumerics
import Foundation

/// One run of the `learning-traders` scenario: the curve market's ledger
/// and queue, the recent prices, the rule agents' beliefs, the learners'
/// tables and last decisions, and the sums the metrics are made of.
/// Execution is sequential, so a run is scalar code over its own arrays and
/// a kernel keeps one per lane (`docs/LearningTraders.md`, "Layout and
/// speed"). Buffers are sized at ``start(_:key:on:)``; the step loop
/// allocates nothing.
@usableFromInline struct LearningTradersRun {
    /// The point being run.
    @usableFromInline var point = LearningTradersParameters()
    /// The lane's Philox key words.
    @usableFromInline var key = SIMD2<UInt32>()
    /// Accounts: rule agents `0..<n_R`, then learners.
    @usableFromInline var ledger = CurveLedger()
    /// The step's orders.
    @usableFromInline var queue = OrderQueue()
    /// The activity trial (`p_act`).
    @usableFromInline var activityTrial = BernoulliThreshold(probability: 0)
    /// `V_i` of each fundamentalist.
    @usableFromInline var beliefs: [Double] = []
    /// `P_t` at index `t mod (max(L, m) + 1)`.
    @usableFromInline var history: [Double] = []
    /// The last `w` log returns, `r_t` at index `(t − 1) mod w`.
    @usableFromInline var returns: [Double] = []
    /// `P_t`, the price at the current step's start (after the last step, `P_T`).
    @usableFromInline var price = 0.0
    /// `P_0`, `V₀ = f(S₀)`, `W₀ = B₀ + H₀·P₀`, `Σ cash + treasury + reserve` at the start.
    @usableFromInline var firstPrice = 0.0, fundamental = 0.0, startingWealth = 0.0, startingMoney = 0.0

    /// The learners' tables (`n_L` agents).
    @usableFromInline var tables = TabularQLearner()
    /// Each learner's last state, last action and `U` at its last decision.
    @usableFromInline var lastState: [Int32] = [], lastAction: [Int32] = [], lastLevel: [Double] = []
    /// Each learner's decisions per action, at `j·K + a`.
    @usableFromInline var actionCounts: [Double] = []

    /// Welford sums of the log returns: count, mean, `M₂`.
    @usableFromInline var returnCount = 0.0, returnMean = 0.0, returnM2 = 0.0
    /// `Σ_t |ln(P_t/V₀)|`, the running peak and the largest drawdown.
    @usableFromInline var mispricingSum = 0.0, peak = 0.0, maxDrawdown = 0.0

    /// An empty run, sized by ``start(_:key:on:)``.
    @inlinable init() {}

    /// Seats the agents with `B₀, H₀` at supply `S₀`, draws the
    /// fundamentalists' beliefs and zeroes the learners' tables
    /// (`docs/LearningTraders.md`, "Agents").
    @inlinable mutating func start<Curve: BondingCurve>(_ p: LearningTradersParameters, key: SIMD2<UInt32>, on curve: Curve) {
        point = p
        self.key = key
        let n = p.agents
        ledger.supply = p.initialSupply
        ledger.reserve = curve.reserve(atSupply: p.initialSupply)
        ledger.treasury = 0
        ledger.minted = 0
        ledger.feesPaid = 0
        ledger.rewardPaid = 0
        ledger.volume = 0
        ledger.cash._refill(n, with: p.initialCash)
        ledger.tokens._refill(n, with: p.initialTokens)
        ledger.passiveTokens = p.passiveTokens
        queue.removeAll()
        queue.reserve(n)
        startingMoney = Double(n) * p.initialCash + ledger.reserve
        activityTrial = BernoulliThreshold(probability: p.activity)
        fundamental = curve.price(atSupply: p.initialSupply)
        _drawBeliefs()
        history._refill(p.historyLength, with: 0)
        returns._refill(p.riskWindow, with: 0)
        returnCount = 0
        returnMean = 0
        returnM2 = 0
        mispricingSum = 0
        maxDrawdown = 0
        peak = 0
        record(fundamental, step: 0)
        startingWealth = p.initialCash + p.initialTokens * firstPrice
        let learners = p.learners, k = TradeAction.count
        if learners > 0 {
            tables.reset(agents: learners, states: p.discretizer.stateCount, actions: k, initialRows: [Double](repeating: 0, count: learners * k))
        }
        lastState._refill(learners, with: 0)
        lastAction._refill(learners, with: Int32(TradeAction.hold.rawValue))
        lastLevel._refill(learners, with: 0)
        actionCounts._refill(learners * k, with: 0)
    }

    /// `V_i = V₀·exp(σ_V·z_i)`, `z_i` the Box–Muller cosine deviate of `(0, i, belief, 0)`.
    @inlinable mutating func _drawBeliefs() {
        let p = point
        let first = p.noiseTraders + p.momentumTraders
        beliefs._refill(p.fundamentalists, with: fundamental)
        for f in 0..<p.fundamentalists {
            let block = _block(step: 0, agent: first + f, purpose: .belief, index: 0)
            let z = Philox4x32.standardNormals(block: block).0
            beliefs[f] = fundamental * exp(p.beliefSpread * z)
        }
    }

    /// Records `P_t` (`t = 0` at the start): the ring, the return from
    /// `P_{t−1}`, the mispricing and the drawdown.
    @inlinable mutating func record(_ p: Double, step t: Int) {
        if t > 0 {
            let r = log(p / price)
            returns[(t - 1) % returns.count] = r
            returnCount += 1
            let delta = r - returnMean
            returnMean += delta / returnCount
            returnM2 += delta * (r - returnMean)
        } else {
            firstPrice = p
        }
        price = p
        history[t % history.count] = p
        mispricingSum += abs(log(p / fundamental))
        peak = Swift.max(peak, p)
        maxDrawdown = Swift.max(maxDrawdown, 1 - p / peak)
    }

    /// The Philox block at counter `(step, agent, purpose, index)` under the run's key.
    @inlinable @inline(__always)
    func _block(step: Int, agent: Int, purpose: DrawPurpose, index: Int) -> SIMD4<UInt32> {
        RunKey(words: key).block(step: step, agent: agent, purpose: purpose, index: index)
    }
}
