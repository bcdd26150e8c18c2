import CatallaxModel
import CatallaxNumerics
import Testing
import _CatallaxTestSupport

@Suite struct MarketClearingConservationTests {
    func observed(_ p: MarketClearingParameters) -> (ClearingConservationObserver<SIMD4<Double>>, [RunOutcome]) {
        let batch = MarketClearingKernel<SIMD4<Double>>(sizedFor: p)
        var observer = ClearingConservationObserver<SIMD4<Double>>(p, runCount: 4)
        let outcomes = batch.run(p, keys: LaneKeys(TestSupport.keys(0..<4)), runCount: 4, observer: &observer)
        return (observer, outcomes)
    }

    @Test(arguments: [ClearingMechanism.continuous, .call, .tatonnement])
    func cashAndUnitsAreConservedAfterEveryStep(mechanism: ClearingMechanism) {
        let p = MarketClearingTestSupport.smallPoint(mechanism)
        let (observer, outcomes) = observed(p)
        #expect(observer.stepsSeen == p.steps + 1)
        #expect(observer.negativeOrNonFinite == 0)
        #expect(observer.worstCashError < 1e-12)
        #expect(observer.worstUnitError < 1e-12)
        #expect(outcomes.allSatisfy { $0.failure == nil })
        // Trading really happened.
        #expect(outcomes.allSatisfy { $0[MarketClearingMetric.volume]! > 0 })
    }

    @Test(arguments: [ClearingMechanism.continuous, .call])
    func bookUnitsStayWhole(mechanism: ClearingMechanism) {
        let (observer, _) = observed(MarketClearingTestSupport.smallPoint(mechanism))
        #expect(observer.nonWholeUnits == 0)
    }

    @Test func longCallIntervalsNeverOvercommit() {
        // Agents place several orders per interval; commitments keep every
        // order covered, so cash and units never go negative.
        var p = MarketClearingTestSupport.smallPoint(.call, interval: 7)
        p.maxFraction = 0.9
        p.activity = 0.5
        let (observer, outcomes) = observed(p)
        #expect(observer.negativeOrNonFinite == 0)
        #expect(observer.worstCashError < 1e-12)
        #expect(observer.worstUnitError == 0)
        #expect(outcomes.allSatisfy { $0.failure == nil })
    }

    @Test(arguments: [ClearingMechanism.continuous, .call, .tatonnement])
    func pricePathMatchesTheRecordedMetrics(mechanism: ClearingMechanism) {
        let p = MarketClearingTestSupport.smallPoint(mechanism, steps: 80)
        let batch = MarketClearingKernel<SIMD2<Double>>(sizedFor: p)
        var recorder = PricePathRecorder<SIMD2<Double>>()
        let outcomes = batch.run(p, keys: LaneKeys(TestSupport.keys(0..<2)), runCount: 2, observer: &recorder)
        for lane in 0..<2 {
            let path = recorder.paths[lane]
            #expect(path.count == p.steps + 1)
            #expect(path[0] == p.initialPrice)
            #expect(TestSupport.relativeDifference(outcomes[lane][MarketClearingMetric.volatility]!, PriceMetrics.volatility(of: path)) < 1e-12)
            #expect(TestSupport.relativeDifference(outcomes[lane][MarketClearingMetric.maxDrawdown]!, PriceMetrics.maxDrawdown(of: path)) < 1e-12 || outcomes[lane][MarketClearingMetric.maxDrawdown]! == PriceMetrics.maxDrawdown(of: path))
            #expect(abs(outcomes[lane][MarketClearingMetric.logReturn]! - PriceMetrics.logReturn(of: path)) < 1e-12)
        }
    }
}
