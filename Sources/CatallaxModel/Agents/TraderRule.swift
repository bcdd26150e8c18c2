import CatallaxNumerics

/// The decision rule of the reference trader population
/// (`REFERENCE-SCENARIO.md`, step 2), written once for every kernel that
/// trades with a ``TraderPopulation``: which agents are active in a step,
/// and what fraction each one buys or sells.
///
/// An active agent `i` at price `P_t` decides
/// ```
/// noise           (i < N_noise):          x = 2u',  buys q_max·x if x < 1, else sells q_max·(x − 1)
/// momentum        (i < N_noise + N_mom):  m = ln(P_t / P_{t−L})   (m = 0 while t < L)
///                                         buys min(q_max, κ·m) if m > θ_m, sells min(q_max, κ·|m|) if m < −θ_m
/// fundamentalist  (the rest):             g = (V_i − P_t) / V_i
///                                         buys min(q_max, κ·g) if g > θ_f, sells min(q_max, κ·|g|) if g < −θ_f
/// ```
/// where `u' ~ U(0, 1)`, so the noise trader's side is a fair coin and its
/// fraction `U(0, q_max)`. A buy of fraction `q` spends `q·B_i` currency, a
/// sell of fraction `q` offers `q·H_i` tokens; what an order does with them
/// is the market's own (a bonding curve, a book, a tâtonnement).
///
/// Every method is a lane-wise function of its arguments (each lane one
/// replicate); the kernels hold the rule by value, so its constants stay
/// in registers. The methods are `@inlinable @_transparent`, not
/// `@inline(__always)`: the kernels' loops are far over the inliner's
/// block limit, past which it calls a specialized `decision` out of line
/// (vectors through memory, 20% slower for the curve kernel); see
/// `docs/LaneMath.md`, "Code generation".
public struct TraderRule: Sendable, Equatable {
    /// `N`, as a double, to compare with the lanes' agent indices.
    public let agents: Double
    /// `N − 1`: the last agent, which lanes past the end read.
    public let lastAgent: Double
    /// `N_noise`: agents `i < N_noise` are noise traders.
    public let noiseEnd: Double
    /// `N_noise + N_mom`: agents `N_noise ≤ i < N_noise + N_mom` are momentum traders.
    public let momentumEnd: Double
    /// `N_noise + N_mom`: the first fundamentalist's agent index.
    public let fundamentalistStart: Int
    /// `max(0, N_fund − 1)`: the last fundamentalist's belief index (0 when
    /// there are none, so every index stays inside the belief buffer).
    public let lastFundamentalist: Int
    /// `q_max`.
    public let maxFraction: Double
    /// `κ`.
    public let reactivity: Double
    /// `θ_m`.
    public let momentumThreshold: Double
    /// `θ_f`.
    public let valueThreshold: Double

    /// The rule of `population`, its constants derived once per point.
    /// - Parameter population: the population, already validated.
    public init(_ population: TraderPopulation) {
        let p = population
        agents = Double(p.agents)
        lastAgent = Double(p.agents - 1)
        noiseEnd = Double(p.noiseTraders)
        momentumEnd = Double(p.noiseTraders + p.momentumTraders)
        fundamentalistStart = p.noiseTraders + p.momentumTraders
        lastFundamentalist = max(0, p.fundamentalists - 1)
        maxFraction = p.maxFraction
        reactivity = p.reactivity
        momentumThreshold = p.momentumThreshold
        valueThreshold = p.valueThreshold
    }
}

extension TraderRule {
    /// The next active agent of every lane after `agent`, given the gap of
    /// inactive agents between them:
    /// ```
    /// i' = i + 1 + G
    /// ```
    /// With `G` geometric, `P(G ≥ g) = (1 − p_act)^g` (an
    /// ``ActivityGapTable``'s ``ActivityGapTable/gap(forDraw:)``), this is
    /// exactly the law of independent Bernoulli(`p_act`) activity, so the
    /// active agents of a step are found in `O(p_act·N)` draws instead of
    /// `N`. Start with `i = −1`.
    /// - Parameters:
    ///   - agent: every lane's last active agent (−1 before the first).
    ///   - gap: every lane's gap `G ≥ 0`.
    /// - Returns: every lane's next active agent; a lane is past its last
    ///   active agent of the step once it reaches `N` (see ``isAgent(_:)``).
    @inlinable @_transparent
    public func nextActiveAgent<V: LaneVector>(after agent: V, gap: V) -> V {
        agent + (1 + gap)
    }

    /// The next active agent of every lane, as ``nextActiveAgent(after:gap:)``,
    /// but on the lanes of `skipsMomentum` the walk passes over the momentum
    /// traders `N_noise ≤ i < N_noise + N_mom`:
    /// ```
    /// w  = N_mom on skipping lanes, else 0
    /// v  = i − w if i ≥ N_noise + N_mom, else i       (the index without the range)
    /// v' = v + 1 + G
    /// i' = v' + w if v' ≥ N_noise, else v'
    /// ```
    /// Exact when the skipped agents would place zero orders (a momentum
    /// signal inside its band, see ``momentumFractions(signal:)``): activity
    /// is independent per agent, so the active agents among the others
    /// follow the same geometric walk over their own indices, and a zero
    /// order changes nothing. About a fifth fewer agents are visited in
    /// such steps.
    /// - Parameters:
    ///   - agent: every lane's last active agent (−1 before the first); on a
    ///     skipping lane never a momentum trader.
    ///   - gap: every lane's geometric gap `G ≥ 0`.
    ///   - skipsMomentum: the lanes whose momentum traders place no order this step.
    /// - Returns: every lane's next active agent (past the end once it reaches `N`).
    @inlinable @_transparent
    public func nextActiveAgent<V: LaneVector>(
        after agent: V, gap: V, skippingMomentum skipsMomentum: SIMDMask<V.MaskStorage>
    ) -> V {
        let width = V(repeating: momentumEnd - noiseEnd).replacing(with: 0, where: .!skipsMomentum)
        let virtualAgent = agent - width.replacing(with: 0, where: agent .< momentumEnd)
        let next = nextActiveAgent(after: virtualAgent, gap: gap)
        return next + width.replacing(with: 0, where: next .< noiseEnd)
    }

    /// Every lane's offset of its agent's entry in an `[agent][lane]` buffer
    /// of `W` lanes, and of its belief in the `[fundamentalist][lane]` one:
    /// ```
    /// row    = min(i, lastRow)
    /// agent  = row·W + lane
    /// belief = clamp(row − (N_noise + N_mom), 0, max(0, N_fund − 1))·W + lane
    /// ```
    /// as integers in 64-bit lanes. `lastRow` is where lanes past their last
    /// agent point: `N − 1` (they read an agent and write back what they
    /// read) or `N`, a scratch row, for kernels that write after the step's
    /// orders. Computed on the vector (`LaneVector.exactIntegerBits`).
    /// - Parameters:
    ///   - agent: every lane's agent index `i ≥ 0` (or past the end).
    ///   - lastRow: the row of lanes past the end, `N − 1` or `N`.
    @inlinable @_transparent
    public func bufferOffsets<V: LaneVector>(ofAgents agent: V, lastRow: Double) -> (agent: V.Bits, belief: V.Bits) {
        let width = Double(V.scalarCount)
        // (0, 1, …, W − 1): a constant once `V` is specialized.
        var lanes = V()
        for lane in 0..<V.scalarCount { lanes[lane] = Double(lane) }
        let row = V.minimum(agent, V(repeating: lastRow))
        let beliefRow = V.minimum(V.maximum(row - Double(fundamentalistStart), V()), V(repeating: Double(lastFundamentalist)))
        return ((row * width + lanes).exactIntegerBits, (beliefRow * width + lanes).exactIntegerBits)
    }

    /// The lanes whose `agent` is one of the `N` agents, `i < N`.
    @inlinable @_transparent
    public func isAgent<V: LaneVector>(_ agent: V) -> SIMDMask<V.MaskStorage> {
        agent .< agents
    }

    /// The momentum traders' buy and sell fractions in every lane, from the
    /// lane's signal `m = ln(P_t / P_{t−L})` (0 while `t < L`):
    /// ```
    /// buy  = min(q_max, κ·m)     if m > θ_m,   else 0
    /// sell = min(q_max, −κ·m)    if m < −θ_m,  else 0
    /// ```
    /// Every momentum trader of a lane sees the same signal in a step, so
    /// the kernels compute these once per step. A NaN signal gives 0 for
    /// both (every comparison with NaN is false).
    /// - Parameter m: every lane's momentum signal.
    /// - Returns: the fractions, at most one non-zero per lane.
    @inlinable @_transparent
    public func momentumFractions<V: LaneVector>(signal m: V) -> (buy: V, sell: V) {
        let qMax = V(repeating: maxFraction)
        let buy = V.minimum(qMax, reactivity * m).replacing(with: 0, where: .!(m .> momentumThreshold))
        let sell = V.minimum(qMax, -reactivity * m).replacing(with: 0, where: .!(m .< -momentumThreshold))
        return (buy, sell)
    }

    /// A fundamentalist's relative value gap at price `P_t`,
    /// ```
    /// g = (V − P_t) / V
    /// ```
    /// as the specification writes it (for ``decision(ofAgent:noiseDraw:valueGap:momentum:)``).
    @inlinable @_transparent
    public static func valueGap<V: LaneVector>(belief: V, price: V) -> V {
        (belief - price) / belief
    }

    /// The same gap from the belief's reciprocal,
    /// ```
    /// g = 1 − P_t·(1/V)
    /// ```
    /// for kernels that keep `1/V` per agent: a multiplication per order
    /// instead of a division. It differs from `(V − P)/V` only by rounding,
    /// by at most about `(3 + 5·P/V)·ε` (absolute, not relative to `g`).
    @inlinable @_transparent
    public static func valueGap<V: LaneVector>(inverseBelief: V, price: V) -> V {
        1 - price * inverseBelief
    }

    /// The decision of every lane's active agent `i`:
    /// ```
    /// noise (i < N_noise):           x = 2u';  buy = q_max·x if x < 1;  sell = q_max·(x − 1) if x ≥ 1
    /// momentum (i < N_noise + N_mom): buy, sell = momentum
    /// fundamentalist:                buy  = min(q_max, κ·g)   if g > θ_f
    ///                                sell = min(q_max, −κ·g)  if g < −θ_f
    /// ```
    /// and 0 for every side not listed, where `g` is the agent's value gap
    /// ``valueGap(belief:price:)`` at `P_t`.
    ///
    /// `g` is evaluated for every lane, noise and momentum traders
    /// included, whose beliefs are any finite value (see
    /// ``beliefIndex(ofAgent:)``); the masks then keep each agent's own.
    /// - Parameters:
    ///   - agent: every lane's agent index `i`.
    ///   - u: every lane's noise draw `u' ∈ (0, 1)`.
    ///   - gap: every lane's value gap `g` (read for every agent).
    ///   - momentum: the step's ``momentumFractions(signal:)``.
    /// - Returns: the buy and sell fraction (at most one non-zero per lane)
    ///   and the agent type masks.
    @inlinable @_transparent
    public func decision<V: LaneVector>(
        ofAgent agent: V, noiseDraw u: V, valueGap gap: V, momentum: (buy: V, sell: V)
    ) -> TraderDecision<V> {
        let qMax = V(repeating: maxFraction)
        let x = 2 * u
        let noiseBuys = x .< 1
        let noiseFraction = qMax * x.replacing(with: x - 1, where: .!noiseBuys)
        let valueBuy = V.minimum(qMax, reactivity * gap).replacing(with: 0, where: .!(gap .> valueThreshold))
        let valueSell = V.minimum(qMax, -reactivity * gap).replacing(with: 0, where: .!(gap .< -valueThreshold))
        let isNoise = agent .< noiseEnd
        let isMomentum = .!isNoise .& (agent .< momentumEnd)
        var buy = valueBuy.replacing(with: momentum.buy, where: isMomentum)
        var sell = valueSell.replacing(with: momentum.sell, where: isMomentum)
        buy.replace(with: noiseFraction.replacing(with: 0, where: .!noiseBuys), where: isNoise)
        sell.replace(with: noiseFraction.replacing(with: 0, where: noiseBuys), where: isNoise)
        return TraderDecision(buyFraction: buy, sellFraction: sell, isNoise: isNoise, isMomentum: isMomentum)
    }
}
