import Foundation
import Testing
@testable import CatallaxModel

/// The Q-learning update and the greedy bookkeeping by hand
/// (`docs/AlgorithmicCollusion.md`, known answers (c) and (d)).
@Suite struct TabularQLearnerTests {
    /// Two agents, three states, three actions; agent 0's row `[1, 0.5, 0.25]`, agent 1's `[0, 2, 2]`.
    static func learner() -> TabularQLearner {
        var q = TabularQLearner()
        q.reset(agents: 2, states: 3, actions: 3, initialRows: [1, 0.5, 0.25, 0, 2, 2])
        return q
    }

    @Test func resetCopiesTheRowsAndTheirGreedyActions() {
        let q = Self.learner()
        #expect(q.value(agent: 0, state: 2, action: 1) == 0.5)
        #expect(q.greedyAction(agent: 0, state: 1) == 0 && q.maxValue(agent: 0, state: 1) == 1)
        // A tie keeps the lowest index.
        #expect(q.greedyAction(agent: 1, state: 0) == 1 && q.maxValue(agent: 1, state: 0) == 2)
        #expect(q.violatedInvariant() == nil)
    }

    @Test func theUpdateByHand() {
        var q = Self.learner()
        // Q = 1, π = 0.3, δ = 0.95, max Q(s', ·) = 2, α = 0.15: 0.85·1 + 0.15·(0.3 + 1.9) = 1.18.
        let target = 0.3 + 0.95 * q.maxValue(agent: 1, state: 2)
        let changed = q.withTables { $0.update(agent: 0, state: 1, action: 0, target: target, keep: 0.85, rate: 0.15) }
        #expect(abs(q.value(agent: 0, state: 1, action: 0) - 1.18) < 1e-15)
        #expect(q.value(agent: 0, state: 1, action: 0) == 0.85 * 1 + 0.15 * (0.3 + 0.95 * 2))
        #expect(!changed && q.maxValue(agent: 0, state: 1) == q.value(agent: 0, state: 1, action: 0))
        #expect(q.value(agent: 0, state: 0, action: 0) == 1)   // other states untouched
    }

    @Test func aRisingActionBecomesGreedyAndAFallingOneIsRescanned() {
        var q = Self.learner()
        // Action 2 of agent 0 rises above 1.
        #expect(q.withTables { $0.update(agent: 0, state: 0, action: 2, target: 3, keep: 0.5, rate: 0.5) })
        #expect(q.greedyAction(agent: 0, state: 0) == 2 && q.maxValue(agent: 0, state: 0) == 1.625)
        // Greedy action 2 falls to 0.8125: the rescan finds action 0 (1).
        #expect(q.withTables { $0.update(agent: 0, state: 0, action: 2, target: 0, keep: 0.5, rate: 0.5) })
        #expect(q.greedyAction(agent: 0, state: 0) == 0 && q.maxValue(agent: 0, state: 0) == 1)
        // Agent 1: action 2 ties action 1 at 2 but has the higher index: no change.
        #expect(!q.withTables { $0.update(agent: 1, state: 0, action: 2, target: 2, keep: 0.5, rate: 0.5) })
        // Action 1 falls to 1.5: action 2 (2) takes over.
        #expect(q.withTables { $0.update(agent: 1, state: 0, action: 1, target: 1, keep: 0.5, rate: 0.5) })
        #expect(q.greedyAction(agent: 1, state: 0) == 2)
        // Action 1 climbs back to a tie at 2: the lower index wins.
        #expect(q.withTables { $0.update(agent: 1, state: 0, action: 1, target: 2.5, keep: 0.5, rate: 0.5) })
        #expect(q.greedyAction(agent: 1, state: 0) == 1 && q.maxValue(agent: 1, state: 0) == 2)
        #expect(q.violatedInvariant() == nil)
    }

    @Test func epsilonGreedyChoosesTheRandomActionOnlyWhenExploring() {
        var q = Self.learner()
        q.withTables { t in
            #expect(t.choose(agent: 0, state: 0, explores: false, randomAction: 2) == 0)
            #expect(t.choose(agent: 0, state: 0, explores: true, randomAction: 2) == 2)
        }
    }

    @Test func theExplorationScheduleStaysOnTheExponential() {
        let β = 4e-6, blockLength = 1000
        let schedule = ExponentialExploration(decay: β)
        #expect(schedule.probability(atPeriod: 0) == 1)
        for start in [0, blockLength, 1_000_000] {
            var ε = schedule.probability(atPeriod: start)
            for k in 0..<blockLength {
                let exact = Foundation.exp(-β * Double(start + k))
                #expect(abs(ε - exact) <= 1e-12 * exact)
                ε *= schedule.decayPerPeriod
            }
        }
    }
}
