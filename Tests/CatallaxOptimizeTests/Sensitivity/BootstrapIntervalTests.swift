@testable import CatallaxOptimize
import Testing

@Suite struct BootstrapIntervalTests {
    @Test func percentileEndsAreTheLinearQuantilesOfTheResamples() {
        // 101 values 0 … 100 (shuffled): Q(0.25) = 25 and Q(0.75) = 75
        // exactly. (A level such as 0.9 would not be exact: 1 − 0.9 rounds
        // to 0.09999999999999998, so Q(α/2) comes out one ulp below 5.)
        let values = (0...100).map { Double(($0 * 37) % 101) }
        let interval = BootstrapInterval(estimate: 42, resampled: values, level: 0.5)
        #expect(interval == BootstrapInterval(estimate: 42, lowerBound: 25, upperBound: 75, level: 0.5))
        #expect(interval.contains(25) && interval.contains(75) && !interval.contains(75.5))
    }

    @Test func aNaNResampleMakesTheIntervalNaN() {
        let interval = BootstrapInterval(estimate: 0.5, resampled: [0.1, .nan, 0.9], level: 0.95)
        #expect(interval.lowerBound.isNaN && interval.upperBound.isNaN)
        #expect(interval.estimate == 0.5)
    }
}
