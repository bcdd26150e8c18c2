#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CatallaxModel
import CatallaxNumerics
import PropertyBased
import Testing

// Helpers for the curve tests: tolerances, quadrature, lanes, seeded
// property checks.

/// Expects `actual` within `relative·|expected| + absolute` of `expected`.
func expectClose(
    _ actual: Double, _ expected: Double, relative: Double, absolute: Double = 0,
    _ comment: @autoclosure () -> String = "", sourceLocation: SourceLocation = #_sourceLocation
) {
    let error = abs(actual - expected)
    let bound = relative * abs(expected) + absolute
    #expect(
        error <= bound,
        "\(comment()) actual \(actual), expected \(expected), error \(error) > \(bound)",
        sourceLocation: sourceLocation)
}

/// `∫ₐᵇ g(x) dx` by composite 5-point Gauss–Legendre quadrature (exact for
/// polynomials of degree 9 on each panel), summed with Kahan compensation.
func gaussLegendreIntegral(from a: Double, to b: Double, panels: Int = 1000, _ g: (Double) -> Double) -> Double {
    // Nodes ±√(5 ∓ 2√(10/7))/3 and 0; weights (322 ± 13√70)/900 and 128/225.
    let inner = (5 - 2 * (10.0 / 7).squareRoot()).squareRoot() / 3
    let outer = (5 + 2 * (10.0 / 7).squareRoot()).squareRoot() / 3
    let innerWeight = (322 + 13 * 70.0.squareRoot()) / 900
    let outerWeight = (322 - 13 * 70.0.squareRoot()) / 900
    let centreWeight = 128.0 / 225
    let width = (b - a) / Double(panels)
    var sum = 0.0
    var compensation = 0.0
    for panel in 0..<panels {
        let centre = a + (Double(panel) + 0.5) * width
        let half = width / 2
        var panelSum = centreWeight * g(centre)
        panelSum += innerWeight * (g(centre - half * inner) + g(centre + half * inner))
        panelSum += outerWeight * (g(centre - half * outer) + g(centre + half * outer))
        let term = panelSum * half - compensation
        let next = sum + term
        compensation = (next - sum) - term
        sum = next
    }
    return sum
}

/// Lanes filled from `values`, cycling if there are fewer values than lanes.
func lanes<V: LaneVector>(_ values: [Double], as type: V.Type = V.self) -> V {
    var vector = V()
    for lane in vector.indices { vector[lane] = values[lane % values.count] }
    return vector
}

/// The derivative of the price, by a central difference (relative step
/// 1e-5: accurate to about 1e-9, plenty for second-order Taylor terms).
func priceSlope<C: BondingCurve>(_ curve: C, atSupply s: Double) -> Double {
    let h = s * 1e-5
    return (curve.price(atSupply: s + h) - curve.price(atSupply: s - h)) / (2 * h)
}

/// Runs `body` on `count` values drawn from `generator` with a fixed seed,
/// so the property test is reproducible run after run.
///
/// swift-property-based's `propertyCheck` draws a fresh system-random seed
/// each run (a fixed one is only for debugging and always reports an
/// issue); the project's tests must be seeded, so this drives the same
/// generators from a seeded `Xoshiro`.
func seededCheck<Value, Shrink>(
    _ generator: Generator<Value, Shrink>, count: Int = 200, seed: UInt64, _ body: (Value) throws -> Void
) rethrows {
    var rng = Xoshiro(seed: (seed, 0x9E37_79B9_7F4A_7C15, 0xD1B5_4A32_D192_ED03, 0x8CB9_2BA7_2F3D_8DD7))
    for _ in 0..<count {
        try body(generator.run(using: &rng))
    }
}

/// A generator of doubles whose logarithm is uniform on `ln(range)`.
func logUniform(_ range: ClosedRange<Double>) -> Generator<Double, Shrink.Floating<Double>> {
    Gen.double(in: log(range.lowerBound)...log(range.upperBound)).map { exp($0) }
}

/// Expects `build` to throw `CurveError.invalidParameter` naming
/// `parameter`, with a description that is one sentence.
func expectRejects(
    _ parameter: String, sourceLocation: SourceLocation = #_sourceLocation, _ build: () throws -> Any
) {
    do {
        let built = try build()
        Issue.record("accepted invalid \(parameter): \(built)", sourceLocation: sourceLocation)
    } catch let error as CurveError {
        guard case let .invalidParameter(_, name, _, allowed) = error else { return }
        #expect(name == parameter, "\(error)", sourceLocation: sourceLocation)
        #expect(!allowed.isEmpty, sourceLocation: sourceLocation)
        #expect(error.description.hasSuffix("."), "\(error)", sourceLocation: sourceLocation)
    } catch {
        Issue.record("threw \(error), not a CurveError", sourceLocation: sourceLocation)
    }
}

/// The scalar properties and the lane checks of `CurveProperties` at one
/// supply, as the seeded wide-range property tests run them.
func checkAllProperties<C: BondingCurve>(
    _ curve: C, supply s: Double, tolerance: Double = 1e-12, sourceLocation: SourceLocation = #_sourceLocation
) {
    CurveProperties.scalarProperties(curve, supply: s, tolerance: tolerance, sourceLocation: sourceLocation)
    CurveProperties.lanesMatchScalar(curve, SIMD4<Double>.self, supply: s, tolerance: tolerance, sourceLocation: sourceLocation)
    CurveProperties.zeroOrdersGiveZero(curve, SIMD4<Double>.self, supply: s, sourceLocation: sourceLocation)
}
