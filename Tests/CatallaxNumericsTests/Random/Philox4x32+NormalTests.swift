import CatallaxNumerics
import PropertyBased
import Testing

@Suite struct Philox4x32NormalTests {
    /// 100 000 normals: one pair per lane and block, 12 500 blocks on 4 lanes,
    /// as `(cosine deviate, sine deviate)` pairs.
    static let pairs: [(Double, Double)] = RandomTestStreams.blocks(12_500, purpose: .belief).flatMap { w in
        let u1: SIMD4<Double> = Philox4x32.unitInterval(hi: w.0, lo: w.1)
        let u2: SIMD4<Double> = Philox4x32.unitInterval(hi: w.2, lo: w.3)
        let (z1, z2) = Philox4x32.standardNormals(u1: u1, u2: u2)
        return (0..<4).map { (z1[$0], z2[$0]) }
    }
    static let sample: [Double] = pairs.flatMap { [$0.0, $0.1] }

    @Test func sampleMomentsMatchTheStandardNormal() {
        let m = SampleStatistics.moments(Self.sample)
        let n = Double(Self.sample.count)
        // Standard errors: mean 1/√n, variance √(2/n), skewness √(6/n),
        // excess kurtosis √(24/n); bounds at 4 standard errors.
        #expect(abs(m.mean) < 4 / n.squareRoot())
        #expect(abs(m.variance - 1) < 4 * (2 / n).squareRoot())
        #expect(abs(m.skewness) < 4 * (6 / n).squareRoot())
        #expect(abs(m.excessKurtosis) < 4 * (24 / n).squareRoot())
    }

    @Test func sampleFitsTheNormalDistribution() {
        let d = SampleStatistics.kolmogorovSmirnov(Self.sample, cdf: SampleStatistics.normalCDF)
        #expect(d < SampleStatistics.kolmogorovSmirnovCritical(count: Self.sample.count, alpha: 1e-3))
    }

    @Test func cosineAndSineDeviatesFitTheNormalDistributionSeparately() {
        let cosine = Self.pairs.map(\.0)
        let sine = Self.pairs.map(\.1)
        let critical = SampleStatistics.kolmogorovSmirnovCritical(count: cosine.count, alpha: 1e-3)
        #expect(SampleStatistics.kolmogorovSmirnov(cosine, cdf: SampleStatistics.normalCDF) < critical)
        #expect(SampleStatistics.kolmogorovSmirnov(sine, cdf: SampleStatistics.normalCDF) < critical)
    }

    @Test func pairDeviatesAreUncorrelated() {
        let r = SampleStatistics.correlation(Self.pairs.map(\.0), Self.pairs.map(\.1))
        #expect(abs(r) < 4 / Double(Self.pairs.count).squareRoot())
        // Squares too: Box–Muller pairs share a radius, so this would expose a
        // wrong radius law.
        let r2 = SampleStatistics.correlation(Self.pairs.map { $0.0 * $0.0 }, Self.pairs.map { $0.1 * $0.1 })
        #expect(abs(r2) < 4 / Double(Self.pairs.count).squareRoot())
    }

    @Test func extremeUniformsGiveFiniteDeviates() {
        let smallest = 0x1p-53, largest = 1 - 0x1p-53
        let (z1, z2) = Philox4x32.standardNormals(u1: smallest, u2: smallest)
        // Radius √(−2 ln 2⁻⁵³) = √(106 ln 2) ≈ 8.572; angle 2π·2⁻⁵³ ≈ 0.
        #expect(abs(z1 - (106 * 0.693_147_180_559_945_3).squareRoot()) < 1e-14)
        #expect(abs(z2) < 1e-14)
        let (w1, w2) = Philox4x32.standardNormals(u1: largest, u2: largest)
        #expect(w1.isFinite && w2.isFinite)
        #expect(abs(w1) < 1e-7 && abs(w2) < 1e-7)
    }

    @Test func quarterTurnAnglesGiveDeviatesOnTheAxes() {
        // u₁ = ¼: radius √(−2 ln ¼) = √(4 ln 2).
        let radius = (4 * 0.693_147_180_559_945_3).squareRoot()
        let (a1, a2) = Philox4x32.standardNormals(u1: 0.25, u2: 0.25)
        #expect(a1 == 0)
        #expect(abs(a2 - radius) < 1e-14)
        let (b1, b2) = Philox4x32.standardNormals(u1: 0.25, u2: 0.5)
        #expect(b1 == -a2 && b2 == 0)
        let (c1, c2) = Philox4x32.standardNormals(u1: 0.25, u2: 0.75)
        #expect(c1 == 0 && c2 == -a2)
    }

    @Test func lanesEqualScalarBitForBit() async {
        await propertyCheck(count: 200, input: WordLanes.eight, WordLanes.eight, WordLanes.eight, WordLanes.eight) { w0, w1, w2, w3 in
            let u1: SIMD8<Double> = Philox4x32.unitInterval(hi: SIMD8(truncatingIfNeeded: w0), lo: SIMD8(truncatingIfNeeded: w1))
            let u2: SIMD8<Double> = Philox4x32.unitInterval(hi: SIMD8(truncatingIfNeeded: w2), lo: SIMD8(truncatingIfNeeded: w3))
            let (z1, z2) = Philox4x32.standardNormals(u1: u1, u2: u2)
            let (y1, y2) = Philox4x32.standardNormals(u1: u1.lowHalf, u2: u2.lowHalf)
            let (x1, x2) = Philox4x32.standardNormals(u1: u1.highHalf.lowHalf, u2: u2.highHalf.lowHalf)
            for i in 0..<8 {
                let (s1, s2) = Philox4x32.standardNormals(u1: u1[i], u2: u2[i])
                #expect(z1[i] == s1 && z2[i] == s2)
            }
            #expect(y1 == z1.lowHalf && y2 == z2.lowHalf)
            #expect(x1 == z1.highHalf.lowHalf && x2 == z2.highHalf.lowHalf)
        }
    }
}
