import Testing
@testable import CatallaxModel
import CatallaxNumerics

/// The cross-key checks of `docs/LearningTraders.md`, "Parameters".
@Suite struct LearningTradersValidationTests {
    static func error(_ assignments: [(String, ParameterValue)]) -> ParameterError? {
        do {
            _ = try LearningTradersParameters(assigning: assignments.map { (key: $0.0, value: $0.1) })
            return nil
        } catch {
            return error
        }
    }

    @Test func crossKeyChecksNameTheirKeys() {
        guard case let .inconsistent(keys, _) = Self.error([("agents", .number(300)), ("h0", .number(500))]) else { Issue.record("accepted"); return }
        #expect(keys == ["agents", "h0", "s_init"])
        guard case let .inconsistent(shares, _) = Self.error([("noise_share", .number(0.7)), ("momentum_share", .number(0.4))]) else {
            Issue.record("accepted"); return
        }
        #expect(shares == ["noise_share", "momentum_share"])
        guard case let .inconsistent(explore, _) = Self.error([("exploration", .number(2))]) else { Issue.record("accepted"); return }
        #expect(explore == ["learner", "exploration"])
        #expect(Self.error([("exploration", .number(2)), ("learner", .word("softmax"))]) == nil)
    }

    @Test(arguments: [("learner_share", 1.5), ("learning_rate", -0.1), ("memory", 4.0), ("discount", 1.0), ("learner_size", 0.0),
                      ("risk_window", 1.0), ("fee", 1.0)])
    func valuesOutsideTheirDomainNameTheirKey(_ key: String, _ value: Double) {
        guard case let .outOfDomain(given, _, _) = Self.error([(key, .number(value))]) else { Issue.record("\(key) accepted"); return }
        #expect(given == key)
    }

    @Test func populationCounts() {
        let p = learningPoint([], [("learner_share", 0.25), ("agents", 100)])
        #expect(p.learners == 25 && p.ruleAgents == 75)
        #expect(p.noiseTraders == 45 && p.momentumTraders == 15 && p.fundamentalists == 15)
        #expect(p.agentSteps == 100 * 1000)
        #expect(!learningPoint([], [("learner_share", 0)]).reports(.learnerProfit))
        #expect(!learningPoint([], [("learner_share", 1)]).reports(.ruleProfit))
        #expect(Self.error([("learner", .word("sarsa"))]) != nil)
        #expect(Self.error([("execution", .word("random_order"))]) != nil)
    }
}
