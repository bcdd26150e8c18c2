import CatallaxModel
import CatallaxNumerics
import Testing

@Suite struct PriceHistoryTests {
    @Test func theRingKeepsTheLastWindowOfPricesInSlotStepModW() {
        let history = PriceHistory<SIMD2<Double>>(window: 3, basePrice: 1)
        defer { history.deallocate() }
        for t in 0..<7 { history.record(price: SIMD2(Double(t), -Double(t)), step: t) }
        #expect(history.recordedSteps == 7)
        for s in 4..<7 { #expect(history.price(atStep: s) == SIMD2(Double(s), -Double(s))) }
    }

    @Test func resetForgetsThePricesAndSetsTheBasePrice() {
        let history = PriceHistory<SIMD4<Double>>(window: 4, basePrice: 1)
        defer { history.deallocate() }
        for t in 0..<6 { history.record(price: SIMD4(repeating: 9), step: t) }
        history.reset(basePrice: 2.5)
        #expect(history.recordedSteps == 0 && history.basePrice == 2.5)
        #expect(history.movingAverage(step: 0) == SIMD4(repeating: 2.5))
        history.record(price: SIMD4(1, 2, 3, 4), step: 0)
        #expect(history.movingAverage(step: 1) == SIMD4(1, 2, 3, 4))
    }

    @Test func theMovingAverageWrapsAroundTheRingInStepOrder() {
        // w = 4: after 6 records the mean of P(2…5) crosses the ring's end
        // (slots 2, 3, 0, 1); it equals the sum in step order, not slot order.
        let prices = [0.1, 0.7, 1e16, 1, -1e16, 3]
        let history = PriceHistory<SIMD2<Double>>(window: 4, basePrice: 1)
        defer { history.deallocate() }
        for (t, p) in prices.enumerated() { history.record(price: SIMD2(repeating: p), step: t) }
        let inStepOrder = (((prices[2] + prices[3]) + prices[4]) + prices[5]) / 4
        #expect(history.movingAverage(step: 6)[0].bitPattern == inStepOrder.bitPattern)
    }
}
