import Testing
@testable import CatallaxModel
import CatallaxNumerics

/// The cross-key checks of `docs/TokenLaunch.md`, "Parameters": each error
/// names the keys that do not fit together.
@Suite struct TokenLaunchValidationTests {
    static func keys(_ assignments: [(String, ParameterValue)]) -> [String]? {
        do {
            _ = try TokenLaunchParameters(assigning: assignments.map { (key: $0.0, value: $0.1) })
            return nil
        } catch {
            guard case let .inconsistent(keys, _) = error else { return ["not inconsistent: \(error)"] }
            return keys
        }
    }

    @Test func inconsistentKeysAreNamed() {
        #expect(Self.keys([("fee", .number(0.5)), ("commission_hi", .number(0.5))]) == ["fee", "commission_hi"])
        #expect(Self.keys([("commission", .number(0.2))]) == ["commission_lo", "commission", "commission_hi"])
        #expect(Self.keys([("tier_low", .number(5))]) == ["tier_low", "tier_high"])
        #expect(Self.keys([("level_min", .number(1.5))]) == ["level_min", "level_max"])
        #expect(Self.keys([("level_end", .number(5))]) == ["level_min", "level_end", "level_max"])
        #expect(Self.keys([("winners", .number(2000))]) == ["winners", "agents"])
        #expect(Self.keys([("agents", .number(1)), ("winners", .number(1))]) == ["agents"])
        #expect(Self.keys([("f_noise", .number(0.9)), ("f_mom", .number(0.2))]) == ["f_noise", "f_mom"])
        #expect(Self.keys([]) == nil)
    }

    @Test func curveKeysBelongToTheChosenFamily() throws {
        let p = try TokenLaunchParameters(assigning: [("curve", .word("power")), ("n", .number(3)), ("a", .number(1e-15))])
        let expected = try PowerCurve(coefficient: 1e-15, exponent: 3)
        #expect(p.curve == .power(expected))
        #expect(throws: ParameterError.self) { try TokenLaunchParameters(assigning: [("n", .number(3))]) }
    }

    @Test(arguments: [("fee", 1.0), ("airdrop", 1.0), ("rebase_clamp", 1.0), ("rebase_lag", 0.5), ("leak", 1.5), ("vest_steps", 0.0)])
    func valuesOutsideTheirDomainAreRefused(key: String, value: Double) {
        #expect(throws: ParameterError.self) { try TokenLaunchParameters(assigning: [(key, .number(value))]) }
    }
}
