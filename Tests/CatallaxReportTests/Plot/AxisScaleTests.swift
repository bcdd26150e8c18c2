@testable import CatallaxReport
import Testing

@Suite struct AxisScaleTests {
    @Test func positiveValuesSpanningADecadeGetALogarithmicAxis() {
        #expect(AxisScale.fitting([1e-6, 2e-6, 1e-5], rangeStart: 0, rangeEnd: 1).isLogarithmic)
        #expect(!AxisScale.fitting([1, 2, 9], rangeStart: 0, rangeEnd: 1).isLogarithmic)
    }

    @Test func valuesWithZeroOrBelowGetALinearAxis() {
        #expect(!AxisScale.fitting([0, 1, 100], rangeStart: 0, rangeEnd: 1).isLogarithmic)
        #expect(!AxisScale.fitting([-5, 50], rangeStart: 0, rangeEnd: 1).isLogarithmic)
    }

    @Test func aForbiddenLogarithmicAxisStaysLinear() {
        #expect(!AxisScale.fitting([1, 1000], rangeStart: 0, rangeEnd: 1, logarithmic: false).isLogarithmic)
    }

    @Test func theDomainCoversEveryFiniteValue() {
        let values = [3.2, 7.9, .nan, 5.1, .infinity]
        let domain = AxisScale.fitting(values, rangeStart: 0, rangeEnd: 1, padding: 0.04).domain
        #expect(domain.contains(3.2) && domain.contains(7.9))
        // 3.2 … 7.9 padded by 4% of 4.7 is 3.012 … 8.088; ticks 1 apart round it to 3 … 9.
        #expect(domain == 3...9)
    }

    @Test func includeZeroStretchesTheDomainToZero() {
        #expect(AxisScale.fitting([3, 7], rangeStart: 0, rangeEnd: 1, includeZero: true).domain.lowerBound == 0)
    }

    @Test func noValuesGiveTheUnitDomain() {
        #expect(AxisScale.fitting([], rangeStart: 0, rangeEnd: 1).domain == 0...1)
    }
}

extension AxisScaleTests {
    @Test func paddingDoesNotCrossZero() {
        #expect(AxisScale.fitting([0, 420], rangeStart: 0, rangeEnd: 1, padding: 0.1).domain.lowerBound == 0)
        #expect(AxisScale.fitting([-420, 0], rangeStart: 0, rangeEnd: 1, padding: 0.1).domain.upperBound == 0)
        #expect(AxisScale.fitting([-1, 1], rangeStart: 0, rangeEnd: 1, padding: 0.1).domain == -1.5...1.5)
    }
}
