import CatallaxNumerics
import Glibc
import PropertyBased
import Testing

@Suite struct LaneMathLogTests {
    /// Seeded positive arguments: every binade from the smallest subnormal to
    /// the largest finite double, and the hard spots of the reduction.
    static func arguments() -> [Double] {
        var sampler = LaneMathSampler(seed: 0x106)
        var points: [Double] = []
        points += sampler.points(20_000) { $0.logUniform(-1074, 1024) }
        // Near 1, where ln x ≈ x − 1 is small: 1 ± 2⁻ᵘ, u ∈ [1, 53).
        points += sampler.points(10_000) { 1 + $0.sign() * $0.logUniform(-53, -1) }
        // Around the reduction boundary √2·2ᵏ and around powers of two.
        points += sampler.points(6000) {
            let k = $0.uniform(-1022, 1023).rounded()
            let boundary = ($0.unit() < 0.5 ? 0x1.6a09e667f3bcdp0 : 1) * Glibc.exp2(k)
            return boundary * (1 + $0.sign() * $0.logUniform(-52, -20))
        }
        // Plain uniform in [0.5, 2].
        points += sampler.points(6000) { $0.uniform(0.5, 2) }
        return points
    }

    @Test(arguments: [2, 4, 8])
    func matchesGlibcWithinBound(width: Int) {
        let error = laneMathError(width: width, arguments: Self.arguments(), function: .log)
        #expect(error.specialMismatches.isEmpty, "mismatch at \(error.specialMismatches.prefix(5))")
        #expect(error.comparedLanes > 40_000)
        #expect(error.maxRelative <= laneMathRelativeBound)
        #expect(error.maxUlps <= laneMathUlpBound, "worst at x = \(error.worstArgument)")
    }

    @Test func specialValues() {
        let x = SIMD8<Double>(0, -0.0, .infinity, -1, .nan, 1, 0x1p-1074, -.infinity)
        let y = LaneMath.log(x)
        #expect(y[0] == -.infinity && y[1] == -.infinity)
        #expect(y[2] == .infinity)
        #expect(y[3].isNaN && y[7].isNaN)
        #expect(y[4].isNaN)
        #expect(y[5] == 0)
        #expect(y[6] == Glibc.log(0x1p-1074))
    }

    @Test func subnormalArgumentsMatchGlibc() {
        var sampler = LaneMathSampler(seed: 0x5B)
        let points = sampler.points(4000) { $0.logUniform(-1074, -1022) }
        let error = laneMathError(width: 4, arguments: points, function: .log)
        #expect(error.comparedLanes == points.count)
        #expect(error.maxUlps <= laneMathUlpBound, "worst at x = \(error.worstArgument)")
    }

    @Test func logOfScaledArgumentAddsMultipleOfLn2() {
        // x·2ᵏ is exact, so log(x·2ᵏ) − log(x) = k·ln 2 up to the two results'
        // rounding (a few ulps of the larger magnitude).
        let generator = Gen.double(in: 0.25...4).pair
        seededPropertyCheck(generator, seed: 21) { pair in
            let x = pair.0
            let k = (pair.1 * 100).rounded()
            let lanes = LaneMath.log(SIMD2<Double>(x, x * Glibc.exp2(k)))
            let scale = max(abs(lanes[0]), abs(lanes[1]), 1)
            #expect(abs((lanes[1] - lanes[0]) - k * 0.6931471805599453) <= 4 * scale.ulp, "x = \(x), k = \(k)")
        }
    }

    @Test func expOfLogRoundTrips() {
        // exp(log x) = x: the log's absolute error (≤ 2 ulp of log x) becomes
        // a relative error of x under exp, which adds its own ulp or two.
        seededPropertyCheck(Gen.double(in: -700...700), seed: 22) { exponent in
            let x = Glibc.exp(exponent)
            let back = LaneMath.exp(LaneMath.log(SIMD4<Double>(repeating: x)))[0]
            let tolerance = x * (3 * max(abs(exponent), 1).ulp + 0x1p-50)
            #expect(abs(back - x) <= tolerance, "x = \(x)")
        }
    }
}
