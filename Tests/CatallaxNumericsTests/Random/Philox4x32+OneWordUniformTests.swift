import CatallaxNumerics
import PropertyBased
import Testing

/// `Philox4x32.unitInterval(word:)`: the 2³²-cell grid of one word.
@Suite struct Philox4x32OneWordUniformTests {
    @Test func extremeWordsGiveTheOuterCellMidpoints() {
        let u: SIMD2<Double> = Philox4x32.unitInterval(word: SIMD2<UInt64>(0, 0xffff_ffff))
        #expect(u[0] == 0x1p-33)
        #expect(u[1] == 1 - 0x1p-33)
        #expect(u[1] < 1)
    }

    @Test func highBitIsOneHalf() {
        let u: SIMD2<Double> = Philox4x32.unitInterval(word: SIMD2<UInt64>(0x8000_0000, 0x7fff_ffff))
        #expect(u[0] == 0.5 + 0x1p-33)
        #expect(u[1] == 0.5 - 0x1p-33)
    }

    @Test func everyWordGivesTheExactCellMidpointOnEveryWidth() async {
        await propertyCheck(count: 500, input: Gen.uint32()) { w in
            // (w + ½)·2⁻³² computed exactly as (2w + 1)·2⁻³³ (2w + 1 < 2⁵³).
            let expected = Double(2 * UInt64(w) + 1) * 0x1p-33
            let u2: SIMD2<Double> = Philox4x32.unitInterval(word: SIMD2(repeating: UInt64(w)))
            let u4: SIMD4<Double> = Philox4x32.unitInterval(word: SIMD4(repeating: UInt64(w)))
            let u8: SIMD8<Double> = Philox4x32.unitInterval(word: SIMD8(repeating: UInt64(w)))
            #expect(u2 == SIMD2(repeating: expected))
            #expect(u4 == SIMD4(repeating: expected))
            #expect(u8 == SIMD8(repeating: expected))
        }
    }

    /// 100 000 uniforms: four per lane and block, 6 250 blocks on 4 lanes.
    static let sample: [Double] = RandomTestStreams.blocks(6_250, purpose: .activity).flatMap { w in
        [w.0, w.1, w.2, w.3].flatMap { word -> [Double] in
            let u: SIMD4<Double> = Philox4x32.unitInterval(word: word)
            return [u[0], u[1], u[2], u[3]]
        }
    }

    @Test func sampleFitsTheUniformDistribution() {
        expectUniformOnUnitInterval(Self.sample)
    }

    @Test func wordsOfOneBlockAreUncorrelated() {
        // Word 0 against word 1, and word 2 against word 3, lane by lane:
        // the walk takes one agent's two draws from each pair.
        let x = Self.sample
        var first = [Double](), second = [Double]()
        for base in stride(from: 0, to: x.count, by: 8) {
            first.append(contentsOf: x[base..<base + 4])
            second.append(contentsOf: x[base + 4..<base + 8])
        }
        let r = SampleStatistics.correlation(first, second)
        #expect(abs(r) < 4 / Double(first.count).squareRoot())
    }
}
