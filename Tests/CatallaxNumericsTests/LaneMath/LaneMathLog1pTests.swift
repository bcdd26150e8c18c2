import CatallaxNumerics
import Glibc
import PropertyBased
import Testing

@Suite struct LaneMathLog1pTests {
    /// Seeded arguments over `(−1, max]`: tiny and huge magnitudes of both
    /// signs, and the approach to the pole at −1.
    static func arguments() -> [Double] {
        var sampler = LaneMathSampler(seed: 0x1091)
        var points: [Double] = []
        points += sampler.points(15_000) { $0.logUniform(-1074, 1024) }
        points += sampler.points(10_000) { -$0.logUniform(-1074, -0x1p-40) }
        // −1 + 2⁻ᵘ, u ∈ (0, 53]: the result runs down to ln 2⁻⁵³.
        points += sampler.points(6000) { -1 + $0.logUniform(-53, -0x1p-40) }
        points += sampler.points(6000) { $0.uniform(-1, 3) }
        // Near the reduction boundaries of u = 1 + x: √2 − 1 and √½ − 1.
        points += sampler.points(3000) {
            ($0.unit() < 0.5 ? 0x1.a827999fcef32p-2 : -0x1.2bec333018867p-2) + $0.sign() * $0.logUniform(-60, -20)
        }
        return points
    }

    @Test(arguments: [2, 4, 8])
    func matchesGlibcWithinBound(width: Int) {
        let error = laneMathError(width: width, arguments: Self.arguments(), function: .log1p)
        #expect(error.specialMismatches.isEmpty, "mismatch at \(error.specialMismatches.prefix(5))")
        #expect(error.comparedLanes > 35_000)
        #expect(error.maxRelative <= laneMathRelativeBound)
        #expect(error.maxUlps <= laneMathUlpBound, "worst at x = \(error.worstArgument)")
    }

    @Test func tinyArgumentsAreReturnedExactly() {
        // ln(1 + x) = x − x²/2 + … rounds to x for |x| < 2⁻⁵³, subnormals included.
        var sampler = LaneMathSampler(seed: 0x7)
        let points = sampler.points(4000) { $0.sign() * $0.logUniform(-1074, -54) }
        for start in stride(from: 0, to: points.count, by: 4) {
            let x = SIMD4<Double>(points[start], points[start + 1], points[start + 2], points[start + 3])
            #expect(LaneMath.log1p(x) == x, "x = \(x)")
        }
    }

    @Test func specialValues() {
        let x = SIMD8<Double>(0, -0.0, .infinity, -1, .nan, -1.5, 0x1.fffffffffffffp1023, -.infinity)
        let y = LaneMath.log1p(x)
        #expect(y[0] == 0 && y[0].sign == .plus)
        #expect(y[1] == 0 && y[1].sign == .minus)
        #expect(y[2] == .infinity)
        #expect(y[3] == -.infinity)
        #expect(y[4].isNaN && y[5].isNaN && y[7].isNaN)
        #expect(y[6] == Glibc.log1p(0x1.fffffffffffffp1023))
    }

    @Test func log1pOfExpm1RoundTrips() {
        // log1p(expm1 x) = x; the composition amplifies expm1's relative error
        // by at most (1 − e⁻²)·e² < 7 on [−2, 700].
        seededPropertyCheck(Gen.double(in: -2...700), seed: 31) { x in
            let back = LaneMath.log1p(LaneMath.expm1(SIMD8<Double>(repeating: x)))[5]
            #expect(abs(back - x) <= 1e-14 * abs(x), "x = \(x)")
        }
    }

    @Test func agreesWithLogOfOnePlusWhereThatIsExact() {
        // For x = 2ᵏ − 1 (k ≥ 0 small) the sum 1 + x is exact, so
        // log1p(x) and log(1 + x) must agree to rounding.
        seededPropertyCheck(Gen.double(in: -1...60), seed: 32) { exponent in
            let x = Glibc.exp2(exponent.rounded(.down)) * (1 + exponent - exponent.rounded(.down)) - 1
            guard (1 + x) - 1 == x else { return }
            let a = LaneMath.log1p(SIMD2<Double>(repeating: x))[1]
            let b = LaneMath.log(SIMD2<Double>(repeating: 1 + x))[1]
            #expect(abs(a - b) <= 2 * max(abs(a), Double.leastNormalMagnitude).ulp, "x = \(x)")
        }
    }
}
