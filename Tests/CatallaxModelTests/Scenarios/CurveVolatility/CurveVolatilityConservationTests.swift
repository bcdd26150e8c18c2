import CatallaxModel
import CatallaxNumerics
import Testing
import _CatallaxTestSupport

@Suite struct CurveVolatilityConservationTests {
    static let cases: [(CurveFamily, Double, Double)] = CurveFamily.allCases.flatMap { family in
        [(family, 0, 0), (family, 0.01, 0), (family, 0, 0.3), (family, 0.01, 0.3)]
    }

    @Test(arguments: cases)
    func currencyAndTokensAreConservedAfterEveryStep(family: CurveFamily, fee: Double, shock: Double) {
        let p = TestSupport.smallPoint(family, fee: fee, shock: shock)
        let batch = CurveVolatilityKernel<SIMD4<Double>>(sizedFor: p)
        var observer = ConservationObserver<SIMD4<Double>>(p, runCount: 4)
        let outcomes = batch.run(p, keys: LaneKeys(TestSupport.keys(0..<4)), runCount: 4, observer: &observer)
        #expect(observer.stepsSeen == p.steps + 1)
        #expect(observer.worstCurrencyError < 1e-9)
        #expect(observer.worstTokenError < 1e-9)
        #expect(observer.negativeOrNonFinite == 0)
        #expect(outcomes.allSatisfy { $0.failure == nil }, "\(outcomes.compactMap(\.failure))")
    }

    @Test(arguments: CurveFamily.allCases)
    func conservationHoldsUnderHeavyTrading(family: CurveFamily) {
        // Every agent active every step with the largest orders allowed.
        var p = TestSupport.smallPoint(family, agents: 40, steps: 60, fee: 0.02)
        p.activity = 1
        p.maxFraction = 1
        p.reactivity = 50
        let batch = CurveVolatilityKernel<SIMD2<Double>>(sizedFor: p)
        var observer = ConservationObserver<SIMD2<Double>>(p, runCount: 2)
        _ = batch.run(p, keys: LaneKeys(TestSupport.keys(0..<2)), runCount: 2, observer: &observer)
        #expect(observer.worstCurrencyError < 1e-9)
        #expect(observer.worstTokenError < 1e-9)
        #expect(observer.negativeOrNonFinite == 0)
    }

    @Test func fullyTrackedShockSellsItsTokensOnce() {
        let p = TestSupport.smallPoint(.linear, shock: 0.5)
        let batch = CurveVolatilityKernel<SIMD2<Double>>(sizedFor: p)
        let outcome = batch.run(p, keys: LaneKeys(TestSupport.keys(0..<1)), runCount: 1)[0]
        #expect(outcome.failure == nil)
        let drop = outcome[CurveVolatilityMetric.shockDrop]!
        // Selling half the supply on a linear curve through the origin halves the price
        // before the agents react, so the step's drop is large and positive.
        #expect(drop > 0.3 && drop < 1)
        #expect(outcome[CurveVolatilityMetric.recoverySteps]! >= 1)
        #expect(outcome[CurveVolatilityMetric.recoveryCensored] == 0 || outcome[CurveVolatilityMetric.recoveryCensored] == 1)
    }
}
