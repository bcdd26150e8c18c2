@testable import CatallaxSweep
import Foundation
import Testing

@Suite struct AxisSpacingTests {
    @Test func evenRangeIncludesBothEndsInEqualSteps() {
        let values = AxisSpacing.even.values(from: 1, to: 4, count: 16)
        #expect(values.count == 16)
        #expect(values.first == 1)
        #expect(values.last == 4)
        for (i, x) in values.enumerated() {
            #expect(abs(x - (1 + 0.2 * Double(i))) <= 4 * (1 + 0.2 * Double(i)).ulp)
        }
    }

    @Test func evenRangeHitsTheUpperEndExactlyWhereArithmeticWouldMissIt() {
        // 0.2 + (0.9 − 0.2) is 0.9000000000000001 in binary floating point.
        #expect(0.2 + (0.9 - 0.2) != 0.9)
        #expect(AxisSpacing.even.values(from: 0.2, to: 0.9, count: 2) == [0.2, 0.9])
    }

    @Test func geometricRangeHasExactEndsAndEqualRatios() {
        let values = AxisSpacing.geometric.values(from: 1e-6, to: 1e-5, count: 16)
        #expect(values.first == 1e-6)
        #expect(values.last == 1e-5)
        let ratio = pow(10, 1.0 / 15)
        for i in 1..<16 {
            #expect(abs(values[i] / values[i - 1] - ratio) < 1e-13)
        }
    }

    @Test func singleValueRangeIsItsLowerEnd() {
        #expect(AxisSpacing.even.values(from: 2, to: 2, count: 1) == [2])
        #expect(AxisSpacing.geometric.values(from: 3, to: 3, count: 1) == [3])
    }

    @Test func fractionMapsOntoTheInterval() {
        #expect(AxisSpacing.even.value(atFraction: 0.25, from: 2, to: 6) == 3)
        #expect(abs(AxisSpacing.geometric.value(atFraction: 0.5, from: 1e-6, to: 1e-4) - 1e-5) < 1e-19)
        // exp(ln 1e−6) is 1.0000000000000004e−06: the ends are returned as given.
        #expect(AxisSpacing.geometric.value(atFraction: 0, from: 1e-6, to: 1e-4) == 1e-6)
        #expect(AxisSpacing.geometric.value(atFraction: 1, from: 1e-6, to: 1e-4) == 1e-4)
    }
}
