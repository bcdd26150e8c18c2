@testable import CatallaxNumerics
import Testing

@Suite struct RunKeyTests {
    /// Values computed independently (Python, from the formula in the documentation).
    @Test(arguments: [
        (UInt64(0), UInt64(0), UInt64(0), UInt64(0x2382_75bc_38fc_be91)),
        (1, 0, 0, 0xb18a_02f4_6d8d_86c3),
        (0, 1, 0, 0x44e5_b981_00c6_7fb0),
        (0, 0, 1, 0x2f32_a784_96c6_7c60),
        (42, 7, 3, 0xf55e_4254_d465_5539),
        (.max, .max, .max, 0x595b_17f4_87c0_e71b),
        (20_240_601, 255, 63, 0x1842_f77b_22d1_d932),
    ])
    func keyMatchesKnownValue(seed: UInt64, point: UInt64, replicate: UInt64, expected: UInt64) {
        #expect(RunKey(seed: seed, point: point, replicate: replicate).value == expected)
    }

    @Test func stepIsTheFirstSplitMix64OutputOfItsState() {
        // SplitMix64 seeded with 0 first outputs 0xE220A8397B1DCDAF (Steele et al. 2014).
        #expect(RunKey._step(0) == 0xe220_a839_7b1d_cdaf)
    }

    @Test func wordsAreLowHalfThenHighHalf() {
        let key = RunKey(seed: 42, point: 7, replicate: 3)
        #expect(key.words == SIMD2(0xd465_5539, 0xf55e_4254))
    }

    @Test func neighbouringRunsGetDistinctKeys() {
        var keys = Set<UInt64>()
        for seed in UInt64(0)..<8 {
            for point in UInt64(0)..<16 {
                for replicate in UInt64(0)..<64 {
                    keys.insert(RunKey(seed: seed, point: point, replicate: replicate).value)
                }
            }
        }
        #expect(keys.count == 8 * 16 * 64)
    }

    @Test func swappingPointAndReplicateChangesTheKey() {
        for a in UInt64(0)..<16 {
            for b in UInt64(0)..<16 where a != b {
                #expect(RunKey(seed: 1, point: a, replicate: b) != RunKey(seed: 1, point: b, replicate: a))
            }
        }
    }

    @Test func oneBitInputChangesFlipHalfTheKeyBits() {
        // Avalanche: flipping any one input bit flips each key bit with
        // probability ½, so the mean Hamming distance is 32.
        var total = 0
        var count = 0
        for base in UInt64(0)..<8 {
            let seed = base &* 0x9E37_79B9_7F4A_7C15
            let key = RunKey(seed: seed, point: base, replicate: base &* 3).value
            for bit in 0..<64 {
                let flip = UInt64(1) << UInt64(bit)
                for other in [
                    RunKey(seed: seed ^ flip, point: base, replicate: base &* 3),
                    RunKey(seed: seed, point: base ^ flip, replicate: base &* 3),
                    RunKey(seed: seed, point: base, replicate: (base &* 3) ^ flip),
                ] {
                    total += (key ^ other.value).nonzeroBitCount
                    count += 1
                }
            }
        }
        // count = 1536 changes; distance sd 4, sd of the mean 4/√1536 ≈ 0.10.
        let mean = Double(total) / Double(count)
        #expect(abs(mean - 32) < 0.5)
    }
}
