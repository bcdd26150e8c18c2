import Testing
@testable import CatallaxModel
import CatallaxNumerics
import _CatallaxTestSupport

/// The invariants of `docs/AlgorithmicCollusion.md` after every step, and
/// sessions bit-identical across lane widths, at the baseline and at
/// points that converge quickly, run into the cap, or have three firms.
@Suite struct AlgorithmicCollusionInvariantTests {
    static let points: [String: [(String, Double)]] = [
        "baseline, 40 steps": [("steps", 40)],
        "fast convergence": [("beta", 1e-3), ("convergence_window", 500), ("steps", 100)],
        "cap": [("convergence_window", 1e6), ("periods_per_step", 97), ("steps", 50)],
        "three firms": [("firms", 3), ("prices", 7), ("beta", 1e-4), ("convergence_window", 2000), ("steps", 60)],
        "coarse grid, wide": [("prices", 3), ("xi", 1), ("alpha", 1), ("beta", 1e-3), ("convergence_window", 200), ("steps", 20)],
    ]

    @Test(arguments: points.keys.sorted())
    func invariantsHoldAfterEveryStep(_ name: String) {
        let p = collusionPoint(Self.points[name]!)
        let checked = ScenarioBatchRunner.invariantViolations(ScenarioParameters(p), keys: collusionKeys(0..<3))
        #expect(checked.violations == [nil, nil, nil])
        #expect(checked.checks == p.steps + 1)
    }

    @Test(arguments: points.keys.sorted())
    func sessionsAreTheSameAtEveryLaneWidth(_ name: String) {
        let p = collusionPoint(Self.points[name]!)
        let keys = collusionKeys(0..<6)
        let two = collusionOutcomes(p, keys, laneWidth: 2)
        let eight = collusionOutcomes(p, keys, laneWidth: 8)
        #expect(two == eight)
        #expect(two.allSatisfy { $0.failure == nil })
    }

    @Test func fastPointsConvergeAndTheCapStops() {
        let fast = collusionOutcomes(collusionPoint(Self.points["fast convergence"]!), collusionKeys(0..<4))
        #expect(fast.allSatisfy { $0[AlgorithmicCollusionMetric.converged] == 1 })
        let capped = collusionOutcomes(collusionPoint(Self.points["cap"]!), collusionKeys(0..<4))
        #expect(capped.allSatisfy { $0[AlgorithmicCollusionMetric.converged] == 0 && $0[AlgorithmicCollusionMetric.periods] == 4850 })
    }

    /// A probe sees a stopped session idle: its periods and price stay put.
    @Test func aStoppedSessionIdles() {
        let p = collusionPoint(Self.points["fast convergence"]!)
        let kernel = AlgorithmicCollusionKernel<SIMD2<Double>>(sizedFor: p)
        var probe = RecordingProbe<SIMD2<Double>, AlgorithmicCollusionState<SIMD2<Double>>, [Double]>(runCount: 2) { s, lane in
            [Double(s.periods(lane: lane)), s.snapshot.price[lane], s.stopped(lane: lane) ? 1 : 0]
        }
        _ = kernel.run(p, keys: LaneKeys(collusionKeys(0..<2)), runCount: 2, observer: &probe)
        #expect(probe.violations.isEmpty)
        for records in probe.records {
            #expect(records.count == p.steps)
            guard let first = records.firstIndex(where: { $0[2] == 1 }) else {
                Issue.record("the session never stopped")
                continue
            }
            #expect(records[first...].allSatisfy { $0 == records[first] })
        }
    }
}
