import Testing
@testable import CatallaxModel
import CatallaxNumerics
import _CatallaxTestSupport

/// The invariants of `docs/SlaMarket.md` after every step (money across
/// wallets, escrow, the protocol and outside accounts; the contract ring;
/// capacity; signs; reputations; counts) under both agreements at points
/// where capacity binds, wallets run out, the collateral is below the price
/// and audits never or always happen; runs bit-identical across lane
/// widths; and common random numbers across collateral values.
@Suite struct SlaMarketInvariantTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var stress: String
        var agreement: SlaAgreement
        var testDescription: String { "\(stress) \(agreement.rawValue)" }

        static let small: [(String, Double)] = [("requesters", 40), ("providers", 10), ("steps", 60)]
        static let stresses: [String: [(String, Double)]] = [
            "capacity binds": [("requesters", 60), ("providers", 6), ("capacity", 1), ("request_rate", 1), ("duration", 3), ("steps", 40)],
            // One contract's worth of collateral per provider and a dozen prices per requester.
            "wallets run out": small + [("provider_wallet", 8), ("requester_wallet", 12), ("share_cheating", 0.4), ("p_detect", 0.5),
                                        ("request_rate", 1)],
            "collateral below price": small + [("collateral", 0.5), ("markup", 2), ("fee", 0.1), ("p_detect", 0.5)],
            "never audited": small + [("p_detect", 0)],
            "always audited": small + [("p_detect", 1), ("duration", 3)],
        ]

        var point: SlaMarketParameters { slaPoint(Self.stresses[stress]!, agreement: agreement) }
    }

    static let cases: [Case] = Case.stresses.keys.sorted().flatMap { stress in SlaAgreement.allCases.map { Case(stress: stress, agreement: $0) } }

    @Test(arguments: cases)
    func invariantsHoldAfterEveryStep(_ c: Case) {
        let checked = ScenarioBatchRunner.invariantViolations(ScenarioParameters(c.point), keys: slaKeys(0..<4))
        #expect(checked.violations == [nil, nil, nil, nil])
        #expect(checked.checks == c.point.steps + 1)
    }

    @Test(arguments: cases)
    func runsAreTheSameAtEveryLaneWidth(_ c: Case) {
        let keys = slaKeys(0..<6)
        let two = ScenarioBatchRunner.outcomes(ScenarioParameters(c.point), keys: keys, laneWidth: 2)
        let eight = ScenarioBatchRunner.outcomes(ScenarioParameters(c.point), keys: keys, laneWidth: 8)
        #expect(two == eight)
        #expect(two.allSatisfy { $0.failure == nil })
    }

    /// The stressed points exercise what they claim.
    @Test(arguments: SlaAgreement.allCases)
    func theStressedPointsBind(_ agreement: SlaAgreement) {
        func outcomes(_ stress: String) -> [RunOutcome] {
            ScenarioBatchRunner.outcomes(ScenarioParameters(Case(stress: stress, agreement: agreement).point), keys: slaKeys(0..<4), laneWidth: 4)
        }
        // Providers leave when their wallets cannot back another contract.
        let poor = outcomes("wallets run out")
        #expect(poor.contains { ($0[SlaMarketMetric.cheatersSurviving] ?? 1) < 1 || ($0[SlaMarketMetric.honestSurviving] ?? 1) < 1 })
        // 60 requesters asking every step, against 6 providers holding one contract each.
        #expect(outcomes("capacity binds").allSatisfy { ($0[SlaMarketMetric.unmatchedRate] ?? 0) > 0.5 })
        #expect(outcomes("never audited").allSatisfy { $0[SlaMarketMetric.fraudCaught] == 0 && $0[SlaMarketMetric.penaltiesPaid] == 0 })
        #expect(outcomes("always audited").allSatisfy { $0[SlaMarketMetric.fraudCaught] == 1 && $0[SlaMarketMetric.disputeRate] == 1 })
    }

    /// All strategic at `k = 4.1` and `k = 8`, wallets `10⁴`: collateral
    /// changes no draw and no decision, so the breach rates agree to the bit.
    @Test(arguments: SlaAgreement.allCases)
    func collateralAboveTheThresholdSeesTheSameDraws(_ agreement: SlaAgreement) {
        func breaches(_ k: Double) -> [UInt64?] {
            let p = slaPoint([("share_flaky", 0), ("share_cheating", 0), ("share_strategic", 1), ("cost_spread", 0), ("p_detect", 0.25),
                              ("requesters", 100), ("providers", 25), ("steps", 200), ("collateral", k), ("provider_wallet", 10_000)],
                             agreement: agreement)
            return ScenarioBatchRunner.outcomes(ScenarioParameters(p), keys: slaKeys(0..<4), laneWidth: 4)
                .map { $0[SlaMarketMetric.breachRate]?.bitPattern }
        }
        let low = breaches(4.1)
        #expect(low.allSatisfy { $0 != nil })
        #expect(low == breaches(8))
    }
}
