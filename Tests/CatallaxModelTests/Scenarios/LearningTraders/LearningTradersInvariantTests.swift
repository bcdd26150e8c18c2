import Testing
@testable import CatallaxModel
import CatallaxNumerics
import _CatallaxTestSupport

/// The invariants of `docs/LearningTraders.md` after every step (money,
/// reserve = R(S), tokens, signs, the learners' tables) for every learner,
/// execution and reward; on every curve family with budgets binding; and
/// runs bit-identical across lane widths.
@Suite struct LearningTradersInvariantTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var learner: LearnerKind
        var execution: LearningExecution
        var reward: LearningReward
        var testDescription: String { "\(learner.rawValue) \(execution.rawValue) \(reward.rawValue)" }

        var point: LearningTradersParameters {
            learningPoint([("learner", learner.rawValue), ("execution", execution.rawValue), ("reward", reward.rawValue)],
                          [("agents", 20), ("steps", 80), ("memory", 2), ("exploration", 0.3)])
        }
    }

    static let cases = LearnerKind.allCases.flatMap { learner in
        LearningExecution.allCases.flatMap { execution in LearningReward.allCases.map { Case(learner: learner, execution: execution, reward: $0) } }
    }

    @Test(arguments: cases)
    func invariantsHoldAfterEveryStep(_ c: Case) {
        let checked = ScenarioBatchRunner.invariantViolations(ScenarioParameters(c.point), keys: learningKeys(0..<4))
        #expect(checked.violations == [nil, nil, nil, nil])
        #expect(checked.checks == c.point.steps + 1)
    }

    @Test(arguments: cases)
    func runsAreTheSameAtEveryLaneWidth(_ c: Case) {
        let keys = learningKeys(0..<6)
        let two = ScenarioBatchRunner.outcomes(ScenarioParameters(c.point), keys: keys, laneWidth: 2)
        let eight = ScenarioBatchRunner.outcomes(ScenarioParameters(c.point), keys: keys, laneWidth: 8)
        #expect(two == eight)
        #expect(two.allSatisfy { $0.failure == nil })
    }

    /// Budgets bind (little cash, large orders, everyone active, all learners) on every curve family.
    /// (The call auction on the inverse curve: ``LearningTradersInverseAuctionTests``.)
    @Test(arguments: CurveFamily.allCases)
    func invariantsHoldOnEveryCurveWhenBudgetsBind(_ family: CurveFamily) {
        for share in [0.5, 1.0] {
            let auction = share == 1 && family != .inverse
            let p = learningPoint([("curve", family.rawValue), ("execution", auction ? "call_auction" : "continuous")],
                                  [("learner_share", share), ("agents", 20), ("steps", 60), ("b0", 5), ("q_max", 1), ("activity", 1),
                                   ("learner_size", 1), ("fee", 0.01), ("exploration", 0.5)])
            let checked = ScenarioBatchRunner.invariantViolations(ScenarioParameters(p), keys: learningKeys(0..<4))
            #expect(checked.violations == [nil, nil, nil, nil])
        }
    }
}

/// The call auction on the inverse curve with budgets binding, whose price
/// rises as buyers are cut (`docs/LearningTraders.md`, "Found on the way").
@Suite struct LearningTradersInverseAuctionTests {
    @Test func aCallAuctionOnTheInverseCurveCutsBuyersUntilTheyCanPay() {
        for share in [0.0, 0.5, 1.0] {
            let p = learningPoint([("curve", "inverse"), ("execution", "call_auction")],
                                  [("learner_share", share), ("agents", 20), ("steps", 60), ("b0", 5), ("q_max", 1), ("activity", 1),
                                   ("learner_size", 1), ("fee", 0.01), ("exploration", 0.5)])
            let checked = ScenarioBatchRunner.invariantViolations(ScenarioParameters(p), keys: learningKeys(0..<4))
            #expect(checked.violations == [nil, nil, nil, nil], "learner_share = \(share)")
        }
    }
}
