import CatallaxModel
import CatallaxNumerics
import Testing
import _CatallaxTestSupport

/// Only fundamentalists, all with the belief `V₀ = 1.5`, all active, no
/// threshold: everyone is on one side, nothing trades, and the excess demand
/// is known in closed form,
/// ```
/// P < V₀: Z = N·min(q_max, κ(V₀−P)/V₀)·B₀/P,    P > V₀: Z = −N·min(q_max, κ(P−V₀)/V₀)·H₀
/// ```
/// With `B₀ = H₀·V₀` both sides have slope `N·κ·H₀/V₀` at `V₀`, so
/// `λ_max = 2V₀/(N·κ·H₀) = 3·10⁻⁴`, monotone below `1.5·10⁻⁴`.
@Suite struct MarketClearingTatonnementTests {
    func path(rate: Double) -> [Double] {
        var p = MarketClearingParameters()
        p.mechanism = .tatonnement
        p.agents = 100
        p.steps = 200
        p.noiseShare = 0
        p.momentumShare = 0
        p.beliefSpread = 0
        p.activity = 1
        p.valueThreshold = 0
        p.fundamentalValue = 1.5
        p.initialBalance = 150
        p.adjustmentRate = rate
        let batch = MarketClearingKernel<SIMD2<Double>>(sizedFor: p)
        var recorder = PricePathRecorder<SIMD2<Double>>()
        let outcomes = batch.run(p, keys: LaneKeys(TestSupport.keys(0..<1)), runCount: 1, observer: &recorder)
        #expect(outcomes[0].failure == nil)
        #expect(outcomes[0][MarketClearingMetric.volume] == 0)
        return recorder.paths[0]
    }

    func crossings(_ path: [Double], of value: Double) -> Int {
        zip(path, path.dropFirst()).filter { ($0 - value) * ($1 - value) < 0 }.count
    }

    @Test func belowHalfTheBoundThePriceRisesMonotonicallyToTheValue() {
        let prices = path(rate: 1e-4)
        // Rounding may leave the fixed point an ulp off 1.5: allow 1e-12.
        #expect(zip(prices, prices.dropFirst()).allSatisfy { $0 <= $1 + 1e-12 })
        #expect(prices.allSatisfy { $0 <= 1.5 + 1e-12 })
        #expect(abs(prices.last! - 1.5) < 1e-9)
    }

    @Test func belowTheBoundThePriceConvergesInDampedOscillation() {
        let prices = path(rate: 2.5e-4)
        #expect(crossings(prices, of: 1.5) >= 4)
        #expect(abs(prices.last! - 1.5) < 1e-9)
    }

    @Test func aboveTheBoundThePriceOscillatesWithoutConverging() {
        let prices = path(rate: 4e-4)
        #expect(crossings(prices.suffix(50), of: 1.5) >= 40)
        #expect(abs(prices.last! - 1.5) > 0.05)
    }

    @Test func thePriceNeverFallsBelowOneTick() {
        var p = MarketClearingTestSupport.smallPoint(.tatonnement)
        p.adjustmentRate = 1
        let batch = MarketClearingKernel<SIMD2<Double>>(sizedFor: p)
        var recorder = PricePathRecorder<SIMD2<Double>>()
        let outcomes = batch.run(p, keys: LaneKeys(TestSupport.keys(0..<2)), runCount: 2, observer: &recorder)
        #expect(recorder.paths.allSatisfy { $0.min()! >= p.tickSize })
        #expect(outcomes.allSatisfy { $0.failure == nil })
    }

    @Test(arguments: [AdjustmentResponse.relative, .saturated])
    func otherResponsesConvergeAtTheirScaledRates(response: AdjustmentResponse) {
        var p = MarketClearingTestSupport.smallPoint(.tatonnement)
        p.adjustment = response
        // relative: g = z/S, so λ·S gives the linear default's rate.
        p.adjustmentRate = response == .relative ? 1e-4 * Double(p.agents * p.initialUnits) : 1e-4
        p.saturationScale = 50
        let runs = MarketClearingTestSupport.outcomes(p, lanes: SIMD2<Double>.self, replicates: 0..<2)
        for run in runs {
            #expect(run.failure == nil)
            #expect(abs(run[MarketClearingMetric.logReturn]!) < 0.5)
        }
    }
}
