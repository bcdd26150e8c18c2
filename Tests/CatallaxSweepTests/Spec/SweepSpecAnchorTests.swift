import CatallaxModel
@testable import CatallaxSweep
import Foundation
import Testing
import _CatallaxTestSupport

@Suite struct SweepSpecAnchorTests {
    static func level(_ point: SweepPoint, _ key: String) -> Double {
        Double(point.coordinate(key) ?? "") ?? .nan
    }

    @Test func unitPriceSolvesTheLinearExponentialAndSigmoidLevels() throws {
        let spec = try SpecFixture.spec("""
            [[block]]
            curve = "linear"
            anchor = "unit-price"
            [block.axes]
            m = [2e-6, 1e-5]
            [[block]]
            curve = "exponential"
            anchor = "unit-price"
            [block.axes]
            k = [3e-5]
            [[block]]
            curve = "sigmoid"
            anchor = "unit-price"
            [block.axes]
            k = [4e-5]
            """)
        let s = 100_000.0
        #expect(Self.level(spec.points[0], "b") == 1 - 2e-6 * s)
        #expect(Self.level(spec.points[1], "b") == 0)
        #expect(Self.level(spec.points[2], "a") == exp(-3e-5 * s))
        #expect(Self.level(spec.points[3], "K") == 2)
        #expect(Self.level(spec.points[3], "s0") == s)
        #expect(spec.coordinateColumns == ["curve", "m", "b", "k", "a", "K", "s0"])
    }

    @Test func unitPriceSolvesThePowerLevel() throws {
        let levels = CurveFamily.power.levels(price: 1, steepness: 2.5, atSupply: 100_000)
        #expect(levels.map(\.key) == ["a"])
        #expect(levels[0].value == pow(100_000, -2.5))
        do {
            let spec = try SpecFixture.spec("[[block]]\ncurve = \"power\"\nanchor = \"unit-price\"\n[block.axes]\nn = [2.5]\n")
            #expect(Self.level(spec.points[0], "a") == pow(100_000, -2.5))
            #expect(spec.coordinateColumns == ["curve", "n", "a"])
        }
    }

    @Test func anchoredCurvesPriceOneAtTheInitialSupply() throws {
        do {
            let spec = try SpecFixture.spec("""
                [[block]]
                anchor = "unit-price"
                [block.axes]
                curve = ["linear", "exponential", "sigmoid", "power", "root", "inverse", "step", "segmented"]
                """)
            for point in spec.points {
                let price = point.parameters.curveVolatility!.curve.price(atSupply: point.parameters.curveVolatility!.initialSupply)
                #expect(abs(price - 1) < 1e-12, "\(point.parameters.curveVolatility!.curve.family)")
            }
        }
    }

    @Test func anchorPriceScalesTheLevel() throws {
        let spec = try SpecFixture.spec("""
            [[block]]
            curve = "exponential"
            anchor_price = 2.5
            [block.axes]
            k = [1e-5]
            [[block]]
            curve = "sigmoid"
            anchor_price = 2.5
            """)
        #expect(Self.level(spec.points[0], "a") == 2.5 * exp(-1.0))
        let price = spec.points[0].parameters.curveVolatility!.curve.price(atSupply: 100_000)
        #expect(abs(price - 2.5) < 2.5e-12)
        #expect(Self.level(spec.points[1], "K") == 5)
    }

    @Test func anchorUsesEachPointsInitialSupply() throws {
        let spec = try SpecFixture.spec("""
            [[block]]
            curve = "exponential"
            k = 1e-4
            anchor = "unit-price"
            [block.axes]
            s_init = [1000, 10000]
            """)
        #expect(spec.points.map { Self.level($0, "a") } == [exp(-0.1), exp(-1.0)])
        for point in spec.points {
            #expect(abs(point.parameters.curveVolatility!.curve.price(atSupply: point.parameters.curveVolatility!.initialSupply) - 1) < 1e-12)
        }
    }

    @Test func anchorUsesTheDefaultSteepnessWhenNoneIsGiven() throws {
        let spec = try SpecFixture.spec("""
            [[block]]
            curve = "linear"
            anchor = "unit-price"
            m = 5e-6
            [[block]]
            curve = "exponential"
            anchor = "unit-price"
            """)
        #expect(Self.level(spec.points[0], "b") == 0.5)
        // Reference k = 1e−5, so a = e^{−1}.
        #expect(Self.level(spec.points[1], "a") == exp(-1e-5 * 100_000))
    }

    @Test func linearLevelWithinRoundingOfZeroIsZero() {
        // A slope one ulp above 1e−6 (as a geometric range can produce) at
        // S_init = 1e6: 1 − m·S_init is −2.2e−16, outside b ≥ 0.
        let m = (1e-6).nextUp, s = 1e6
        let raw = 1 - m * s
        let b = CurveFamily.linear.levels(price: 1, steepness: m, atSupply: s)[0].value
        #expect(raw < 0 && raw >= -4 * (1.0).ulp)
        #expect(b == 0)
    }

    @Test func linearLevelClearlyBelowZeroIsKept() {
        #expect(CurveFamily.linear.levels(price: 1, steepness: 2e-5, atSupply: 1e5)[0].value == -1)
    }
}
