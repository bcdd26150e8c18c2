import Testing
@testable import CatallaxModel
import CatallaxNumerics
import _CatallaxTestSupport

/// The scenario's known answers (`docs/LearningTraders.md`, known answers 4 and 5).
@Suite struct LearningTradersKnownAnswerTests {
    /// With no learners a run is the rule-only economy, bit for bit, under both executions.
    @Test(arguments: LearningExecution.allCases)
    func withoutLearnersTheRunIsTheRuleOnlyEconomy(_ execution: LearningExecution) {
        let p = learningPoint([("execution", execution.rawValue)], [("learner_share", 0), ("agents", 40), ("steps", 200)])
        #expect(p.curve == .linear(learningReferenceLine))
        let keys = learningKeys(0..<2)
        let run = probedLearningRun(p, keys: keys)
        #expect(run.probe.violations.isEmpty)
        for lane in 0..<2 {
            let prices = run.probe.records[lane].map(\.price)
            #expect(prices == ruleOnlyPrices(p, key: keys[lane], curve: learningReferenceLine))
            #expect(Set(prices).count > 50, "the price moves")
        }
    }

    /// With no learners the learner keys change nothing.
    @Test func withoutLearnersTheLearnerKeysChangeNothing() {
        let base = learningPoint([], [("learner_share", 0), ("agents", 40), ("steps", 150)])
        let keys = learningKeys(0..<4)
        let reference = ScenarioBatchRunner.outcomes(ScenarioParameters(base), keys: keys, laneWidth: 2)
        let variants = [
            learningPoint([("learner", "softmax"), ("reward", "utility")],
                          [("learner_share", 0), ("agents", 40), ("steps", 150), ("learning_rate", 0.7), ("memory", 3), ("exploration", 2)]),
            learningPoint([("learner", "epsilon_greedy")], [("learner_share", 0), ("agents", 40), ("steps", 150), ("discount", 0.5)]),
        ]
        for v in variants { #expect(ScenarioBatchRunner.outcomes(ScenarioParameters(v), keys: keys, laneWidth: 2) == reference) }
        // The learner metrics are not reported, the rule agents' are.
        #expect(reference.allSatisfy { $0.values[LearningTradersMetric.allCases.firstIndex(of: .learnerProfit)!] == nil })
        #expect(reference.allSatisfy { $0.values[LearningTradersMetric.allCases.firstIndex(of: .ruleProfit)!] != nil })
    }

    /// With `α = 0` every table stays all zeros after every step, so a
    /// learner holds unless it explores.
    @Test(arguments: LearnerKind.allCases)
    func aLearningRateOfZeroLearnsNothing(_ kind: LearnerKind) {
        let p = learningPoint([("learner", kind.rawValue), ("reward", "utility")],
                              [("learning_rate", 0), ("agents", 30), ("steps", 120), ("exploration", kind == .softmax ? 0.5 : 0.2)])
        let run = probedLearningRun(p, keys: learningKeys(0..<2))
        #expect(run.probe.violations.isEmpty)
        for lane in 0..<2 {
            for record in run.probe.records[lane] {
                let t = record.tables
                let zero = (0..<t.agents).allSatisfy { i in
                    (0..<t.states).allSatisfy { s in (0..<t.actions).allSatisfy { t.value(agent: i, state: s, action: $0) == 0 } }
                }
                #expect(zero)
                if !zero { return }
            }
            // Learners explored, so some traded.
            #expect(run.probe.records[lane].contains { $0.actions.contains { $0 != TradeAction.hold.rawValue } })
        }
        // And with learning they do learn.
        var learning = p
        learning.learningRate = 0.1
        let learned = probedLearningRun(learning, keys: learningKeys(0..<1)).probe.records[0].last!.tables
        #expect((0..<learned.states).contains { s in (0..<learned.actions).contains { learned.value(agent: 0, state: s, action: $0) != 0 } })
    }

    /// Greedy learners that never explore and never learn hold: the learners' wealth changes only with the price.
    @Test func learnersThatNeverExploreHold() {
        let p = learningPoint([("learner", "epsilon_greedy")], [("learning_rate", 0), ("exploration", 0), ("agents", 30), ("steps", 100)])
        let run = probedLearningRun(p, keys: learningKeys(0..<1))
        let first = p.ruleAgents
        for record in run.probe.records[0] {
            #expect(record.cash[first...].allSatisfy { $0 == p.initialCash })
        }
        let trade = LearningTradersMetric.allCases.firstIndex(of: .learnerTradeShare)!
        #expect(run.outcomes[0].values[trade] == 0)
    }
}
