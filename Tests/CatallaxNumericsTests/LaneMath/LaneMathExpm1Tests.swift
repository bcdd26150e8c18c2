import CatallaxNumerics
import Glibc
import PropertyBased
import Testing

@Suite struct LaneMathExpm1Tests {
    /// Seeded arguments: tiny to large magnitudes of both signs, the overflow
    /// threshold, the saturation to −1 and the multiples of ln 2.
    static func arguments() -> [Double] {
        var sampler = LaneMathSampler(seed: 0xE41)
        var points: [Double] = []
        points += sampler.points(20_000) { $0.sign() * $0.logUniform(-1074, 9.6) }
        points += sampler.points(10_000) { $0.uniform(-60, 712) }
        points += sampler.points(3000) { 709.782712893384 + $0.sign() * $0.logUniform(-40, 0) }
        points += sampler.points(3000) { -37.42994775023705 + $0.sign() * $0.logUniform(-40, 2) }
        points += sampler.points(6000) {
            let k = ($0.uniform(-60, 1024)).rounded()
            return (k + ($0.unit() < 0.5 ? 0 : 0.5)) * 0.6931471805599453 + $0.sign() * $0.logUniform(-50, -10)
        }
        return points
    }

    @Test(arguments: [2, 4, 8])
    func matchesGlibcWithinBound(width: Int) {
        let error = laneMathError(width: width, arguments: Self.arguments(), function: .expm1)
        #expect(error.specialMismatches.isEmpty, "mismatch at \(error.specialMismatches.prefix(5))")
        #expect(error.comparedLanes > 38_000)
        #expect(error.maxRelative <= laneMathRelativeBound)
        #expect(error.maxUlps <= laneMathUlpBound, "worst at x = \(error.worstArgument)")
    }

    @Test func tinyArgumentsAreReturnedExactly() {
        // eˣ − 1 = x + x²/2 + … rounds to x for |x| < 2⁻⁵⁴, subnormals included.
        var sampler = LaneMathSampler(seed: 0x8)
        let points = sampler.points(4000) { $0.sign() * $0.logUniform(-1074, -54) }
        for start in stride(from: 0, to: points.count, by: 2) {
            let x = SIMD2<Double>(points[start], points[start + 1])
            #expect(LaneMath.expm1(x) == x, "x = \(x)")
        }
    }

    @Test func specialValues() {
        let x = SIMD8<Double>(0, -0.0, .infinity, -.infinity, .nan, -40, 709.79, 709.78)
        let y = LaneMath.expm1(x)
        #expect(y[0] == 0 && y[0].sign == .plus)
        #expect(y[1] == 0 && y[1].sign == .minus)
        #expect(y[2] == .infinity)
        #expect(y[3] == -1 && y[5] == -1)
        #expect(y[4].isNaN)
        #expect(y[6] == .infinity)
        #expect(y[7] == Glibc.expm1(709.78))
    }

    @Test func doubledArgumentIdentityHolds() {
        // expm1(2x) = expm1(x)·(expm1(x) + 2), with no cancellation on either
        // side for any x: a few ulps.
        seededPropertyCheck(Gen.double(in: -300...300), seed: 41) { x in
            let lanes = LaneMath.expm1(SIMD4<Double>(x, 2 * x, x, 2 * x))
            let rhs = lanes[0] * (lanes[0] + 2)
            #expect(abs(lanes[1] - rhs) <= 6 * abs(rhs).ulp, "x = \(x)")
        }
    }
}
