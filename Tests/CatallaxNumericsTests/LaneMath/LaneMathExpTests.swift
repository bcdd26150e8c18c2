import CatallaxNumerics
import Glibc
import PropertyBased
import Testing

@Suite struct LaneMathExpTests {
    /// Seeded arguments over the whole finite domain and its hard spots.
    static func arguments() -> [Double] {
        var sampler = LaneMathSampler(seed: 0xE4)
        var points: [Double] = []
        // Magnitudes log-uniform from the smallest subnormal to beyond the
        // overflow threshold, both signs.
        points += sampler.points(20_000) { $0.sign() * $0.logUniform(-1074, 9.6) }
        points += sampler.points(10_000) { $0.uniform(-750, 712) }
        // Overflow (709.7827…) and underflow (−745.1332…, and −708.3964… where
        // results turn subnormal) thresholds, offsets log-uniform in [2⁻⁴⁰, 1).
        for threshold in [709.782712893384, -745.1332191019412, -708.3964185322641] {
            points += sampler.points(3000) { threshold + $0.sign() * $0.logUniform(-40, 0) }
        }
        // Near multiples k·ln 2 (the reduction's boundaries r = 0) and halfway
        // between them (r = ±½ ln 2).
        points += sampler.points(6000) {
            let k = ($0.uniform(-1074, 1024)).rounded()
            return (k + ($0.unit() < 0.5 ? 0 : 0.5)) * 0.6931471805599453 + $0.sign() * $0.logUniform(-50, -10)
        }
        return points
    }

    @Test(arguments: [2, 4, 8])
    func matchesGlibcWithinBound(width: Int) {
        let error = laneMathError(width: width, arguments: Self.arguments(), function: .exp)
        #expect(error.specialMismatches.isEmpty, "overflow/underflow/NaN mismatch at \(error.specialMismatches.prefix(5))")
        #expect(error.comparedLanes > 35_000)
        #expect(error.maxRelative <= laneMathRelativeBound)
        #expect(error.maxUlps <= laneMathUlpBound, "worst at x = \(error.worstArgument)")
    }

    @Test func specialValues() {
        let x = SIMD8<Double>(0, -0.0, .infinity, -.infinity, .nan, 709.78, 709.79, -745.2)
        let y = LaneMath.exp(x)
        #expect(y[0] == 1 && y[1] == 1)
        #expect(y[2] == .infinity)
        #expect(y[3] == 0)
        #expect(y[4].isNaN)
        #expect(y[5].isFinite && y[5] == Glibc.exp(709.78))
        #expect(y[6] == .infinity)
        #expect(y[7] == 0)
    }

    @Test func subnormalResultsAreCloseToGlibc() {
        // No relative bound is promised below 2⁻¹⁰²², but the two-factor
        // scaling rounds only once, so the result stays within a unit of the
        // subnormal spacing.
        for x in stride(from: -745.1, through: -708.5, by: 0.37) {
            let y = LaneMath.exp(SIMD2<Double>(repeating: x))[0]
            #expect(abs(y - Glibc.exp(x)) <= 0x1p-1074, "x = \(x)")
        }
    }

    @Test func logOfExpRoundTrips() {
        // log(exp x) = x up to exp's relative error (≈ absolute error of the
        // log) and the log's own rounding.
        seededPropertyCheck(Gen.double(in: -700...700), seed: 11) { x in
            let lanes = LaneMath.log(LaneMath.exp(SIMD4<Double>(repeating: x)))
            #expect(abs(lanes[3] - x) <= 4 * max(abs(x), 1).ulp, "x = \(x)")
        }
    }

    @Test func exponentsOfOppositeArgumentsMultiplyToOne() {
        // exp(x)·exp(−x) = 1: each factor is within an ulp or two and the
        // product adds one rounding; x and −x are both exact.
        seededPropertyCheck(Gen.double(in: -700...700), seed: 12) { x in
            let lanes = LaneMath.exp(SIMD8<Double>(x, -x, x, -x, x, -x, x, -x))
            #expect(abs(lanes[0] * lanes[1] - 1) <= (6 * 0x1p-53) as Double, "x = \(x)")
        }
    }
}
