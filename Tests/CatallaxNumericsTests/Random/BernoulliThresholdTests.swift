import CatallaxNumerics
import PropertyBased
import Testing

@Suite struct BernoulliThresholdTests {
    private static let extremeWords: [UInt32] = [0, 1, 0x7fff_ffff, 0x8000_0000, 0xffff_fffe, 0xffff_ffff]

    @Test func probabilityZeroNeverSucceeds() {
        let never = BernoulliThreshold(probability: 0)
        #expect(Self.extremeWords.allSatisfy { !never.accepts($0) })
        #expect(never.effectiveProbability == 0)
    }

    @Test func probabilityOneAlwaysSucceeds() {
        let always = BernoulliThreshold(probability: 1)
        #expect(Self.extremeWords.allSatisfy { always.accepts($0) })
        #expect(always.effectiveProbability == 1)
    }

    @Test func extremesHoldOnLanes() {
        let words = SIMD8<UInt32>(0, 1, 0x7fff_ffff, 0x8000_0000, 0xffff_fffe, 0xffff_ffff, 2, 3)
        let never = BernoulliThreshold(probability: 0)
        let always = BernoulliThreshold(probability: 1)
        #expect(never.accepts(words) == SIMDMask<SIMD8<Int32>>(repeating: false))
        #expect(always.accepts(words) == SIMDMask<SIMD8<Int32>>(repeating: true))
        let lanes = SIMD8<UInt64>(truncatingIfNeeded: words)
        #expect(never.accepts(lanes, as: SIMD8<Double>.self) == SIMDMask<SIMD8<Int64>>(repeating: false))
        #expect(always.accepts(lanes, as: SIMD8<Double>.self) == SIMDMask<SIMD8<Int64>>(repeating: true))
    }

    @Test func quarterSplitsTheWordsAtTwoToThe30() {
        let quarter = BernoulliThreshold(probability: 0.25)
        #expect(quarter.accepts(0x3fff_ffff))
        #expect(!quarter.accepts(0x4000_0000))
        #expect(quarter.effectiveProbability == 0.25)
    }

    @Test func probabilityRoundsToTheNearestCountOfWords() {
        #expect(BernoulliThreshold(probability: 0x1p-32).accepts(0))
        #expect(!BernoulliThreshold(probability: 0x1p-32).accepts(1))
        #expect(!BernoulliThreshold(probability: 0x1p-34).accepts(0))
        #expect(!BernoulliThreshold(probability: 1 - 0x1p-32).accepts(.max))
        #expect(BernoulliThreshold(probability: 1 - 0x1p-32).accepts(.max - 1))
        #expect(BernoulliThreshold(probability: 1 - 0x1p-34).accepts(.max))
    }

    @Test func effectiveProbabilityIsWithinHalfAStep() async {
        await propertyCheck(count: 500, input: Gen.double(in: 0...1)) { p in
            let threshold = BernoulliThreshold(probability: p)
            #expect(abs(threshold.effectiveProbability - p) <= 0x1p-33)
        }
    }

    @Test func laneMasksEqualScalarTrials() async {
        await propertyCheck(count: 200, input: Gen.double(in: 0...1), WordLanes.eight) { p, words in
            let threshold = BernoulliThreshold(probability: p)
            let wordMask = threshold.accepts(words)
            let lanes = SIMD8<UInt64>(truncatingIfNeeded: words)
            let laneMask = threshold.accepts(lanes, as: SIMD8<Double>.self)
            let laneMask4 = threshold.accepts(lanes.lowHalf, as: SIMD4<Double>.self)
            for i in 0..<8 {
                #expect(wordMask[i] == threshold.accepts(words[i]))
                #expect(laneMask[i] == threshold.accepts(words[i]))
            }
            for i in 0..<4 { #expect(laneMask4[i] == laneMask[i]) }
        }
    }

    @Test(arguments: [0.01, 0.3, 0.5, 0.97])
    func successFrequencyMatchesProbability(probability: Double) {
        // 400 000 trials: four words per block, 25 000 blocks on 4 lanes.
        let threshold = BernoulliThreshold(probability: probability)
        var successes = 0
        for w in RandomTestStreams.blocks(25_000, purpose: .activity) {
            for words in [w.0, w.1, w.2, w.3] {
                let mask = threshold.accepts(words, as: SIMD4<Double>.self)
                successes += (0..<4).reduce(0) { $0 + (mask[$1] ? 1 : 0) }
            }
        }
        let n = 400_000.0
        let sd = (n * probability * (1 - probability)).squareRoot()
        #expect(abs(Double(successes) - n * probability) < 5 * sd)
    }
}
