import Testing
@testable import CatallaxModel
import CatallaxNumerics
import _CatallaxTestSupport

/// The invariants of `docs/ResourceEconomy.md` after every step (money,
/// capacity, credits, signs) for every rule × load pattern × wallet policy,
/// and runs bit-identical across lane widths, at `N = 50`, `T = 200`.
@Suite struct ResourceEconomyInvariantTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var rule: AllocationRule
        var load: LoadPattern
        var policy: WalletPolicy
        var testDescription: String { "\(rule.rawValue) \(load.rawValue) \(policy.rawValue)" }

        var point: ResourceEconomyParameters {
            resourcePoint([
                ("rule", .word(rule.rawValue)), ("load", .word(load.rawValue)), ("policy", .word(policy.rawValue)),
                ("agents", .number(50)), ("steps", .number(200)), ("efficiency_every", .number(3)),
                // Tight money so that some agents go bankrupt and forfeit their credits.
                ("b0", .number(4)), ("running_cost", .number(2)),
            ])
        }
    }

    static let cases: [Case] = AllocationRule.allCases.flatMap { rule in
        LoadPattern.allCases.flatMap { load in WalletPolicy.allCases.map { Case(rule: rule, load: load, policy: $0) } }
    }

    @Test(arguments: cases)
    func invariantsHoldAfterEveryStep(_ c: Case) {
        let checked = ScenarioBatchRunner.invariantViolations(ScenarioParameters(c.point), keys: resourceKeys(0..<4))
        #expect(checked.violations == [nil, nil, nil, nil])
        #expect(checked.checks == c.point.steps + 1)
        for outcome in resourceOutcomes(c.point, laneWidth: 4, keys: resourceKeys(0..<4)) {
            #expect(outcome.failure == nil, "\(outcome.failure ?? "")")
        }
    }

    @Test(arguments: cases)
    func runsAreTheSameAtEveryLaneWidth(_ c: Case) {
        let keys = resourceKeys(0..<8)
        let two = resourceOutcomes(c.point, laneWidth: 2, keys: keys)
        let eight = resourceOutcomes(c.point, laneWidth: 8, keys: keys)
        #expect(two == eight)
    }

    @Test func tightMoneyBankruptsSomeAgents() {
        // The invariant cases above must exercise bankruptcy and forfeiture.
        let p = Case(rule: .posted, load: .bursts, policy: .ewma).point
        let outcomes = resourceOutcomes(p, laneWidth: 4, keys: resourceKeys(0..<4))
        let bankrupt = outcomes.map { $0[ResourceEconomyMetric.bankruptcies] ?? 0 }
        #expect(bankrupt.contains { $0 > 0 }, "\(bankrupt)")
    }

    /// With capacity 100 times the mean need, ample budgets and inelastic
    /// linear demand, every agent is up in every step under every rule.
    @Test(arguments: AllocationRule.allCases)
    func ampleCapacityKeepsEveryoneUp(_ rule: AllocationRule) {
        let p = resourcePoint([
            ("rule", .word(rule.rawValue)), ("agents", .number(50)), ("steps", .number(100)), ("headroom", .number(100)),
            ("b0", .number(1e6)), ("elasticity", .number(0)), ("policy", .word("needed")),
        ])
        for outcome in resourceOutcomes(p, laneWidth: 4, keys: resourceKeys(0..<4)) {
            #expect(outcome[ResourceEconomyMetric.uptime] == 1)
            #expect(outcome[ResourceEconomyMetric.uptimeWorst] == 1)
            #expect(outcome[ResourceEconomyMetric.unmetDemand] == 0)
        }
    }
}
