import Testing
@testable import CatallaxModel
import CatallaxNumerics
import _CatallaxTestSupport

/// The invariants of `docs/TokenLaunch.md` after every step (money, tokens,
/// reserve, vesting, the accumulator, signs and bounds) under every
/// allocation, vesting rule, reward source and controller, and at points
/// where the treasury runs dry or minted rewards leave the reserve short;
/// runs bit-identical across lane widths.
@Suite struct TokenLaunchInvariantTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var label: String
        var numbers: [(String, Double)]
        var words: [(String, String)]
        var testDescription: String { label }
        var point: TokenLaunchParameters { launchPoint(numbers, words: words) }
    }

    static let cases: [Case] = [
        Case(label: "reference", numbers: [], words: []),
        Case(label: "weighted price-gated p", numbers: [("kp", 1), ("target", 1.1)],
             words: [("allocation", "weighted"), ("vesting", "price"), ("controller", "p")]),
        Case(label: "tiered cliff pi treasury", numbers: [("vest_steps", 60), ("cliff", 20), ("target", 0.9)],
             words: [("allocation", "tiered"), ("vesting", "cliff"), ("controller", "pi"), ("reward_source", "treasury")]),
        Case(label: "lottery activity rebase", numbers: [("target", 1.3), ("rebase_threshold", 0.01)],
             words: [("allocation", "lottery"), ("vesting", "activity"), ("controller", "rebase"), ("commission_rule", "volume")]),
        // A treasury of 50 cannot pay 5 per step of staking nor the affiliates.
        Case(label: "treasury runs dry", numbers: [("treasury", 50), ("stake_reward", 5), ("reward_k", 0.5), ("kp", 2), ("target", 1.5)],
             words: [("reward_source", "treasury"), ("controller", "pi")]),
        // Large minted rewards: the reserve falls short and sells can be refused.
        Case(label: "heavy minting", numbers: [("reward_k", 3), ("stake_reward", 2000), ("claim_every", 3), ("p_act", 0.5), ("q_max", 0.5)],
             words: [("commission_rule", "fixed")]),
        // Half of every sell burned: the reserve ends with a surplus.
        Case(label: "burn half", numbers: [("burn", 0.5), ("reward_k", 0), ("stake_reward", 0), ("p_act", 0.3)],
             words: [("controller", "pi")]),
        Case(label: "exponential curve", numbers: [("airdrop", 0.5), ("fee", 0.05), ("commission_hi", 0.2), ("commission", 0.1)],
             words: [("curve", "exponential"), ("controller", "p")]),
    ]

    @Test(arguments: cases)
    func invariantsHoldAfterEveryStep(_ c: Case) {
        let checked = ScenarioBatchRunner.invariantViolations(ScenarioParameters(c.point), keys: launchKeys(0..<4))
        #expect(checked.violations == [nil, nil, nil, nil])
        #expect(checked.checks == c.point.steps + 1)
    }

    @Test(arguments: cases)
    func runsAreTheSameAtEveryLaneWidth(_ c: Case) {
        let keys = launchKeys(0..<6)
        let two = ScenarioBatchRunner.outcomes(ScenarioParameters(c.point), keys: keys, laneWidth: 2)
        let eight = ScenarioBatchRunner.outcomes(ScenarioParameters(c.point), keys: keys, laneWidth: 8)
        #expect(two == eight)
        #expect(two.allSatisfy { $0.failure == nil })
    }

    /// The stressed points exercise what they claim.
    @Test func theStressedPointsBind() {
        func outcomes(_ label: String) -> [RunOutcome] {
            let c = Self.cases.first { $0.label == label }!
            return ScenarioBatchRunner.outcomes(ScenarioParameters(c.point), keys: launchKeys(0..<4), laneWidth: 4)
        }
        #expect(outcomes("treasury runs dry").allSatisfy { ($0[TokenLaunchMetric.unpaid] ?? 0) > 0 && ($0[TokenLaunchMetric.treasuryMin] ?? 1) < 0.1 })
        #expect(outcomes("heavy minting").allSatisfy { ($0[TokenLaunchMetric.unbacked] ?? 0) > 0.1 })
    }
}
