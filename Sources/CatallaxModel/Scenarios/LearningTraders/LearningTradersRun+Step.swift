import CatallaxNumerics
import Foundation

extension LearningTradersRun {
    /// Step `t` (`docs/LearningTraders.md`, "One step"): the rule agents'
    /// orders, the learners' updates and orders, execution, and `P_{t+1}`.
    @inlinable mutating func step<Curve: BondingCurve>(_ t: Int, on curve: Curve) {
        let p = point
        queue.removeAll()
        _queueRuleAgents(t)
        if p.learners > 0 {
            switch p.learner {
            case .epsilonGreedy: _learn(t, rule: EpsilonGreedyBandit(epsilon: p.exploration), choosing: true)
            case .softmax: _learn(t, rule: SoftmaxBandit(temperature: p.exploration), choosing: true)
            case .qLearning: _learn(t, rule: QLearningPolicy(epsilon: p.exploration, discount: p.discount), choosing: true)
            }
        }
        switch p.execution {
        case .continuous: ledger.executeSerially(&queue, on: curve, fee: p.fee, reward: 0)
        case .callAuction: ledger.clearInBatch(&queue, on: curve, fee: p.fee, reward: 0)
        }
        record(curve.price(atSupply: ledger.supply), step: t + 1)
    }

    /// After the last step: each learner's last action is credited with its reward at `P_T`.
    @inlinable mutating func finishLearning() {
        let p = point
        guard p.learners > 0 else { return }
        switch p.learner {
        case .epsilonGreedy: _learn(p.steps, rule: EpsilonGreedyBandit(epsilon: p.exploration), choosing: false)
        case .softmax: _learn(p.steps, rule: SoftmaxBandit(temperature: p.exploration), choosing: false)
        case .qLearning: _learn(p.steps, rule: QLearningPolicy(epsilon: p.exploration, discount: p.discount), choosing: false)
        }
    }

    /// Queues every active rule agent's order at `P_t` from `(t, i, decision, 0)`:
    /// word 0 the activity trial, word 1 the noise side (buy iff `< 2³¹`),
    /// words 2–3 `U` (`u = U·q_max`); a buy of fraction `u` is `u·B_i/P_t`
    /// tokens, a sell `u·H_i` (`docs/LearningTraders.md`, "Agents").
    @inlinable mutating func _queueRuleAgents(_ t: Int) {
        let p = point
        let noiseEnd = p.noiseTraders, momentumEnd = p.noiseTraders + p.momentumTraders
        let lag = p.lag, n = history.count
        let m = t < lag ? 0 : log(price / history[(t - lag) % n])
        let qMax = p.maxFraction, kappa = p.reactivity
        for i in 0..<p.ruleAgents {
            let block = _block(step: t, agent: i, purpose: .decision, index: 0)
            guard activityTrial.accepts(block[0]) else { continue }
            let fraction: Double, buy: Bool
            if i < noiseEnd {
                fraction = Philox4x32.unitInterval(hi: block[2], lo: block[3]) * qMax
                buy = block[1] < 0x8000_0000
            } else {
                let signal: Double, threshold: Double
                if i < momentumEnd {
                    signal = m
                    threshold = p.momentumThreshold
                } else {
                    let v = beliefs[i - momentumEnd]
                    signal = (v - price) / v
                    threshold = p.valueThreshold
                }
                guard abs(signal) > threshold else { continue }
                fraction = Swift.min(qMax, kappa * abs(signal))
                buy = signal > 0
            }
            let q = buy ? fraction * ledger.cash[i] / price : fraction * ledger.tokens[i]
            if q > 0 { queue.insert(account: i, tokens: buy ? q : -q) }
        }
    }

    /// `σ_t²`: the sample variance of the last `min(t, w)` log returns (0 below two).
    @inlinable func _recentVariance(step t: Int) -> Double {
        let count = Swift.min(t, returns.count)
        guard count > 1 else { return 0 }
        var sum = 0.0
        for k in 0..<count { sum += returns[(t - 1 - k) % returns.count] }
        let mean = sum / Double(count)
        var squares = 0.0
        for k in 0..<count {
            let d = returns[(t - 1 - k) % returns.count] - mean
            squares += d * d
        }
        return squares / Double(count - 1)
    }

    /// Each learner at `P_t`: its state, the reward of its last action and
    /// the update (`t ≥ 1`), then (if `choosing`) its action from
    /// `(t, i, exploration, 0)` (`u₁` words 0–1, `u₂` words 2–3) and its order.
    @inlinable mutating func _learn<Rule: TabularLearningRule>(_ t: Int, rule: Rule, choosing: Bool) {
        let p = point
        let discretizer = p.discretizer
        let trend = discretizer.trend(prices: history, step: t)
        let variance = p.reward == .utility ? _recentVariance(step: t) : 0
        let first = p.ruleAgents, size = p.learnerSize, k = TradeAction.count
        let scale = 100 / startingWealth, rate = p.learningRate, reward = p.reward, lambda = p.riskAversion
        let now = price
        // The tables leave the run for the loop (a swap, no copy), so the
        // loop can write the run's other arrays while it holds them.
        var learner = TabularQLearner()
        swap(&learner, &tables)
        defer { swap(&learner, &tables) }
        learner.withTables { q in
            for j in 0..<p.learners {
                let i = first + j
                let cash = ledger.cash[i], held = ledger.tokens[i]
                let level = reward.level(cash: cash, tokens: held, price: now, variance: variance, riskAversion: lambda)
                let last = Int(lastAction[j])
                let s = discretizer.state(trend: trend, holding: discretizer.holding(cash: cash, tokens: held, price: now), lastAction: last)
                if t > 0 {
                    rule.learn(q, agent: j, state: Int(lastState[j]), action: last, reward: scale * (level - lastLevel[j]), nextState: s,
                               rate: rate)
                }
                guard choosing else { continue }
                let block = _block(step: t, agent: i, purpose: .exploration, index: 0)
                let a = rule.choose(q, agent: j, state: s, u1: Philox4x32.unitInterval(hi: block[0], lo: block[1]),
                                    u2: Philox4x32.unitInterval(hi: block[2], lo: block[3]))
                lastState[j] = Int32(truncatingIfNeeded: s)
                lastAction[j] = Int32(truncatingIfNeeded: a)
                lastLevel[j] = level
                actionCounts[j * k + a] += 1
                let order = TradeAction.order(a, size: size, cash: cash, tokens: held, price: now)
                if order != 0 { queue.insert(account: i, tokens: order) }
            }
        }
    }
}
