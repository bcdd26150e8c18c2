@testable import CatallaxSweep
import Testing

@Suite struct SplitMix64Tests {
    @Test func seedZeroGivesThePublishedOutputs() {
        // Vigna's reference splitmix64.c seeded with 0.
        var rng = SplitMix64(seed: 0)
        #expect(rng.next() == 0xE220_A839_7B1D_CDAF)
        #expect(rng.next() == 0x6E78_9E6A_A1B9_65F4)
        #expect(rng.next() == 0x06C4_5D18_8009_454F)
        #expect(rng.next() == 0xF88B_B8A8_724C_81EC)
    }

    @Test func blockStreamsStartFromTheMixedBlockIndex() {
        var block0 = SplitMix64(seed: 42, block: 0)
        var block1 = SplitMix64(seed: 42, block: 1)
        #expect(block0.state == 42 ^ SplitMix64.mix(1))
        #expect(block1.state == 42 ^ SplitMix64.mix(2))
        let first0 = (0..<8).map { _ in block0.next() }
        let first1 = (0..<9).map { _ in block1.next() }
        // Unrelated streams: not one stream shifted by a draw, as seed + block would give.
        #expect(Set(first0).isDisjoint(with: first1))
    }

    @Test func uniformIndexStaysInRangeAndHitsEveryValue() {
        var rng = SplitMix64(seed: 3)
        var counts = [Int](repeating: 0, count: 7)
        for _ in 0..<7000 {
            let i = _uniformIndex(upTo: 6, using: &rng)
            counts[i] += 1
        }
        // Each count is Binomial(7000, 1/7): mean 1000, sd ≈ 29.
        #expect(counts.allSatisfy { (850...1150).contains($0) })
    }

    @Test func unitDrawsAreMultiplesOfTwoToTheMinus53BelowOne() {
        var rng = SplitMix64(seed: 9)
        for _ in 0..<1000 {
            let u = _unit(using: &rng)
            #expect(u >= 0 && u < 1)
            #expect((u * 0x1p53).rounded() == u * 0x1p53)
        }
    }
}
