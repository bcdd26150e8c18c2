import Testing
@testable import CatallaxModel
import CatallaxNumerics
import _CatallaxTestSupport

/// The invariants of `docs/HeterogeneousBeliefs.md` after every step, lane
/// widths, and the cross-key check.
@Suite struct HeterogeneousBeliefsInvariantTests {
    static let cases: [(String, [(String, Double)])] = [
        ("reference", []),
        ("fundamental", [("beta", 2)]),
        ("branch", [("beta", 3)]),
        ("agents", [("agents", 1000), ("steps", 300), ("burn_in", 100)]),
        ("noise memory bias", [("noise", 0.05), ("memory", 0.7), ("bias", 0.3), ("beta", 6)]),
        ("large beta", [("beta", 50)]),
        ("contrarians", [("trend", -0.8), ("beta", 5), ("noise", 0.01)]),
    ]

    @Test(arguments: cases.map(\.0))
    func invariantsHoldAfterEveryStep(label: String) throws {
        let assignments = try #require(Self.cases.first { $0.0 == label }).1
        let (outcomes, probe) = probedBeliefsRun(beliefsPoint(assignments), keys: beliefsKeys(0..<2))
        #expect(probe.violations.isEmpty, "\(probe.violations.prefix(3))")
        #expect(outcomes.allSatisfy { $0.failure == nil })
        #expect(probe.records[0].count == beliefsPoint(assignments).steps)
    }

    @Test(arguments: cases.map(\.0))
    func lanesWidthsGiveTheSameBits(label: String) throws {
        let p = beliefsPoint(try #require(Self.cases.first { $0.0 == label }).1)
        let keys = beliefsKeys(0..<9)
        #expect(beliefsOutcomes(p, keys: keys, laneWidth: 2) == beliefsOutcomes(p, keys: keys, laneWidth: 8))
    }

    @Test func aBurnInAsLongAsTheRunIsRejected() {
        #expect(throws: ParameterError.self) {
            try HeterogeneousBeliefsParameters(assigning: [(key: "steps", value: .number(100)), (key: "burn_in", value: .number(100))])
        }
        do {
            _ = try HeterogeneousBeliefsParameters(assigning: [(key: "burn_in", value: .number(5000))])
            Issue.record("burn_in ≥ steps was accepted")
        } catch {
            #expect("\(error)".contains("burn_in") && "\(error)".contains("steps"))
        }
    }
}
