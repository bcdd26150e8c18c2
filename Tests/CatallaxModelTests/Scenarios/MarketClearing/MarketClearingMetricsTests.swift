import Foundation
import CatallaxModel
import CatallaxNumerics
import Testing
import _CatallaxTestSupport

@Suite struct MarketClearingMetricsTests {
    typealias Support = MarketClearingTestSupport

    @Test(arguments: [1, 4])
    func callAuctionRealizesTheMaximumSurplus(interval: Int) {
        let runs = Support.outcomes(Support.smallPoint(.call, interval: interval), lanes: SIMD4<Double>.self, replicates: 0..<4)
        for run in runs {
            let efficiency = run[MarketClearingMetric.efficiency]!
            #expect(abs(efficiency - 1) < 1e-9)
        }
    }

    @Test func continuousAuctionRealizesPartOfTheMaximum() {
        let runs = Support.outcomes(Support.smallPoint(.continuous), lanes: SIMD4<Double>.self, replicates: 0..<4)
        for run in runs {
            let efficiency = run[MarketClearingMetric.efficiency]!
            #expect(efficiency > 0.3 && efficiency <= 1 + 1e-12)
        }
    }

    @Test(arguments: [ClearingMechanism.continuous, .call, .tatonnement])
    func fillRateIsAFraction(mechanism: ClearingMechanism) {
        let runs = Support.outcomes(Support.smallPoint(mechanism, interval: 2), lanes: SIMD4<Double>.self, replicates: 0..<4)
        for run in runs {
            let rate = run[MarketClearingMetric.fillRate]!
            #expect(rate > 0 && rate <= 1)
        }
    }

    @Test func continuousSpreadIsAtLeastOneTickAndDepthPositive() {
        let p = Support.smallPoint(.continuous)
        let batch = MarketClearingKernel<SIMD4<Double>>(sizedFor: p)
        var recorder = PricePathRecorder<SIMD4<Double>>()
        let runs = batch.run(p, keys: LaneKeys(TestSupport.keys(0..<4)), runCount: 4, observer: &recorder)
        for lane in 0..<4 {
            // Every resting limit lies within one tick of P_t·e^{±η}, so the
            // mid is at most max P·e^η + δ and one tick of spread is at least
            // δ over that.
            let highest = recorder.paths[lane].max()! * exp(p.limitOffset) + p.tickSize
            let spread = runs[lane][MarketClearingMetric.spread]!, depth = runs[lane][MarketClearingMetric.depth]!
            #expect(spread >= p.tickSize / highest)
            #expect(spread < 2 * (exp(p.limitOffset) - exp(-p.limitOffset)) + 4 * p.tickSize)
            #expect(depth >= 1)
        }
    }

    @Test func tatonnementHasNoBookMetrics() {
        let p = Support.smallPoint(.tatonnement)
        let run = Support.outcomes(p, lanes: SIMD2<Double>.self, replicates: 0..<1)[0]
        #expect(run[MarketClearingMetric.spread] == nil && run[MarketClearingMetric.depth] == nil)
        #expect(p.reportedMetrics.map(\.name) == ["volatility", "max_drawdown", "log_return", "volume", "gini", "fill_rate", "efficiency"])
        #expect(Support.smallPoint(.call).reportedMetrics.map(\.name) == MarketClearingMetric.allCases.map(\.rawValue))
    }

    @Test func tatonnementEfficiencyIsBelowTheMaximum() {
        let runs = Support.outcomes(Support.smallPoint(.tatonnement), lanes: SIMD4<Double>.self, replicates: 0..<4)
        for run in runs { #expect(run[MarketClearingMetric.efficiency]! < 1) }
    }

    @Test(arguments: [ClearingMechanism.continuous, .call, .tatonnement])
    func giniStartsFromEqualWealthAndStaysSmall(mechanism: ClearingMechanism) {
        let runs = Support.outcomes(Support.smallPoint(mechanism), lanes: SIMD4<Double>.self, replicates: 0..<4)
        for run in runs { #expect(run[MarketClearingMetric.gini]! > 0 && run[MarketClearingMetric.gini]! < 0.5) }
    }
}
