import CatallaxModel
import CatallaxNumerics
import Testing
import _CatallaxTestSupport

@Suite struct CurveVolatilityDeterminismTests {
    func outcomes<V: LaneVector>(_ p: CurveVolatilityParameters, lanes: V.Type, replicates: Range<Int>) -> [RunOutcome] {
        ScenarioBatchRunner.outcomes(ScenarioParameters(p), keys: TestSupport.keys(replicates), laneWidth: V.scalarCount)
    }

    @Test(arguments: CurveFamily.allCases)
    func aRunIsTheSameWhateverTheLaneWidth(family: CurveFamily) {
        let p = TestSupport.smallPoint(family, shock: 0.1)
        let two = outcomes(p, lanes: SIMD2<Double>.self, replicates: 0..<8)
        let four = outcomes(p, lanes: SIMD4<Double>.self, replicates: 0..<8)
        let eight = outcomes(p, lanes: SIMD8<Double>.self, replicates: 0..<8)
        #expect(two == four)
        #expect(two == eight)
    }

    @Test func aRunIsTheSameWhateverBatchItRunsIn() {
        let p = TestSupport.smallPoint(.sigmoid)
        let together = outcomes(p, lanes: SIMD4<Double>.self, replicates: 0..<4)
        let batch = CurveVolatilityKernel<SIMD4<Double>>(sizedFor: p)
        let alone = batch.run(p, keys: LaneKeys([RunKey(seed: 7, point: 0, replicate: 2)]), runCount: 1)
        // Replicate 2 next to other keys, and padded with copies of itself.
        #expect(alone[0] == together[2])
        let shifted = batch.run(p, keys: LaneKeys(TestSupport.keys(2..<6)), runCount: 4)
        #expect(shifted[0] == together[2])
    }

    @Test func aReusedWorkerStateGivesTheSameRuns() {
        let small = TestSupport.smallPoint(.exponential)
        let large = TestSupport.smallPoint(.exponential, agents: 90, steps: 80)
        let batch = CurveVolatilityKernel<SIMD4<Double>>(sizedFor: small)
        let first = batch.run(small, keys: LaneKeys(TestSupport.keys(0..<4)), runCount: 4)
        _ = batch.run(large, keys: LaneKeys(TestSupport.keys(0..<4)), runCount: 4)
        let again = batch.run(small, keys: LaneKeys(TestSupport.keys(0..<4)), runCount: 4)
        #expect(first == again)
    }

    @Test func differentReplicatesDiffer() {
        let p = TestSupport.smallPoint(.linear)
        let runs = outcomes(p, lanes: SIMD4<Double>.self, replicates: 0..<4)
        #expect(Set(runs.map { $0[CurveVolatilityMetric.volatility]! }).count == 4)
    }
}
