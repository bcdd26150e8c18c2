import CatallaxNumerics
import Glibc
import PropertyBased
import Testing

@Suite struct LaneMathSoftplusTests {
    /// Seeded arguments over all of `Double`: both signs, every binade, the
    /// region where eˣ turns subnormal and where ln(1 + eˣ) rounds to x.
    static func arguments() -> [Double] {
        var sampler = LaneMathSampler(seed: 0x5F)
        var points: [Double] = []
        points += sampler.points(20_000) { $0.sign() * $0.logUniform(-1074, 1024) }
        points += sampler.points(10_000) { $0.uniform(-800, 800) }
        points += sampler.points(6000) { $0.uniform(-40, 40) }
        for threshold in [-745.1332191019412, -708.3964185322641, 37.0, -37.0] {
            points += sampler.points(1000) { threshold + $0.sign() * $0.logUniform(-40, 0) }
        }
        return points
    }

    @Test(arguments: [2, 4, 8])
    func matchesLongDoubleReferenceWithinBound(width: Int) {
        let error = laneMathError(width: width, arguments: Self.arguments(), function: .softplus)
        #expect(error.specialMismatches.isEmpty, "mismatch at \(error.specialMismatches.prefix(5))")
        #expect(error.comparedLanes > 32_000)
        #expect(error.maxRelative <= laneMathRelativeBound)
        #expect(error.maxUlps <= laneMathUlpBound, "worst at x = \(error.worstArgument)")
    }

    @Test func specialValues() {
        let x = SIMD8<Double>(0, .infinity, -.infinity, .nan, .greatestFiniteMagnitude, -.greatestFiniteMagnitude, -746, -700)
        let y = LaneMath.softplus(x)
        #expect(y[0] == 0.6931471805599453)
        #expect(y[1] == .infinity)
        #expect(y[2] == 0)
        #expect(y[3].isNaN)
        #expect(y[4] == .greatestFiniteMagnitude)
        #expect(y[5] == 0)
        #expect(y[6] == 0)
        #expect(y[7] == Glibc.exp(-700))
    }

    @Test func neverOverflowsOrUnderflowsBeforeExp() {
        // Finite input gives a finite result, and the result is 0 only where
        // eˣ itself underflows to 0.
        // Signed magnitudes log-uniform over every binade of Double.
        let anyMagnitude = Gen.double(in: -1.0...1.0).map { t in
            (t < 0 ? -1 : 1) * Glibc.exp2(abs(t) * 2097.9 - 1074)
        }
        seededPropertyCheck(anyMagnitude, seed: 51) { x in
            let y = LaneMath.softplus(SIMD2<Double>(repeating: x))[0]
            #expect(y.isFinite && y >= 0, "x = \(x)")
            #expect((y == 0) == (Glibc.exp(x) == 0), "x = \(x)")
        }
        seededPropertyCheck(Gen.double(in: -760...(-700)), seed: 52) { x in
            let y = LaneMath.softplus(SIMD2<Double>(repeating: x))[0]
            #expect((y == 0) == (Glibc.exp(x) == 0), "x = \(x)")
        }
    }

    @Test func differenceOfReflectionsIsIdentity() {
        // softplus(x) − softplus(−x) = x, up to the rounding of the larger
        // of the two terms.
        seededPropertyCheck(Gen.double(in: -50...50), seed: 53) { x in
            let lanes = LaneMath.softplus(SIMD4<Double>(x, -x, x, -x))
            #expect(abs((lanes[0] - lanes[1]) - x) <= 4 * max(lanes[0], lanes[1]).ulp, "x = \(x)")
        }
    }
}
