@testable import CatallaxReport
import CatallaxModel
import Testing
import _CatallaxTestSupport

@Suite struct PointAxisTests {
    static let points = ReportFixture.spec.points.map(\.parameters)
    static let scenario = Scenario(CurveVolatilityParameters.self)
    static let labels = ParameterLabel(scenario)

    @Test func steepnessReadsEachFamilysOwnParameter() {
        let axis = PointAxis(key: "steepness", scenario: Self.scenario)
        #expect(axis.value(Self.points[0]) == "1e-06")
        #expect(axis.value(Self.points[6]) == "1.0")
        #expect(axis.title(CurveFamily.linear.declaration, labels: Self.labels) == "slope m (currency/token²)")
        #expect(axis.title(CurveFamily.power.declaration, labels: Self.labels) == "exponent n (dimensionless)")
        #expect(axis.title(nil, labels: Self.labels) == "steepness (m, k, n or c of the curve)")
    }

    @Test func categoriesAreSortedByValue() {
        #expect(PointAxis(key: "fee", scenario: Self.scenario).categories(Self.points) == ["0.0", "0.01"])
        #expect(PointAxis(key: "curve", scenario: Self.scenario).categories(Self.points) == ["linear", "power"])
        #expect(PointAxis(key: "m", scenario: Self.scenario).categories(Self.points) == ["1e-06", "2e-06", "4e-06"])
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
