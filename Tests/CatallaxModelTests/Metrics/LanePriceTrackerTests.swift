@testable import CatallaxModel
import CatallaxNumerics
import Foundation
import Testing

@Suite struct LanePriceTrackerTests {
    /// Four seeded random-walk paths, one per lane.
    func paths(steps: Int) -> [[Double]] {
        var state: UInt64 = 42
        func next() -> Double {
            state &+= 0x9E3779B97F4A7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
            z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
            return Double((z ^ (z >> 31)) >> 11) * 0x1p-53
        }
        return (0..<4).map { _ in
            var price = 1.0
            return (0...steps).map { _ in
                defer { price *= exp(0.05 * (next() - 0.5)) }
                return price
            }
        }
    }

    @Test func streamingMetricsEqualTheTwoPassDefinitions() {
        let steps = 300, shockStep = 100
        let lanes = paths(steps: steps)
        var tracker = LanePriceTracker<SIMD4<Double>>(shockStep: shockStep)
        for t in 0...steps {
            tracker.record(SIMD4(lanes[0][t], lanes[1][t], lanes[2][t], lanes[3][t]), atStep: t)
        }
        let recovery = tracker.recoverySteps(steps: steps)
        for lane in 0..<4 {
            let path = lanes[lane]
            #expect(abs(tracker.volatility[lane] / PriceMetrics.volatility(of: path) - 1) < 1e-12)
            #expect(tracker.maxDrawdown[lane] == PriceMetrics.maxDrawdown(of: path))
            #expect(abs(tracker.logReturn[lane] - PriceMetrics.logReturn(of: path)) < 1e-14)
            let response = PriceMetrics.shockResponse(of: path, shockStep: shockStep)
            #expect(tracker.shockDrop[lane] == response.drop)
            #expect(recovery.steps[lane] == Double(response.recoverySteps))
            #expect(recovery.censored[lane] == (response.censored ? 1 : 0))
        }
    }
}
