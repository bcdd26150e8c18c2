@testable import CatallaxReport
import Testing

@Suite struct LinearScaleTests {
    @Test func mapsTheDomainsEndsOntoTheRangesEnds() {
        let scale = LinearScale(domain: 2...6, rangeStart: 100, rangeEnd: 500)
        #expect(scale.position(of: 2) == 100)
        #expect(scale.position(of: 6) == 500)
        #expect(scale.position(of: 3) == 200)
    }

    @Test func aBackwardRangeTurnsTheAxisUpsideDown() {
        let scale = LinearScale(domain: 0...10, rangeStart: 300, rangeEnd: 20)
        #expect(scale.position(of: 0) == 300)
        #expect(scale.position(of: 10) == 20)
        #expect(scale.position(of: 5) == 160)
    }

    @Test func aPointDomainMapsToTheRangesMiddle() {
        #expect(LinearScale(domain: 4...4, rangeStart: 0, rangeEnd: 10).position(of: 4) == 5)
    }

    @Test(arguments: [
        (10.0, 5, 2.0), (7.0, 5, 1.0), (1.0, 5, 0.2), (3.24, 5, 0.5), (0.0059, 5, 0.001), (45_000.0, 4, 10_000.0),
    ])
    func tickStepIsOneTwoOrFiveTimesAPowerOfTen(span: Double, count: Int, expected: Double) {
        #expect(LinearScale.niceStep(span: span, count: count) == expected)
    }

    @Test func ticksAreExactDecimalsNotAccumulatedSums() {
        let ticks = LinearScale(domain: 0...1).ticks(count: 10)
        #expect(ticks == [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1])
    }

    @Test func ticksOfSmallNumbersAreTheirDecimalLiterals() {
        let ticks = LinearScale(domain: 7.33e-5...7.92e-5).ticks(count: 5)
        #expect(ticks == [7.4e-5, 7.5e-5, 7.6e-5, 7.7e-5, 7.8e-5, 7.9e-5])
    }

    @Test func ticksStayInsideTheDomain() {
        let ticks = LinearScale(domain: -3.7...12.2).ticks(count: 5)
        #expect(ticks == [0, 5, 10] || ticks == [-2, 0, 2, 4, 6, 8, 10, 12])
        #expect(ticks.allSatisfy { (-3.7...12.2).contains($0) })
    }

    @Test func nicedDomainEndsOnTicks() {
        let scale = LinearScale(domain: 0.88...4.12, rangeStart: 0, rangeEnd: 1).niced()
        #expect(scale.domain == 0.5...4.5)
        #expect(scale.ticks().first == 1 && scale.ticks().last == 4)
    }

    @Test func aPointDomainIsWidenedWhenNiced() {
        #expect(LinearScale(domain: 0...0).niced().domain == -1...1)
        let widened = LinearScale(domain: 50...50).niced().domain
        #expect(widened.lowerBound <= 45 && widened.upperBound >= 55)
    }
}
