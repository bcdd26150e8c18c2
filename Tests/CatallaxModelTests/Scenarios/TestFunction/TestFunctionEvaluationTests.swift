@testable import CatallaxModel
import Foundation
import Testing

/// Every function against its closed form at known points
/// (`docs/TestFunction.md`).
@Suite struct TestFunctionEvaluationTests {
    @Test func theSphereIsTheSumOfSquaresAndZeroAtTheOrigin() throws {
        #expect(try exactValue("sphere", [0, 0, 0]) == 0)
        #expect(try exactValue("sphere", [1, 2, 3]) == 14)
        #expect(try exactValue("sphere", Array(repeating: -1, count: 8)) == 8)
        #expect(try exactValue("sphere", [5]) == 25)
    }

    @Test func theEllipsoidWeighsCoordinatesFromOneToAMillion() throws {
        #expect(try exactValue("ellipsoid", [0, 0, 0]) == 0)
        #expect(try exactValue("ellipsoid", [1, 1, 1]) == 1 + 1e3 + 1e6)
        // n = 7: exponents 0, 1, …, 6.
        #expect(try exactValue("ellipsoid", Array(repeating: 1, count: 7)) == 1_111_111)
        #expect(try exactValue("ellipsoid", [0, 0, 2]) == 4e6)
        #expect(try exactValue("ellipsoid", [3]) == 9)
    }

    @Test func rosenbrockIsZeroAtOnesInEveryDimension() throws {
        for n in 2...8 { #expect(try exactValue("rosenbrock", Array(repeating: 1, count: n)) == 0, "n = \(n)") }
        #expect(try exactValue("rosenbrock", [0, 0]) == 1)
        #expect(try exactValue("rosenbrock", [-1, 1]) == 4)
        #expect(try exactValue("rosenbrock", [0, 0, 0]) == 2)
        #expect(try exactValue("rosenbrock", [2, 1]) == 100 * 9 + 1)
    }

    @Test func ishigamiAtItsKnownPoints() throws {
        let halfPi = Double.pi / 2
        #expect(try exactValue("ishigami", [0, 0, 0]) == 0)
        #expect(try exactValue("ishigami", [halfPi, halfPi, 0]) == 8)
        #expect(try exactValue("ishigami", [halfPi, halfPi, 0], [("a", .number(5))]) == 6)
        // The minimum over the box, −(1 + bπ⁴), at (−π/2, 0, ±π).
        let minimum = -(1 + 0.1 * pow(Double.pi, 4))
        #expect(abs(try exactValue("ishigami", [-halfPi, 0, Double.pi]) - minimum) <= 2 * minimum.ulp.magnitude)
        #expect(abs(try exactValue("ishigami", [-halfPi, 0, -Double.pi], [("b", .number(0.2))]) + 1 + 0.2 * pow(Double.pi, 4)) <= 1e-13)
    }

    @Test func sobolGIsOneAtAQuarterAndZeroWhereAnImportantInputIsAHalf() throws {
        #expect(try exactValue("sobol-g", Array(repeating: 0.25, count: 8)) == 1)
        #expect(try exactValue("sobol-g", [0.5, 0.9, 0.1]) == 0)
        // At x = 0 (and x = 1, by symmetry): 2 · 3/2 · 6.5/5.5.
        let corner = 2 * (3.0 / 2) * (6.5 / 5.5)
        #expect(abs(try exactValue("sobol-g", [0, 0, 0]) - corner) <= 2 * corner.ulp)
        #expect(abs(try exactValue("sobol-g", [1, 1, 1]) - corner) <= 2 * corner.ulp)
        #expect(try exactValue("sobol-g", [0], [("a1", .number(1))]) == 1.5)
    }

    @Test func inputsPastTheDimensionAreIgnored() throws {
        let three = try exactValue("rosenbrock", [0.5, 0.3, -0.2])
        #expect(try exactValue("rosenbrock", [0.5, 0.3, -0.2, 7, 9], dimension: 3) == three)
        #expect(try exactValue("sobol-g", [0.25, 0.25, 5], dimension: 2) == 1)
    }
}
