@testable import CatallaxModel
import CatallaxNumerics
import _CatallaxTestSupport
import Testing

/// Learning agents in multi-asset (docs/MultiAsset.md, "Learning agents").
@Suite struct MultiAssetLearningTests {
    static let learners: [[(key: String, value: ParameterValue)]] = [
        [("learner_share", .number(0.5))],
        [("learner_share", .number(0.3)), ("learner", .word("evolution_strategies")), ("memory", .number(3))],
        [("learner_share", .number(0.5)), ("reward", .word("utility")), ("lambda_var", .number(100))],
        [("learner_share", .number(1)), ("learner", .word("evolution_strategies"))],
    ]

    @Test(arguments: learners)
    func assetsAndCashAreConservedAfterEveryStepWithLearners(_ keys: [(key: String, value: ParameterValue)]) {
        let p = smallMultiAssetPoint([("assets", .number(3)), ("learning_rate", .number(0.05))] + keys)
        let batch = MultiAssetKernel<SIMD4<Double>>(sizedFor: p)
        var probe = MultiAssetProbe(batch, p, runCount: 3)
        let outcomes = batch.run(p, keys: LaneKeys(multiAssetKeys(0..<3)), runCount: 3, observer: &probe)
        #expect(probe.stepsSeen == p.steps + 1)
        #expect(probe.worstHoldingError <= 1e-12)
        #expect(probe.worstCashError <= 1e-12)
        var recorder = RecordingProbe<SIMD4<Double>, MultiAssetState<SIMD4<Double>>, Double>(runCount: 3) { s, lane in s.snapshot.price[lane] }
        _ = batch.run(p, keys: LaneKeys(multiAssetKeys(0..<3)), runCount: 3, observer: &recorder)
        #expect(recorder.violations.isEmpty, "\(recorder.violations.prefix(3))")
        #expect(outcomes.allSatisfy { $0.failure == nil }, "\(outcomes.map(\.failure))")
        #expect(outcomes.allSatisfy { ($0[MultiAssetMetric.policyNorm] ?? 0) > 0 })
    }

    @Test(arguments: learners)
    func aLearningRunIsTheSameWhateverTheLaneWidth(_ keys: [(key: String, value: ParameterValue)]) {
        let p = smallMultiAssetPoint([("assets", .number(2)), ("steps", .number(60))] + keys)
        let runs = multiAssetKeys(0..<9)
        let two = multiAssetOutcomes(p, lanes: SIMD2<Double>.self, keys: runs)
        let eight = multiAssetOutcomes(p, lanes: SIMD8<Double>.self, keys: runs)
        #expect(two == eight)
        #expect(Set(two.map { $0[MultiAssetMetric.policyNorm] }).count == 9)
    }

    @Test func learningKeysChangeNothingWithoutLearners() {
        let plain = smallMultiAssetPoint([("assets", .number(3))])
        let inert = smallMultiAssetPoint([
            ("assets", .number(3)), ("learner", .word("evolution_strategies")), ("learning_rate", .number(2)),
            ("memory", .number(40)), ("exploration", .number(3)), ("reward", .word("utility")), ("lambda_var", .number(7)),
        ])
        let keys = multiAssetKeys(0..<4)
        let a = multiAssetOutcomes(plain, lanes: SIMD4<Double>.self, keys: keys)
        #expect(a == multiAssetOutcomes(inert, lanes: SIMD4<Double>.self, keys: keys))
        #expect(a.allSatisfy { $0[MultiAssetMetric.policyNorm] == nil && $0[MultiAssetMetric.learnerProfit] == nil })
        #expect(!plain.reports(.learnerProfit))
    }

    @Test(arguments: [LinearPolicyLearner.policyGradient, .evolutionStrategies])
    func aZeroLearningRateKeepsThePolicyAtZero(learner: LinearPolicyLearner) {
        let p = smallMultiAssetPoint([("learner_share", .number(0.4)), ("learner", .word(learner.word)), ("learning_rate", .number(0))])
        let outcomes = multiAssetOutcomes(p, lanes: SIMD4<Double>.self, keys: multiAssetKeys(0..<4))
        #expect(outcomes.allSatisfy { $0[MultiAssetMetric.policyNorm] == 0 })
        #expect(outcomes.allSatisfy { $0.failure == nil })
    }

    @Test func learningMetricsAddUp() throws {
        let p = smallMultiAssetPoint([("learner_share", .number(0.2))])
        for outcome in multiAssetOutcomes(p, lanes: SIMD4<Double>.self, keys: multiAssetKeys(0..<4)) {
            let share = try #require(outcome[MultiAssetMetric.learnerWealthShare])
            let learner = try #require(outcome[MultiAssetMetric.learnerProfit])
            let belief = try #require(outcome[MultiAssetMetric.beliefProfit])
            // Σ W_i = N·B₀ + L·learner_profit + N_b·belief_profit.
            let l = Double(p.learnerCount), n = Double(p.agents)
            let learnerWealth = l * (p.initialBalance + learner)
            let total = learnerWealth + (n - l) * (p.initialBalance + belief)
            #expect(abs(share - learnerWealth / total) <= 1e-12)
        }
    }

    @Test func evolutionStrategiesNeedAPair() {
        let lone: [(key: String, value: ParameterValue)] = [("agents", .number(10)), ("learner_share", .number(0.1)), ("learner", .word("evolution_strategies"))]
        #expect {
            try MultiAssetParameters(assigning: lone)
        } throws: { error in
            guard case .inconsistent(let keys, _)? = error as? ParameterError else { return false }
            return keys == ["learner", "learner_share", "agents"]
        }
        // Three learners: one pair and an unpaired one, allowed.
        #expect((try? MultiAssetParameters(assigning: [("agents", .number(10)), ("learner_share", .number(0.3)), ("learner", .word("evolution_strategies"))])) != nil)
    }

    @Test(arguments: [("exploration", 0.0), ("exploration", 11), ("learning_rate", -0.1), ("memory", 0), ("learner_share", 1.5), ("lambda_var", -1)])
    func badLearningValuesAreRefused(key: String, value: Double) {
        #expect(throws: ParameterError.self) { try MultiAssetParameters(assigning: [(key, .number(value))]) }
    }
}
