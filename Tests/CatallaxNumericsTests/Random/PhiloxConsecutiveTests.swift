import CatallaxNumerics
import Testing

/// Blocks at consecutive counters on SIMD lanes equal the scalar blocks, bit for bit.
@Suite struct PhiloxConsecutiveTests {
    @Test(arguments: [0, 7, 1_000_000_000, 0xFFFF_FFFC] as [UInt32])
    func lanesAreTheScalarBlocks(_ first: UInt32) {
        let key = RunKey(seed: 16, point: 3, replicate: 5).words
        let (w0, w1, w2, w3): (SIMD8<UInt64>, SIMD8<UInt64>, SIMD8<UInt64>, SIMD8<UInt64>) =
            Philox4x32.blocks(first: first, counter1: 1, counter2: DrawPurpose.exploration.rawValue, counter3: 0, key: key)
        for i in 0..<8 {
            let scalar = Philox4x32.block(
                counter: SIMD4(first &+ UInt32(i), 1, DrawPurpose.exploration.rawValue, 0), key: key)
            #expect([w0[i], w1[i], w2[i], w3[i]] == [UInt64(scalar[0]), UInt64(scalar[1]), UInt64(scalar[2]), UInt64(scalar[3])])
        }
    }

    @Test func theZeroCounterAndKeyGiveRandom123sVector() {
        // Random123 kat_vectors: philox4x32-10 with counter 0 and key 0 gives 6627e8d5 e169c58d bc57ac4c 9b00dbd8.
        let (w0, w1, w2, w3): (SIMD4<UInt64>, SIMD4<UInt64>, SIMD4<UInt64>, SIMD4<UInt64>) =
            Philox4x32.blocks(first: 0, counter1: 0, counter2: 0, counter3: 0, key: .zero)
        #expect([w0[0], w1[0], w2[0], w3[0]] == [0x6627_e8d5, 0xe169_c58d, 0xbc57_ac4c, 0x9b00_dbd8])
    }
}
