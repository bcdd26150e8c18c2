@testable import CatallaxReport
import CatallaxModel
import Testing

@Suite struct PointAxisTests {
    static let points = ReportFixture.spec.points.map(\.parameters)

    @Test func steepnessReadsEachFamilysOwnParameter() {
        let axis = PointAxis(key: PointAxis.steepness)
        #expect(axis.value(Self.points[0]) == "1e-06")
        #expect(axis.value(Self.points[6]) == "1.0")
        #expect(axis.title(.linear) == "slope m (currency/token²)")
        #expect(axis.title(.power) == "exponent n (dimensionless)")
    }

    @Test func categoriesAreSortedByValue() {
        #expect(PointAxis(key: "fee").categories(Self.points) == ["0.0", "0.01"])
        #expect(PointAxis(key: "curve").categories(Self.points) == ["linear", "power"])
        #expect(PointAxis(key: "m").categories(Self.points) == ["1e-06", "2e-06", "4e-06"])
    }

    @Test func variedAxesAreThoseWithTwoOrMoreValues() {
        #expect(PointAxis.varied(Self.points) == ["steepness", "curve", "fee", "m", "b", "a", "n"])
    }

    @Test func withoutFeeTheDefaultPairTakesTheFirstVariedAxes() throws {
        let pair = try #require(PointAxis.defaultPair(Self.points.filter { $0.curveVolatility!.feeRate == 0 }))
        #expect(pair.y == "steepness" && pair.x == "m")
    }

    @Test func aSinglePointHasNoHeatmap() {
        #expect(PointAxis.defaultPair([Self.points[0]]) == nil)
    }
}
