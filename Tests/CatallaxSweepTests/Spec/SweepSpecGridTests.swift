import CatallaxModel
@testable import CatallaxSweep
import Foundation
import Testing
import _CatallaxTestSupport

@Suite struct SweepSpecGridTests {
    @Test func gridRunsTheLastAxisFastest() throws {
        let spec = try SpecFixture.spec("""
            [[block]]
            order = ["m", "fee"]
            [block.axes]
            m = [1e-6, 2e-6, 3e-6]
            fee = [0, 0.01]
            """)
        #expect(SpecFixture.column(spec, "m") == [1e-6, 1e-6, 2e-6, 2e-6, 3e-6, 3e-6])
        #expect(SpecFixture.column(spec, "fee") == [0, 0.01, 0, 0.01, 0, 0.01])
        #expect(spec.coordinateColumns == ["m", "fee"])
    }

    @Test func explicitOrderReversesTheGrid() throws {
        let spec = try SpecFixture.spec("""
            [[block]]
            order = ["fee", "m"]
            [block.axes]
            m = [1e-6, 2e-6]
            fee = [0, 0.01]
            """)
        #expect(SpecFixture.column(spec, "fee") == [0, 0, 0.01, 0.01])
        #expect(SpecFixture.column(spec, "m") == [1e-6, 2e-6, 1e-6, 2e-6])
        #expect(spec.coordinateColumns == ["fee", "m"])
    }

    @Test func withoutOrderAxesFollowTheCatalogOrder() throws {
        // Catalog order: common keys (agents … fee …) before curve keys (m).
        let spec = try SpecFixture.spec("""
            [[block]]
            [block.axes]
            m = [1e-6, 2e-6]
            fee = [0, 0.01]
            agents = [10, 20]
            """)
        #expect(spec.coordinateColumns == ["agents", "fee", "m"])
        #expect(SpecFixture.column(spec, "m") == [1e-6, 2e-6, 1e-6, 2e-6, 1e-6, 2e-6, 1e-6, 2e-6])
        #expect(SpecFixture.column(spec, "agents") == [10, 10, 10, 10, 20, 20, 20, 20])
    }

    @Test func zippedAxesAdvanceTogether() throws {
        let spec = try SpecFixture.spec("""
            [[block]]
            curve = "exponential"
            zip = [["k", "a"]]
            order = ["k", "a", "fee"]
            [block.axes]
            k = [1e-5, 2e-5, 3e-5]
            a = [0.5, 0.25, 0.125]
            fee = [0, 0.01]
            """)
        #expect(spec.points.count == 6)
        #expect(SpecFixture.column(spec, "k") == [1e-5, 1e-5, 2e-5, 2e-5, 3e-5, 3e-5])
        #expect(SpecFixture.column(spec, "a") == [0.5, 0.5, 0.25, 0.25, 0.125, 0.125])
        #expect(SpecFixture.column(spec, "fee") == [0, 0.01, 0, 0.01, 0, 0.01])
    }

    @Test func zipGroupSitsWhereItsFirstAxisIsInTheOrder() throws {
        let spec = try SpecFixture.spec("""
            [[block]]
            curve = "exponential"
            zip = [["a", "k"]]
            order = ["fee", "k", "agents", "a"]
            [block.axes]
            k = [1e-5, 2e-5]
            a = [0.5, 0.25]
            fee = [0, 0.01]
            agents = [10, 20]
            """)
        #expect(spec.coordinateColumns == ["curve", "fee", "k", "a", "agents"])
        #expect(SpecFixture.column(spec, "fee") == [0, 0, 0, 0, 0.01, 0.01, 0.01, 0.01])
        #expect(SpecFixture.column(spec, "k") == [1e-5, 1e-5, 2e-5, 2e-5, 1e-5, 1e-5, 2e-5, 2e-5])
        #expect(SpecFixture.column(spec, "a") == [0.5, 0.5, 0.25, 0.25, 0.5, 0.5, 0.25, 0.25])
        #expect(SpecFixture.column(spec, "agents") == [10, 20, 10, 20, 10, 20, 10, 20])
    }

    @Test func evenRangeIncludesBothEnds() throws {
        let spec = try SpecFixture.spec("[[block]]\n[block.axes]\nkappa = { from = 1, to = 4, count = 16 }\n")
        let n = spec.points.map(\.parameters.curveVolatility!.reactivity)
        #expect(n.count == 16)
        #expect(n.first == 1)
        #expect(n.last == 4)
        let expected: [Double] = (0..<16).map { (i: Int) -> Double in 1.0 + 3.0 * Double(i) / 15.0 }
        #expect(n == expected)
    }

    @Test func geometricRangeHasExactEndsAndEqualRatios() throws {
        let spec = try SpecFixture.spec("""
            [[block]]
            [block.axes]
            m = { from = 1e-6, to = 1e-5, count = 16, spacing = "geometric" }
            """)
        let m = SpecFixture.column(spec, "m")
        #expect(m.first == 1e-6)
        #expect(m.last == 1e-5)
        for i in 1..<16 { #expect(abs(m[i] / m[i - 1] - pow(10, 1.0 / 15)) < 1e-13) }
    }

    @Test func singleValueRangeHasThatValue() throws {
        let spec = try SpecFixture.spec("[[block]]\n[block.axes]\nfee = { from = 0.002, to = 0.002, count = 1 }\n")
        #expect(SpecFixture.column(spec, "fee") == [0.002])
    }

    @Test func wholeNumbersAreAcceptedWhereRealsAreExpected() throws {
        let spec = try SpecFixture.spec("""
            [fixed]
            b0 = 50
            s_init = 200000
            [[block]]
            kappa = 2
            [block.axes]
            p_act = { from = 0, to = 1, count = 3 }
            theta_f = [0, 1]
            """)
        #expect(spec.points.allSatisfy { $0.parameters.curveVolatility!.initialBalance == 50 && $0.parameters.curveVolatility!.initialSupply == 200_000 })
        #expect(spec.points.allSatisfy { $0.parameters.curveVolatility!.reactivity == 2 })
        #expect(spec.points.map(\.parameters.curveVolatility!.activity) == [0, 0, 0.5, 0.5, 1, 1])
        #expect(spec.points.map(\.parameters.curveVolatility!.valueThreshold) == [0, 1, 0, 1, 0, 1])
    }

    @Test func rangesOfWholeNumberParametersRoundToWholeNumbers() throws {
        let spec = try SpecFixture.spec("""
            [[block]]
            [block.axes]
            agents = { from = 10, to = 1000, count = 3, spacing = "geometric" }
            """)
        #expect(spec.points.map(\.parameters.curveVolatility!.agents) == [10, 100, 1000])
    }

    @Test func curveCanBeAnAxis() throws {
        let spec = try SpecFixture.spec("[[block]]\n[block.axes]\ncurve = [\"sigmoid\", \"linear\"]\n")
        #expect(spec.points.map(\.parameters.curveVolatility!.curve.family) == [.sigmoid, .linear])
    }

    @Test func axesCanBeWrittenInline() throws {
        let inline = try SpecFixture.spec("[[block]]\naxes = { fee = [0, 0.01], lag = [5, 10] }\n")
        let table = try SpecFixture.spec("[[block]]\n[block.axes]\nfee = [0, 0.01]\nlag = [5, 10]\n")
        #expect(inline.points == table.points)
    }
}
