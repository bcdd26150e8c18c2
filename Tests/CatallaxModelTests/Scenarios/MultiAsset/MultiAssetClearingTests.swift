@testable import CatallaxModel
import CatallaxNumerics
import Testing

@Suite struct MultiAssetClearingTests {
    @Test func oneAssetIsTheScalarClosedFormEveryStep() {
        let p = smallMultiAssetPoint([("assets", .number(1)), ("gamma", .number(0.5)), ("depth", .number(0.7))])
        let batch = MultiAssetKernel<SIMD4<Double>>(sizedFor: p)
        var probe = MultiAssetProbe(batch, p, runCount: 4)
        var worst = 0.0, checked = 0
        probe.inspect = { _, _, beliefs, prices in
            // p* = (a − c)/(b + d) with a = κΣV_i, b = Nκ, c = −λNκV₀, d = λNκ (γ has no effect).
            let scale = Double(p.agents) * p.reactivity
            let a = beliefs.reduce(0) { $0 + p.reactivity * $1[0] }
            let expected = (a + p.depth * scale * p.referenceValue) / (scale + p.depth * scale)
            worst = max(worst, abs(prices[0] - expected) / expected)
            checked += 1
        }
        let outcomes = batch.run(p, keys: LaneKeys(multiAssetKeys(0..<4)), runCount: 4, observer: &probe)
        #expect(checked == 4 * (p.steps + 1))
        #expect(worst <= 2e-15)
        #expect(outcomes.allSatisfy { $0.failure == nil && $0[MultiAssetMetric.returnCorrelation] == nil })
        #expect(outcomes.allSatisfy { abs($0[MultiAssetMetric.condition]! - 1) <= 1e-15 })
    }

    @Test func pricesEqualTheLinearMultiAssetMarketsEquilibrium() throws {
        let p = smallMultiAssetPoint([("assets", .number(3)), ("sigma_eps", .number(0.05))])
        let batch = MultiAssetKernel<SIMD2<Double>>(sizedFor: p)
        var probe = MultiAssetProbe(batch, p, runCount: 2)
        var worst = 0.0, worstResidual = 0.0, checked = 0
        probe.inspect = { t, _, beliefs, prices in
            guard t % 10 == 0 || t == -1 || t == p.steps - 1 else { return }
            // The market's own checks cannot fail for this well-conditioned system.
            let equilibrium = try! p.market(beliefs: beliefs).equilibrium()
            for j in 0..<3 { worst = max(worst, abs(prices[j] - equilibrium.prices[j]) / equilibrium.prices[j]) }
            worstResidual = max(worstResidual, equilibrium.relativeResidual)
            checked += 1
        }
        let outcomes = batch.run(p, keys: LaneKeys(multiAssetKeys(0..<2)), runCount: 2, observer: &probe)
        #expect(checked == 2 * 12)
        #expect(worst <= 1e-12)
        for outcome in outcomes {
            #expect(outcome.failure == nil)
            #expect(try #require(outcome[MultiAssetMetric.residual]) <= 1e-15)
        }
    }

    @Test func reusingTheFactorizationGivesTheSamePricesAsDgesvEveryStep() {
        let p = smallMultiAssetPoint([("assets", .number(5))])
        let keys = LaneKeys<SIMD4<Double>>(multiAssetKeys(0..<4))
        let batch = MultiAssetKernel<SIMD4<Double>>(sizedFor: p)
        var once = PricePathRecorder<SIMD4<Double>>()
        let reused = batch.run(p, keys: keys, runCount: 4, observer: &once)
        batch._refactorsEachStep = true
        var every = PricePathRecorder<SIMD4<Double>>()
        let refactored = batch.run(p, keys: keys, runCount: 4, observer: &every)
        #expect(once.paths == every.paths)
        #expect(reused == refactored)
        #expect(once.paths[0].count == p.steps + 1)
    }

    @Test func conditionIsTheClosedFormOfTheSystem() throws {
        for (assets, gamma, depth) in [(4, 0.3, 1.0), (8, 0.9, 0.05), (2, 0.0, 3.0)] {
            let p = smallMultiAssetPoint([
                ("assets", .number(Double(assets))), ("gamma", .number(gamma)), ("depth", .number(depth)), ("steps", .number(2)),
            ])
            let outcome = multiAssetOutcomes(p, lanes: SIMD2<Double>.self, keys: multiAssetKeys(0..<1))[0]
            let expected = (1 + depth + gamma) / (1 - gamma + depth)
            #expect(p.conditionNumber == expected)
            #expect(abs(try #require(outcome[MultiAssetMetric.condition]) - expected) / expected <= 1e-12)
        }
    }

    @Test func unbiasedBeliefsClearAtTheReferenceValue() {
        let p = smallMultiAssetPoint([("sigma_v", .number(0)), ("sigma_eps", .number(0)), ("v0", .number(2.5))])
        var recorder = PricePathRecorder<SIMD2<Double>>()
        let outcomes = MultiAssetKernel<SIMD2<Double>>(sizedFor: p)
            .run(p, keys: LaneKeys(multiAssetKeys(0..<2)), runCount: 2, observer: &recorder)
        for path in recorder.paths { #expect(path.allSatisfy { abs($0 - 2.5) <= 1e-14 }) }
        #expect(outcomes.allSatisfy { $0[MultiAssetMetric.volume] == 0 && $0[MultiAssetMetric.returnCorrelation] == nil })
    }

    @Test func aNegativePriceFailsTheRunAndKeepsItsMetrics() {
        // Few agents with widely spread beliefs and strong substitution: the
        // common mode of the mean beliefs is halved (λ = 1 − γ) while their
        // differences pass almost whole, so an asset believed far below the
        // others clears below zero.
        let p = smallMultiAssetPoint([
            ("agents", .number(4)), ("sigma_v", .number(2)), ("gamma", .number(0.95)), ("depth", .number(0.05)),
        ])
        let outcomes = multiAssetOutcomes(p, lanes: SIMD4<Double>.self, keys: multiAssetKeys(0..<8))
        let failed = outcomes.filter { $0.failure != nil }
        #expect(!failed.isEmpty)
        for outcome in failed {
            #expect(outcome.failure?.contains("prices must stay positive") == true)
            #expect(outcome.values.count == MultiAssetMetric.allCases.count)
        }
    }
}
