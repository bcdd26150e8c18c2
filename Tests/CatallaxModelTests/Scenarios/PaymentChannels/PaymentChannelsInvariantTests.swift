import Testing
@testable import CatallaxModel
import CatallaxNumerics
import _CatallaxTestSupport

/// The invariants of `docs/PaymentChannels.md` after every step (money
/// across wallets, channels, splices in flight and the ledger; every open
/// channel's sides summing to its capacity; closed channels empty) for
/// every topology × pattern × rebalancing rule, with small channels so that
/// they deplete, and runs bit-identical across lane widths.
@Suite struct PaymentChannelsInvariantTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var topology: ChannelTopology
        var pattern: PaymentPattern
        var rebalance: RebalanceRule
        var testDescription: String { "\(topology.rawValue) \(pattern.rawValue) \(rebalance.rawValue)" }

        var point: PaymentChannelsParameters {
            channelPoint([
                ("topology", .word(topology.rawValue)), ("pattern", .word(pattern.rawValue)), ("rebalance", .word(rebalance.rawValue)),
                ("nodes", .number(60)), ("steps", .number(40)), ("payments", .number(40)), ("merchants", .number(4)),
                // Channels of about 20 payments, so they deplete; wallets that run dry under splicing and reopening.
                ("capacity", .number(2000)), ("threshold", .number(0.25)), ("ledger_delay", .number(2)),
                ("wallet", .number(3000)), ("fee_rate", .number(0.01)),
            ])
        }
    }

    static let cases: [Case] = ChannelTopology.allCases.flatMap { topology in
        PaymentPattern.allCases.flatMap { pattern in RebalanceRule.allCases.map { Case(topology: topology, pattern: pattern, rebalance: $0) } }
    }

    @Test(arguments: cases)
    func invariantsHoldAfterEveryStep(_ c: Case) {
        let checked = ScenarioBatchRunner.invariantViolations(ScenarioParameters(c.point), keys: channelKeys(0..<4))
        #expect(checked.violations == [nil, nil, nil, nil])
        #expect(checked.checks == c.point.steps + 1)
    }

    @Test(arguments: cases)
    func runsAreTheSameAtEveryLaneWidth(_ c: Case) {
        let keys = channelKeys(0..<6)
        let two = ScenarioBatchRunner.outcomes(ScenarioParameters(c.point), keys: keys, laneWidth: 2)
        let eight = ScenarioBatchRunner.outcomes(ScenarioParameters(c.point), keys: keys, laneWidth: 8)
        #expect(two == eight)
    }

    /// Retries and multi-part payments (with their roll-backs) keep every invariant too.
    @Test(arguments: [(1, 3), (3, 1), (3, 4)])
    func retriesAndPartsKeepTheInvariants(_ attempts: Int, _ parts: Int) {
        var p = Case(topology: .ba, pattern: .merchants, rebalance: .circular).point
        p.attempts = attempts
        p.parts = parts
        let checked = ScenarioBatchRunner.invariantViolations(ScenarioParameters(p), keys: channelKeys(0..<4))
        #expect(checked.violations == [nil, nil, nil, nil])
    }

    /// The cases above exercise what they claim: channels deplete when
    /// nothing is done about it, and every rule acts.
    @Test(arguments: RebalanceRule.allCases)
    func theStressedPointsDepleteAndRebalance(_ rule: RebalanceRule) {
        let p = Case(topology: .ba, pattern: .merchants, rebalance: rule).point
        let outcomes = ScenarioBatchRunner.outcomes(ScenarioParameters(p), keys: channelKeys(0..<4), laneWidth: 4)
        if rule == .none {
            let depleted = outcomes.map { $0[PaymentChannelsMetric.depletedShare] ?? 0 }
            #expect(depleted.allSatisfy { $0 > 0.05 }, "\(depleted)")
        } else {
            let actions = outcomes.map { $0[PaymentChannelsMetric.rebalances] ?? 0 }
            #expect(actions.allSatisfy { $0 > 0 }, "\(actions)")
        }
    }
}
