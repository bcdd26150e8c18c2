import Testing
@testable import CatallaxModel
import CatallaxNumerics
import _CatallaxTestSupport

/// The invariants of `docs/MarketManipulation.md` after every step (money,
/// reserve = R(S), tokens, signs, an untouched counterfactual attacker) for
/// every attack under every execution policy, with a fee, an order cap and
/// a volume reward; on every curve family; and runs bit-identical across
/// lane widths.
@Suite struct MarketManipulationInvariantTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var attack: AttackKind
        var execution: ExecutionPolicy
        var testDescription: String { "\(attack.rawValue) \(execution.rawValue)" }

        var point: MarketManipulationParameters {
            manipulationPoint([("attack", attack.rawValue), ("execution", execution.rawValue)],
                              [("victims", 20), ("steps", 60), ("fee", 0.002), ("max_order", 1500), ("reward_rate", 0.001),
                               ("accumulate_steps", 5), ("pump_steps", 2), ("dump_steps", 3)])
        }
    }

    static let cases = AttackKind.allCases.flatMap { attack in ExecutionPolicy.allCases.map { Case(attack: attack, execution: $0) } }

    @Test(arguments: cases)
    func invariantsHoldAfterEveryStep(_ c: Case) {
        let checked = ScenarioBatchRunner.invariantViolations(ScenarioParameters(c.point), keys: manipulationKeys(0..<4))
        #expect(checked.violations == [nil, nil, nil, nil])
        #expect(checked.checks == c.point.steps + 1)
    }

    @Test(arguments: cases)
    func runsAreTheSameAtEveryLaneWidth(_ c: Case) {
        let keys = manipulationKeys(0..<6)
        let two = ScenarioBatchRunner.outcomes(ScenarioParameters(c.point), keys: keys, laneWidth: 2)
        let eight = ScenarioBatchRunner.outcomes(ScenarioParameters(c.point), keys: keys, laneWidth: 8)
        #expect(two == eight)
        #expect(two.allSatisfy { $0.failure == nil })
    }

    /// Budgets bind (poor victims, a poor attacker) on every curve family.
    @Test(arguments: CurveFamily.allCases)
    func invariantsHoldOnEveryCurveWhenBudgetsBind(_ family: CurveFamily) {
        for attack in [AttackKind.sandwich, .cartel] {
            let p = manipulationPoint([("attack", attack.rawValue), ("curve", family.rawValue)],
                                      [("victims", 20), ("steps", 60), ("b0", 5), ("attacker_cash", 50), ("q_max", 1), ("activity", 1),
                                       ("fee", 0.01)])
            let checked = ScenarioBatchRunner.invariantViolations(ScenarioParameters(p), keys: manipulationKeys(0..<4))
            #expect(checked.violations == [nil, nil, nil, nil])
        }
    }

    /// The call auction's batch with everyone short of cash still conserves money.
    @Test func aCallAuctionCutsBuyersWhoCannotPay() {
        let p = manipulationPoint([("attack", "cartel"), ("execution", "call_auction")],
                                  [("victims", 20), ("steps", 60), ("b0", 5), ("attacker_cash", 50), ("q_max", 1), ("activity", 1)])
        let checked = ScenarioBatchRunner.invariantViolations(ScenarioParameters(p), keys: manipulationKeys(0..<4))
        #expect(checked.violations == [nil, nil, nil, nil])
    }
}
