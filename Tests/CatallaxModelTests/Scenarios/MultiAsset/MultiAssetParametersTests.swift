@testable import CatallaxModel
import CatallaxNumerics
import Testing

@Suite struct MultiAssetParametersTests {
    @Test func defaultsAreTheReferencePoint() throws {
        let p = try MultiAssetParameters(assigning: [])
        #expect(p == MultiAssetParameters())
        #expect(p.assets == 4 && p.agents == 1000 && p.steps == 1000)
        #expect(p.reactivity == 10 && p.crossSubstitution == 0.3 && p.depth == 1 && p.shockSize == 0.02)
        #expect(p.agentSteps == 1_000_000)
        #expect(p.summaryLine == "assets=4")
        let defaults = MultiAssetParameters.descriptors.map { "\($0.key)=\($0.defaultValue.map(\.description) ?? "")" }
        #expect(defaults == ["assets=4", "agents=1000", "steps=1000", "p_act=0.1", "b0=100", "v0=1", "sigma_v=0.1",
                             "sigma_eps=0.02", "rho_belief=0.5", "kappa=10", "gamma=0.3", "depth=1",
                             "learner_share=0", "learner=policy_gradient", "learning_rate=0.05", "memory=5", "exploration=0.1",
                             "reward=profit", "lambda_var=1"])
    }

    @Test func assignmentsSetTheParametersAndLaterOnesWin() throws {
        let p = try MultiAssetParameters(assigning: [
            ("assets", .number(8)), ("gamma", .number(0.1)), ("rho_belief", .number(0.9)), ("assets", .number(2)),
        ])
        #expect(p.assets == 2 && p.crossSubstitution == 0.1 && p.shockCorrelation == 0.9)
        #expect(p.summaryLine == "assets=2 rho_belief=0.9 gamma=0.1")
    }

    @Test func keyedValuesAssignBackToTheSameParameters() throws {
        let p = try MultiAssetParameters(assigning: [
            ("assets", .number(16)), ("agents", .number(77)), ("sigma_eps", .number(0.05)), ("depth", .number(2.5)),
        ])
        #expect(p.keyedValues["assets"] == "16" && p.keyedValues["agents"] == "77" && p.keyedValues["depth"] == "2.5")
        #expect(Set(p.keyedValues.keys) == Set(MultiAssetParameters.descriptors.map(\.key)))
        let again = try MultiAssetParameters(
            assigning: p.keyedValues.map { (key: $0.key, value: ParameterValue(parsing: $0.value)) })
        #expect(again == p)
    }

    @Test func anUnknownKeySuggestsTheNearestOne() {
        #expect(throws: ParameterError.unknownKey(
            key: "gama", allowed: MultiAssetParameters.descriptors.map(\.key), suggestion: "gamma")) {
            try MultiAssetParameters(assigning: [("gama", .number(0.2))])
        }
    }

    @Test(arguments: [("assets", 0.0), ("assets", 65), ("assets", 2.5), ("gamma", 1), ("gamma", -0.1),
                      ("depth", 0), ("kappa", -1), ("rho_belief", 1.5), ("steps", 1)])
    func valuesOutsideTheirDomainAreRefused(key: String, value: Double) {
        #expect {
            try MultiAssetParameters(assigning: [(key, .number(value))])
        } throws: { error in
            guard case .outOfDomain(let badKey, _, _)? = error as? ParameterError else { return false }
            return badKey == key
        }
    }

    @Test func anIllConditionedSystemIsInconsistent() throws {
        #expect {
            try MultiAssetParameters(assigning: [("gamma", .number(1 - 1e-12)), ("depth", .number(1e-13))])
        } throws: { error in
            guard case .inconsistent(let keys, let reason)? = error as? ParameterError else { return false }
            return keys == ["gamma", "depth"] && reason.contains("condition number")
        }
        // The same values are fine with one asset, where γ has no effect.
        let single = try MultiAssetParameters(assigning: [("assets", .number(1)), ("gamma", .number(1 - 1e-12)), ("depth", .number(1e-13))])
        #expect(single.conditionNumber == 1)
    }

    @Test func correlationIsReportedOnlyWithSeveralAssets() throws {
        let plain: [MultiAssetMetric] = [.volatility, .maxDrawdown, .logReturn, .returnCorrelation, .volume, .gini, .residual, .condition]
        let one = try MultiAssetParameters(assigning: [("assets", .number(1))])
        #expect(one.reportedMetrics.map(\.name) == plain.filter { $0 != .returnCorrelation }.map(\.rawValue))
        #expect(MultiAssetParameters().reportedMetrics.map(\.name) == plain.map(\.rawValue))
        let learning = try MultiAssetParameters(assigning: [("learner_share", .number(0.5))])
        #expect(learning.reportedMetrics.map(\.name) == MultiAssetMetric.allCases.map(\.rawValue))
        #expect(MultiAssetMetric.allCases.map(\.rawValue) == [
            "volatility", "max_drawdown", "log_return", "return_correlation", "volume", "gini", "residual", "condition",
            "learner_profit", "belief_profit", "learner_wealth_share", "policy_norm",
        ])
    }
}
