import Foundation
import Testing
@testable import CatallaxModel
import CatallaxNumerics

/// The learning rules' known answers (`docs/LearningTraders.md`, known
/// answers 1–3): bandits on fixed stationary arms and Q-learning on a tiny
/// deterministic MDP against its Bellman fixed point computed here.
@Suite struct LearningRuleKnownAnswerTests {
    /// The arms' mean rewards; arm 2 is the best.
    static let means = [0.2, 0.5, 0.9, 0.4]

    /// Uniforms `(u₁, u₂)` and a third for reward noise, from pull `n`'s block.
    static func draws(_ n: Int, seed: UInt64) -> (u1: Double, u2: Double, noise: Double) {
        let key = RunKey(seed: seed, replicate: 0)
        let a = key.block(step: n, agent: 0, purpose: .exploration, index: 0)
        let b = key.block(step: n, agent: 0, purpose: .decision, index: 0)
        return (Philox4x32.unitInterval(hi: a[0], lo: a[1]), Philox4x32.unitInterval(hi: a[2], lo: a[3]),
                Philox4x32.unitInterval(hi: b[0], lo: b[1]))
    }

    /// One agent, one state, `K` arms, all values 0.
    static func freshTable(arms k: Int) -> TabularQLearner {
        var q = TabularQLearner()
        q.reset(agents: 1, states: 1, actions: k, initialRows: [Double](repeating: 0, count: k))
        return q
    }

    /// Pulls `count` arms from pull `first` on, learning at rate `α` (`0`: no learning); the pulls of each arm.
    static func pull<Rule: TabularLearningRule>(_ rule: Rule, _ q: inout TabularQLearner, from first: Int, count: Int, rate α: Double,
                                                noise: Double, seed: UInt64) -> [Int] {
        var pulls = [Int](repeating: 0, count: means.count)
        q.withTables { t in
            for n in first..<(first + count) {
                let d = draws(n, seed: seed)
                let a = rule.choose(t, agent: 0, state: 0, u1: d.u1, u2: d.u2)
                pulls[a] += 1
                if α > 0 {
                    rule.learn(t, agent: 0, state: 0, action: a, reward: means[a] + noise * (d.noise - 0.5), nextState: 0, rate: α)
                }
            }
        }
        return pulls
    }

    /// ε-greedy: the best arm's share of pulls is `1 − ε + ε/K` (0.925 for ε = 0.1, K = 4).
    @Test func epsilonGreedyPullsTheBestArmAtOneMinusEpsilonPlusEpsilonOverK() {
        let epsilon = 0.1, k = Double(Self.means.count)
        let bandit = EpsilonGreedyBandit(epsilon: epsilon)
        var q = Self.freshTable(arms: Self.means.count)
        _ = Self.pull(bandit, &q, from: 0, count: 2000, rate: 0.05, noise: 1, seed: 3)
        #expect(q.greedyAction(agent: 0, state: 0) == 2)
        let n = 40_000
        let pulls = Self.pull(bandit, &q, from: 2000, count: n, rate: 0.05, noise: 1, seed: 3)
        let expected = 1 - epsilon + epsilon / k
        let share = Double(pulls[2]) / Double(n)
        let se = (expected * (1 - expected) / Double(n)).squareRoot()
        #expect(abs(share - expected) < 4 * se, "share \(share), expected \(expected) ± \(4 * se)")
        #expect(q.violatedInvariant() == nil)
    }

    /// Softmax: the values converge to the arms' means, the choice
    /// probabilities are the Boltzmann formula of the learned values, and
    /// the choices follow them.
    @Test func softmaxChoosesByTheBoltzmannFormulaOfItsLearnedValues() {
        let tau = 0.2
        let bandit = SoftmaxBandit(temperature: tau)
        var q = Self.freshTable(arms: Self.means.count)
        _ = Self.pull(bandit, &q, from: 0, count: 10_000, rate: 0.1, noise: 0, seed: 5)
        for a in Self.means.indices { #expect(abs(q.value(agent: 0, state: 0, action: a) - Self.means[a]) < 1e-6) }
        let values = Self.means.indices.map { q.value(agent: 0, state: 0, action: $0) }
        let weights = values.map { exp($0 / tau) }
        let boltzmann = weights.map { $0 / weights.reduce(0, +) }
        let probabilities = q.withTables { t in Self.means.indices.map { bandit.probability(of: $0, t, agent: 0, state: 0) } }
        for a in Self.means.indices { #expect(abs(probabilities[a] - boltzmann[a]) < 1e-12) }
        let n = 40_000
        let pulls = Self.pull(bandit, &q, from: 10_000, count: n, rate: 0, noise: 0, seed: 5)
        for a in Self.means.indices {
            let se = (boltzmann[a] * (1 - boltzmann[a]) / Double(n)).squareRoot()
            #expect(abs(Double(pulls[a]) / Double(n) - boltzmann[a]) < 4 * se, "arm \(a): \(pulls[a]) of \(n), π = \(boltzmann[a])")
        }
    }

    /// A temperature of 0 is greedy.
    @Test func softmaxAtZeroTemperatureIsGreedy() {
        var q = Self.freshTable(arms: 3)
        q.setValue(0.7, agent: 0, state: 0, action: 1)
        let bandit = SoftmaxBandit(temperature: 0)
        q.withTables { t in
            #expect(bandit.choose(t, agent: 0, state: 0, u1: 0.01, u2: 0.5) == 1)
            #expect(bandit.probability(of: 1, t, agent: 0, state: 0) == 1)
        }
    }

    /// A deterministic 3-state, 2-action MDP: `(next state, reward)` of each pair.
    static let mdp: [[(next: Int, reward: Double)]] = [
        [(1, 0), (0, 1)],
        [(2, 0), (0, 0.5)],
        [(2, 2), (0, 0)],
    ]

    /// `Q*` by value iteration, `Q(s, a) = r(s, a) + δ·max_a' Q(s'(s, a), a')`, to 10⁻¹³.
    static func bellmanFixedPoint(discount δ: Double) -> [[Double]] {
        var q = [[Double]](repeating: [0, 0], count: 3)
        while true {
            var next = q
            var change = 0.0
            for s in 0..<3 {
                for a in 0..<2 {
                    let (s2, r) = mdp[s][a]
                    next[s][a] = r + δ * q[s2].max()!
                    change = max(change, abs(next[s][a] - q[s][a]))
                }
            }
            q = next
            if change < 1e-13 { return q }
        }
    }

    /// Q-learning with uniform random actions reaches the Bellman fixed point.
    @Test func qLearningReachesTheBellmanFixedPoint() {
        let δ = 0.9
        let target = Self.bellmanFixedPoint(discount: δ)
        let policy = QLearningPolicy(epsilon: 1, discount: δ)
        var q = TabularQLearner()
        q.reset(agents: 1, states: 3, actions: 2, initialRows: [0, 0])
        var s = 0
        q.withTables { t in
            for n in 0..<20_000 {
                let d = Self.draws(n, seed: 7)
                let a = policy.choose(t, agent: 0, state: s, u1: d.u1, u2: d.u2)
                let (s2, r) = Self.mdp[s][a]
                policy.learn(t, agent: 0, state: s, action: a, reward: r, nextState: s2, rate: 0.5)
                s = s2
            }
        }
        for s in 0..<3 {
            for a in 0..<2 { #expect(abs(q.value(agent: 0, state: s, action: a) - target[s][a]) < 1e-9, "Q(\(s), \(a))") }
        }
        // The greedy policy: stay in state 2 for 2 per step, Q*(2, 0) = 2/(1 − δ) = 20.
        #expect(abs(target[2][0] - 20) < 1e-9)
    }
}

/// The state discretizer from its formula on hand-made prices
/// (`docs/LearningTraders.md`, known answer 8).
@Suite struct MarketStateDiscretizerTests {
    @Test func movesTrendHoldingAndState() {
        let d = MarketStateDiscretizer(memory: 2, threshold: 0.001)
        #expect(d.trendCount == 9 && d.stateCount == 9 * 3 * 5)
        #expect(d.move(logReturn: 0.002) == 2 && d.move(logReturn: -0.002) == 0 && d.move(logReturn: 0.0005) == 1)
        // P_0 = 1, P_1 = 1.01 (up), P_2 = 1.0100005 (flat); ring of 3.
        let ring = [1.0, 1.01, 1.0100005]
        // t = 2: move_1 = flat (1), move_2 = up (2): 1 + 2·3 = 7.
        #expect(d.trend(prices: ring, step: 2) == 7)
        // t = 1: move_1 = up, move_2 before the run: flat, 2 + 1·3 = 5; t = 0: all flat, 1 + 3 = 4.
        #expect(d.trend(prices: ring, step: 1) == 5)
        #expect(d.trend(prices: ring, step: 0) == 4)
        #expect(d.holding(cash: 100, tokens: 0, price: 1) == 0)
        #expect(d.holding(cash: 100, tokens: 100, price: 1) == 1)
        #expect(d.holding(cash: 0, tokens: 100, price: 1) == 2)
        #expect(d.holding(cash: 0, tokens: 0, price: 1) == 0)
        #expect(d.state(trend: 7, holding: 1, lastAction: 3) == (7 * 3 + 1) * 5 + 3)
        #expect(MarketStateDiscretizer(memory: 3, threshold: 0).stateCount == 27 * 15)
    }

    @Test func ordersOfTheFiveActions() {
        #expect(TradeAction.order(0, size: 0.1, cash: 100, tokens: 50, price: 2) == 0)
        #expect(TradeAction.order(1, size: 0.1, cash: 100, tokens: 50, price: 2) == 2.5)
        #expect(TradeAction.order(2, size: 0.1, cash: 100, tokens: 50, price: 2) == -2.5)
        #expect(TradeAction.order(3, size: 0.1, cash: 100, tokens: 50, price: 2) == 5)
        #expect(TradeAction.order(4, size: 0.1, cash: 100, tokens: 50, price: 2) == -5)
    }
}
