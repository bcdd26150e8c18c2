import CatallaxModel
import CatallaxNumerics
import Testing
import _CatallaxTestSupport

@Suite struct MarketClearingDeterminismTests {
    typealias Support = MarketClearingTestSupport

    @Test(arguments: [ClearingMechanism.continuous, .call, .tatonnement])
    func aRunIsTheSameWhateverTheLaneWidth(mechanism: ClearingMechanism) {
        let p = Support.smallPoint(mechanism, agents: 80, steps: 60, interval: mechanism == .call ? 3 : 1)
        let two = Support.outcomes(p, lanes: SIMD2<Double>.self, replicates: 0..<8)
        let four = Support.outcomes(p, lanes: SIMD4<Double>.self, replicates: 0..<8)
        let eight = Support.outcomes(p, lanes: SIMD8<Double>.self, replicates: 0..<8)
        #expect(two == four)
        #expect(two == eight)
    }

    @Test(arguments: [ClearingMechanism.continuous, .call, .tatonnement])
    func aRunIsTheSameWhateverBatchItRunsIn(mechanism: ClearingMechanism) {
        let p = Support.smallPoint(mechanism, agents: 80, steps: 60)
        let together = Support.outcomes(p, lanes: SIMD4<Double>.self, replicates: 0..<4)
        let batch = MarketClearingKernel<SIMD4<Double>>(sizedFor: p)
        let alone = batch.run(p, keys: LaneKeys([RunKey(seed: 7, point: 0, replicate: 2)]), runCount: 1)
        #expect(alone[0] == together[2])
        let shifted = batch.run(p, keys: LaneKeys(TestSupport.keys(2..<6)), runCount: 4)
        #expect(shifted[0] == together[2])
    }

    @Test func aReusedWorkerStateGivesTheSameRuns() {
        let small = Support.smallPoint(.continuous, agents: 60, steps: 50)
        var other = Support.smallPoint(.call, agents: 150, steps: 40, interval: 2)
        other.maxPrice = 20
        let batch = MarketClearingKernel<SIMD4<Double>>(sizedFor: small)
        let keys = LaneKeys<SIMD4<Double>>(TestSupport.keys(0..<4))
        let first = batch.run(small, keys: keys, runCount: 4)
        _ = batch.run(other, keys: keys, runCount: 4)
        _ = batch.run(Support.smallPoint(.tatonnement), keys: keys, runCount: 4)
        let again = batch.run(small, keys: keys, runCount: 4)
        #expect(first == again)
    }

    @Test(arguments: [ClearingMechanism.continuous, .call, .tatonnement])
    func differentReplicatesDiffer(mechanism: ClearingMechanism) {
        let runs = Support.outcomes(Support.smallPoint(mechanism), lanes: SIMD4<Double>.self, replicates: 0..<4)
        #expect(Set(runs.map { $0[MarketClearingMetric.volume]! }).count == 4)
    }
}
