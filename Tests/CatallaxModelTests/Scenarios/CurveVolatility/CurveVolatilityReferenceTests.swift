import CatallaxModel
import CatallaxNumerics
import Foundation
import Testing
import _CatallaxTestSupport

/// The kernel against the plain scalar implementation of the specification
/// in `_CatallaxTestSupport`, run on the same random numbers.
@Suite struct CurveVolatilityReferenceTests {
    static let points: [CurveVolatilityParameters] = CurveFamily.allCases.flatMap { family in
        [TestSupport.smallPoint(family), TestSupport.smallPoint(family, fee: 0.01, shock: 0.2)]
    }

    @Test(arguments: points)
    func kernelMatchesTheScalarReference(p: CurveVolatilityParameters) {
        let keys = TestSupport.keys(0..<4)
        let batch = CurveVolatilityKernel<SIMD4<Double>>(sizedFor: p)
        var recorder = PricePathRecorder<SIMD4<Double>>()
        let outcomes = batch.run(p, keys: LaneKeys(keys), runCount: 4, observer: &recorder)
        for lane in 0..<4 {
            let reference = ReferenceCurveVolatility.run(p, key: keys[lane])
            let path = recorder.paths[lane]
            #expect(path.count == reference.prices.count)
            let worstPrice = zip(path, reference.prices).map { TestSupport.relativeDifference($0, $1) }.max()!
            #expect(worstPrice < 1e-9, "lane \(lane): price paths differ by \(worstPrice)")
            let o = outcomes[lane]
            #expect(TestSupport.relativeDifference(o[CurveVolatilityMetric.volatility]!, PriceMetrics.volatility(of: reference.prices)) < 1e-6)
            #expect(TestSupport.relativeDifference(o[CurveVolatilityMetric.maxDrawdown]!, PriceMetrics.maxDrawdown(of: reference.prices)) < 1e-6)
            #expect(abs(o[CurveVolatilityMetric.logReturn]! - PriceMetrics.logReturn(of: reference.prices)) < 1e-9)
            #expect(TestSupport.relativeDifference(o[CurveVolatilityMetric.volume]!, reference.volume) < 1e-9)
            #expect(TestSupport.relativeDifference(o[CurveVolatilityMetric.fees]!, reference.treasury) < 1e-9)
            let finalPrice = reference.prices.last!
            let wealth = zip(reference.balances, reference.holdings).map { $0 + $1 * finalPrice }
            #expect(TestSupport.relativeDifference(o[CurveVolatilityMetric.gini]!, PriceMetrics.gini(of: wealth)) < 1e-6)
        }
    }

    @Test func activeAgentsAreBernoulliWithProbabilityPAct() {
        var p = TestSupport.smallPoint(.linear, agents: 500, steps: 200)
        p.activity = 0.1
        // Without momentum traders, whom the walk passes over in steps where
        // their order is zero, every agent is visited with probability p_act.
        p.momentumShare = 0
        let counts = ReferenceCurveVolatility.run(p, key: RunKey(seed: 1, point: 0, replicate: 0)).activeCounts
        let total = Double(counts.reduce(0, +)), trials = Double(p.agents * p.steps)
        let sigma = (trials * 0.1 * 0.9).squareRoot()
        #expect(abs(total - 0.1 * trials) < 5 * sigma)
        // Per step the count is Binomial(N, p): its variance matches N·p·(1−p).
        let mean = total / Double(counts.count)
        let variance = counts.map { (Double($0) - mean) * (Double($0) - mean) }.reduce(0, +) / Double(counts.count - 1)
        #expect(abs(variance / (500 * 0.1 * 0.9) - 1) < 0.3)
    }

    @Test func noAgentIsActiveWhenPActIsZeroAndAllAreWhenOne() {
        var p = TestSupport.smallPoint(.linear, agents: 30, steps: 5)
        p.activity = 0
        #expect(ReferenceCurveVolatility.run(p, key: RunKey(seed: 1, point: 0, replicate: 0)).activeCounts.allSatisfy { $0 == 0 })
        let batch = CurveVolatilityKernel<SIMD2<Double>>(sizedFor: p)
        let idle = batch.run(p, keys: LaneKeys(TestSupport.keys(0..<2)), runCount: 2)
        #expect(idle.allSatisfy { $0[CurveVolatilityMetric.volume] == 0 && $0[CurveVolatilityMetric.logReturn] == 0 })
        p.activity = 1
        p.momentumShare = 0
        #expect(ReferenceCurveVolatility.run(p, key: RunKey(seed: 1, point: 0, replicate: 0)).activeCounts.allSatisfy { $0 == 30 })
    }
}

extension CurveVolatilityParameters: CustomTestStringConvertible {
    public var testDescription: String { summaryLine }
}
