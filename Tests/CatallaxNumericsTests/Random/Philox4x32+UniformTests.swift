import CatallaxNumerics
import PropertyBased
import Testing

@Suite struct Philox4x32UniformTests {
    @Test func allZeroWordsGiveTheLowestCellMidpoint() {
        #expect(Philox4x32.unitInterval(hi: 0, lo: 0) == 0x1p-53)
    }

    @Test func allOneWordsGiveTheHighestCellMidpointBelowOne() {
        let u = Philox4x32.unitInterval(hi: .max, lo: .max)
        #expect(u == 1 - 0x1p-53)
        #expect(u < 1)
    }

    @Test func lowTwelveBitsAreIgnored() {
        #expect(Philox4x32.unitInterval(hi: 0, lo: 0xfff) == 0x1p-53)
        #expect(Philox4x32.unitInterval(hi: 0, lo: 0x1000) == 3 * 0x1p-53)
    }

    @Test func highBitOfHighWordIsOneHalf() {
        #expect(Philox4x32.unitInterval(hi: 0x8000_0000, lo: 0) == 0.5 + 0x1p-53)
        #expect(Philox4x32.unitInterval(hi: 0x7fff_ffff, lo: 0xffff_ffff) == 0.5 - 0x1p-53)
    }

    @Test func everyWordPairGivesTheExactCellMidpoint() async {
        await propertyCheck(count: 500, input: Gen.uint32(), Gen.uint32()) { hi, lo in
            let k = (UInt64(hi) << 20) | (UInt64(lo) >> 12)
            let u = Philox4x32.unitInterval(hi: hi, lo: lo)
            #expect(u > 0 && u < 1)
            // (k + ½)·2⁻⁵² computed exactly as (2k + 1)·2⁻⁵³ (2k + 1 < 2⁵³).
            #expect(u == Double(2 * k + 1) * 0x1p-53)
        }
    }

    @Test func lanesEqualScalarIncludingExtremes() {
        let hi = SIMD8<UInt64>(0, 0xffff_ffff, 0x8000_0000, 0x7fff_ffff, 1, 0xdead_beef, 0xffff_ffff, 0)
        let lo = SIMD8<UInt64>(0, 0xffff_ffff, 0, 0xffff_ffff, 0xfff, 0x1234_5678, 0, 0xffff_ffff)
        let u8: SIMD8<Double> = Philox4x32.unitInterval(hi: hi, lo: lo)
        let u4: SIMD4<Double> = Philox4x32.unitInterval(hi: hi.lowHalf, lo: lo.lowHalf)
        let u2: SIMD2<Double> = Philox4x32.unitInterval(hi: hi.highHalf.highHalf, lo: lo.highHalf.highHalf)
        for i in 0..<8 {
            #expect(u8[i] == Philox4x32.unitInterval(hi: UInt32(hi[i]), lo: UInt32(lo[i])))
        }
        #expect(u4 == u8.lowHalf)
        #expect(u2 == u8.highHalf.highHalf)
        #expect(u8.min() == 0x1p-53)
        #expect(u8.max() == 1 - 0x1p-53)
    }

    /// 100 000 uniforms: two per lane and block, 12 500 blocks on 4 lanes.
    static let sample: [Double] = RandomTestStreams.blocks(12_500, purpose: .decision).flatMap { w in
        let a: SIMD4<Double> = Philox4x32.unitInterval(hi: w.0, lo: w.1)
        let b: SIMD4<Double> = Philox4x32.unitInterval(hi: w.2, lo: w.3)
        return [a[0], a[1], a[2], a[3], b[0], b[1], b[2], b[3]]
    }

    @Test func sampleFitsTheUniformDistribution() {
        expectUniformOnUnitInterval(Self.sample)
    }

    @Test func successiveUniformsAreUncorrelated() {
        let x = Self.sample
        let r = SampleStatistics.correlation(Array(x.dropLast()), Array(x.dropFirst()))
        #expect(abs(r) < 4 / Double(x.count).squareRoot())
    }
}
