@testable import CatallaxReport
import Foundation
import Testing

@Suite struct LogScaleTests {
    @Test func decadesAreEvenlySpaced() {
        let scale = LogScale(domain: 1e-6...1e-4, rangeStart: 0, rangeEnd: 200)
        #expect(scale.position(of: 1e-6) == 0)
        #expect(abs(scale.position(of: 1e-5) - 100) < 1e-9)
        #expect(scale.position(of: 1e-4) == 200)
    }

    @Test func nonPositiveValuesMapToTheRangeStart() {
        let scale = LogScale(domain: 1...100, rangeStart: 300, rangeEnd: 0)
        #expect(scale.position(of: 0) == 300)
        #expect(scale.position(of: -5) == 300)
    }

    @Test func twoDecadesGetOneTwoFiveTicksEqualToTheLiterals() {
        let ticks = LogScale(domain: 1e-6...1e-4).ticks()
        #expect(ticks == [1e-6, 2e-6, 5e-6, 1e-5, 2e-5, 5e-5, 1e-4])
    }

    @Test func manyDecadesGetPowersOfTenOnly() {
        #expect(LogScale(domain: 7.6e-5...0.0258).ticks() == [1e-4, 1e-3, 1e-2])
        #expect(LogScale(domain: 0.5...5e4).ticks() == [1, 10, 100, 1000, 1e4])
    }

    @Test func aNarrowDomainGetsLinearTicks() {
        let ticks = LogScale(domain: 2e-6...3e-6).ticks()
        #expect(ticks.count >= 3)
        #expect(ticks.allSatisfy { (2e-6...3e-6).contains($0) })
    }

    @Test func paddingWidensBothEndsByTheSameRatio() {
        let padded = LogScale(domain: 1...100).padded(by: 0.05).domain
        #expect(abs(padded.lowerBound - 1 / pow(10, 0.1)) < 1e-12)
        #expect(abs(padded.upperBound - 100 * pow(10, 0.1)) < 1e-9)
    }
}
