import Testing
@testable import CatallaxModel
import CatallaxNumerics
import _CatallaxTestSupport

/// The invariants of `docs/Cobweb.md` after every period (the price is the
/// demand price of the quantities, quantities within bounds, populations
/// of fixed size, strings within `ℓ` bits, each GA firm's quantity its
/// string's) for every expectation rule in both cases, with and without
/// election and at a high mutation rate; runs bit-identical across lane widths.
@Suite struct CobwebInvariantTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var market: CobwebCase
        var expectations: CobwebExpectations
        var election: Bool
        var testDescription: String { "\(market.rawValue) \(expectations.rawValue) election=\(election)" }

        var point: CobwebParameters {
            cobwebPoint(market, expectations, [("steps", 60), ("window", 30), ("firms", expectations == .gaMulti ? 4 : 10),
                                               ("strings", 10), ("bits", 12), ("mutation", 0.05), ("election", election ? 1 : 0)])
        }
    }

    static let cases: [Case] = CobwebCase.allCases.flatMap { market in
        CobwebExpectations.allCases.flatMap { rule in
            (rule.isGenetic ? [true, false] : [true]).map { Case(market: market, expectations: rule, election: $0) }
        }
    }

    @Test(arguments: cases)
    func invariantsHoldAfterEveryStep(_ c: Case) {
        let checked = ScenarioBatchRunner.invariantViolations(ScenarioParameters(c.point), keys: cobwebKeys(0..<4))
        #expect(checked.violations == [nil, nil, nil, nil])
        #expect(checked.checks == c.point.steps + 1)
    }

    @Test(arguments: cases)
    func runsAreTheSameAtEveryLaneWidth(_ c: Case) {
        let keys = cobwebKeys(0..<6)
        let two = ScenarioBatchRunner.outcomes(ScenarioParameters(c.point), keys: keys, laneWidth: 2)
        let eight = ScenarioBatchRunner.outcomes(ScenarioParameters(c.point), keys: keys, laneWidth: 8)
        #expect(two == eight)
        #expect(two.allSatisfy { $0.failure == nil })
    }

    /// The probe sees the GA populations: fixed size, within `ℓ` bits, and
    /// (ga-single) each firm's quantity from its own string.
    @Test func theProbeSeesFixedPopulationsOfValidStrings() {
        let p = Case(market: .unstable, expectations: .gaMulti, election: true).point
        let kernel = CobwebKernel<SIMD2<Double>>(sizedFor: p)
        var probe = RecordingProbe<SIMD2<Double>, CobwebState<SIMD2<Double>>, [UInt64]>(runCount: 2) { s, lane in s.strings(lane: lane) }
        _ = kernel.run(p, keys: LaneKeys(cobwebKeys(0..<2)), runCount: 2, observer: &probe)
        #expect(probe.violations.isEmpty)
        for lane in 0..<2 {
            #expect(probe.records[lane].allSatisfy { $0.count == p.firms * p.strings && $0.allSatisfy { $0 < 1 << 12 } })
        }
    }
}
