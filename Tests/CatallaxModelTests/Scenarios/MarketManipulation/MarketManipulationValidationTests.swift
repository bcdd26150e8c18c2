import Testing
@testable import CatallaxModel
import CatallaxNumerics

/// The cross-key checks of `docs/MarketManipulation.md`, "Parameters".
@Suite struct MarketManipulationValidationTests {
    static func error(_ assignments: [(String, ParameterValue)]) -> ParameterError? {
        do {
            _ = try MarketManipulationParameters(assigning: assignments.map { (key: $0.0, value: $0.1) })
            return nil
        } catch {
            return error
        }
    }

    @Test func tradersHoldingMoreThanTheSupplyAreRefused() {
        let e = Self.error([("victims", .number(100)), ("h0", .number(1000)), ("attacker_tokens", .number(100_000))])
        guard case let .inconsistent(keys, _) = e else { Issue.record("\(String(describing: e))"); return }
        #expect(keys == ["victims", "h0", "attackers", "attacker_tokens", "s_init"])
        // Three pump-and-dump accounts hold 3·10 000 where one sandwicher holds 10 000.
        #expect(Self.error([("h0", .number(800))]) == nil)
        #expect(Self.error([("h0", .number(800)), ("attack", .word("cartel"))]) != nil)
    }

    @Test(arguments: [("fee", 1.0), ("q_max", 0.0), ("attackers", 65.0), ("max_order", -1.0), ("reward_rate", -0.1), ("dump_steps", 0.0)])
    func valuesOutsideTheirDomainNameTheirKey(_ key: String, _ value: Double) {
        guard case let .outOfDomain(given, _, _) = Self.error([(key, .number(value))]) else { Issue.record("\(key) accepted"); return }
        #expect(given == key)
    }

    @Test func curveKeysFollowTheFamily() {
        let p = manipulationPoint([("curve", "power")], [("n", 3)])
        #expect(p.curve.family == .power && p.familyValues.contains { $0.key == "n" && $0.value == 3 })
        #expect(Self.error([("n", .number(3))]) != nil)
        #expect(p.agentSteps == 101 * 500)
        #expect(!manipulationPoint().reports(.rewardPaid) && manipulationPoint([], [("reward_rate", 0.01)]).reports(.rewardPaid))
    }
}
