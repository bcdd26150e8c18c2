import Testing
@testable import CatallaxModel
import CatallaxNumerics

/// The cross-key checks of `docs/SlaMarket.md`, "Parameters": each error
/// names the keys that do not fit together.
@Suite struct SlaMarketValidationTests {
    static func error(_ assignments: [(String, ParameterValue)]) -> ParameterError? {
        do {
            _ = try SlaMarketParameters(assigning: assignments.map { (key: $0.0, value: $0.1) })
            return nil
        } catch {
            return error
        }
    }

    @Test func sharesAddingToMoreThanOneAreRefused() {
        let e = Self.error([("share_flaky", .number(0.5)), ("share_cheating", .number(0.4)), ("share_strategic", .number(0.2))])
        guard case let .inconsistent(keys, _) = e else { Issue.record("\(String(describing: e))"); return }
        #expect(keys == ["share_flaky", "share_cheating", "share_strategic"])
        // Shares written to add up to one pass, though 0.1 + 0.2 + 0.7 > 1 in floating point.
        #expect(Self.error([("share_flaky", .number(0.1)), ("share_cheating", .number(0.2)), ("share_strategic", .number(0.7))]) == nil)
    }

    @Test func roundedCountsAboveTheProvidersAreRefused() {
        // ⌊0.25·2 + ½⌋ = 1 of each of three types, on two providers.
        let e = Self.error([("providers", .number(2)), ("share_flaky", .number(0.25)), ("share_cheating", .number(0.25)),
                            ("share_strategic", .number(0.25))])
        guard case let .inconsistent(keys, _) = e else { Issue.record("\(String(describing: e))"); return }
        #expect(keys.contains("providers") && keys.contains("share_flaky"))
    }

    @Test func aContractRingAboveTenMillionIsRefused() {
        let e = Self.error([("requesters", .number(1_000_000)), ("duration", .number(11))])
        guard case let .inconsistent(keys, _) = e else { Issue.record("\(String(describing: e))"); return }
        #expect(keys == ["requesters", "duration"])
        #expect(Self.error([("requesters", .number(1_000_000)), ("duration", .number(10))]) == nil)
    }

    @Test(arguments: [("fee", 1.0), ("cost", 0.0), ("value", 0.0), ("menu", 65.0), ("p_detect", 1.5), ("rounds", 0.0)])
    func valuesOutsideTheirDomainNameTheirKey(_ key: String, _ value: Double) {
        guard case let .outOfDomain(given, _, _) = Self.error([(key, .number(value))]) else { Issue.record("\(key) accepted"); return }
        #expect(given == key)
    }

    @Test func theTypesGoByIndexRanges() {
        let p = slaPoint([("providers", 10), ("share_flaky", 0.2), ("share_cheating", 0.3), ("share_strategic", 0.1)])
        let counts = p.providerCounts
        #expect([counts.reliable, counts.flaky, counts.cheating, counts.strategic] == [4, 2, 3, 1])
        #expect(p.agentSteps == 410 * 1000)
        #expect(p.reports(.cheaterProfit))
        var run = SlaMarketRun()
        run.start(p, key: RunKey(seed: 15, replicate: 0).words)
        #expect(run.kind == [.reliable, .reliable, .reliable, .reliable, .flaky, .flaky, .cheating, .cheating, .cheating, .strategic])
        let honestOnly = slaPoint([("share_flaky", 0), ("share_cheating", 0), ("share_strategic", 0)])
        #expect(!honestOnly.reports(.cheaterProfit) && !honestOnly.reports(.strategicProfit) && honestOnly.reports(.honestProfit))
    }
}
