import CatallaxNumerics
import PropertyBased
import Testing

/// `LaneVector`'s arithmetic (Lanes/LaneVector+Arithmetic.swift) replaces the
/// standard library's per-lane loops with one vector operation each; every
/// lane must get the bits the scalar `Double` operation gives, for every
/// lane width, signed zeros, infinities, subnormals and NaNs included (a NaN
/// must stay a NaN; its payload is not compared).
@Suite struct LaneVectorArithmeticTests {
    /// Values where the operations have edges: signed zeros, halves (the
    /// rounding rules differ there), subnormals, the largest finite value,
    /// infinities, NaN, and `2⁵² − ½`, the largest value with a fraction.
    static let edges: [Double] = [
        -.infinity, -2.5, -1.5, -1, -0.5, -0.0, 0, 0x1p-1074, -0x1p-1074, 0.5, 1, 1.5, 2.5, 3,
        0x1p52 - 0.5, -(0x1p52 - 0.5), .greatestFiniteMagnitude, .infinity, .nan,
    ]

    /// Edges, ordinary magnitudes and arbitrary bit patterns (NaNs with payloads, subnormals, huge values).
    static let value = Gen.oneOf(
        Gen.element(of: edges).map { $0! },
        Gen.double(in: -1000...1000),
        Gen.uint64().map { Double(bitPattern: $0) }
    )

    /// Whether `lanes` holds, lane by lane, the bits of `expected` (any NaN for a NaN).
    static func matches<V: LaneVector>(_ lanes: V, _ expected: (Int) -> Double) -> Bool {
        (0..<V.scalarCount).allSatisfy { i in
            let x = lanes[i], y = expected(i)
            return x.bitPattern == y.bitPattern || (x.isNaN && y.isNaN)
        }
    }

    static func lanes<V: LaneVector>(_ values: [Double], from start: Int, as _: V.Type) -> V {
        var v = V()
        for i in 0..<V.scalarCount { v[i] = values[start + i] }
        return v
    }

    static func checkArithmetic<V: LaneVector>(_ values: [Double], _: V.Type) {
        let a = lanes(values, from: 0, as: V.self), b = lanes(values, from: 8, as: V.self), s = values[24]
        #expect(matches(a + b) { a[$0] + b[$0] }, "+ \(a) \(b)")
        #expect(matches(a - b) { a[$0] - b[$0] }, "- \(a) \(b)")
        #expect(matches(a * b) { a[$0] * b[$0] }, "* \(a) \(b)")
        #expect(matches(a / b) { a[$0] / b[$0] }, "/ \(a) \(b)")
        #expect(matches(-a) { -a[$0] }, "prefix - \(a)")
        #expect(matches(a + s) { a[$0] + s } && matches(s + a) { s + a[$0] }, "+ \(a) \(s)")
        #expect(matches(a - s) { a[$0] - s } && matches(s - a) { s - a[$0] }, "- \(a) \(s)")
        #expect(matches(a * s) { a[$0] * s } && matches(s * a) { s * a[$0] }, "* \(a) \(s)")
        #expect(matches(a / s) { a[$0] / s } && matches(s / a) { s / a[$0] }, "/ \(a) \(s)")

        var sum = a, difference = a, product = a, quotient = a
        sum += b; difference -= b; product *= b; quotient /= b
        #expect(matches(sum) { a[$0] + b[$0] } && matches(difference) { a[$0] - b[$0] })
        #expect(matches(product) { a[$0] * b[$0] } && matches(quotient) { a[$0] / b[$0] })
        sum = a; difference = a; product = a; quotient = a
        sum += s; difference -= s; product *= s; quotient /= s
        #expect(matches(sum) { a[$0] + s } && matches(difference) { a[$0] - s })
        #expect(matches(product) { a[$0] * s } && matches(quotient) { a[$0] / s })
    }

    static func checkFusedAndRounded<V: LaneVector>(_ values: [Double], _: V.Type) {
        let a = lanes(values, from: 0, as: V.self), b = lanes(values, from: 8, as: V.self)
        let c = lanes(values, from: 16, as: V.self), s = values[24]
        #expect(matches(c.addingProduct(a, b)) { c[$0].addingProduct(a[$0], b[$0]) }, "fma \(a) \(b) \(c)")
        #expect(matches(c.addingProduct(s, b)) { c[$0].addingProduct(s, b[$0]) })
        #expect(matches(c.addingProduct(a, s)) { c[$0].addingProduct(a[$0], s) })
        var accumulated = c
        accumulated.addProduct(a, b)
        #expect(matches(accumulated) { c[$0].addingProduct(a[$0], b[$0]) })
        #expect(matches(a.squareRoot()) { a[$0].squareRoot() }, "sqrt \(a)")
        let rules: [FloatingPointRoundingRule] = [
            .down, .up, .towardZero, .toNearestOrAwayFromZero, .toNearestOrEven, .awayFromZero,
        ]
        for rule in rules {
            #expect(matches(a.rounded(rule)) { a[$0].rounded(rule) }, "\(rule) \(a)")
        }
    }

    static func checkSelection<V: LaneVector>(_ values: [Double], _: V.Type) {
        let a = lanes(values, from: 0, as: V.self), b = lanes(values, from: 8, as: V.self)
        let c = lanes(values, from: 16, as: V.self), s = values[24]
        let mask = c .< b
        #expect(matches(a.replacing(with: b, where: mask)) { mask[$0] ? b[$0] : a[$0] }, "\(mask)")
        #expect(matches(a.replacing(with: s, where: mask)) { mask[$0] ? s : a[$0] })
        var replaced = a, filled = a
        replaced.replace(with: b, where: mask)
        filled.replace(with: s, where: mask)
        #expect(matches(replaced) { mask[$0] ? b[$0] : a[$0] } && matches(filled) { mask[$0] ? s : a[$0] })
    }

    @Test func arithmeticMatchesScalarOperationsOnEveryLane() {
        seededPropertyCheck(Self.value.array(of: 25), seed: 0x1A) { values in
            Self.checkArithmetic(values, SIMD2<Double>.self)
            Self.checkArithmetic(values, SIMD4<Double>.self)
            Self.checkArithmetic(values, SIMD8<Double>.self)
        }
    }

    @Test func fusedProductsSquareRootsAndRoundingMatchScalarOperations() {
        seededPropertyCheck(Self.value.array(of: 25), seed: 0x1B) { values in
            Self.checkFusedAndRounded(values, SIMD2<Double>.self)
            Self.checkFusedAndRounded(values, SIMD4<Double>.self)
            Self.checkFusedAndRounded(values, SIMD8<Double>.self)
        }
    }

    @Test func selectionTakesTheMaskedLanes() {
        seededPropertyCheck(Self.value.array(of: 25), seed: 0x1C) { values in
            Self.checkSelection(values, SIMD2<Double>.self)
            Self.checkSelection(values, SIMD4<Double>.self)
            Self.checkSelection(values, SIMD8<Double>.self)
        }
    }

    /// Every edge against every edge, so no pair of special values is left to chance.
    @Test func everyPairOfEdgesMatches() {
        for x in Self.edges {
            for y in Self.edges {
                let values = [Double](repeating: x, count: 8) + [Double](repeating: y, count: 8)
                    + [Double](repeating: -x, count: 8) + [y]
                Self.checkArithmetic(values, SIMD4<Double>.self)
                Self.checkFusedAndRounded(values, SIMD4<Double>.self)
                Self.checkSelection(values, SIMD4<Double>.self)
            }
        }
    }

    /// The product is not rounded before the sum: `(1 + 2⁻⁵²)(1 − 2⁻⁵²) − 1`
    /// is `−2⁻¹⁰⁴` fused, `0` if the product were rounded first.
    @Test func theFusedProductIsRoundedOnce() {
        let a = SIMD8<Double>(repeating: 1 + 0x1p-52), b = SIMD8<Double>(repeating: 1 - 0x1p-52)
        let fused = SIMD8<Double>(repeating: -1).addingProduct(a, b)
        #expect(fused == SIMD8(repeating: -0x1p-104))
        #expect(a * b - 1 == SIMD8(repeating: 0))
    }
}
