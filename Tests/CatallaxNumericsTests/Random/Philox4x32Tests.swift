import CatallaxNumerics
import PropertyBased
import Testing

/// Known answers of Philox4x32-10 from Random123's `tests/kat_vectors`
/// (counter, key, result; word 0 first).
private let knownAnswers: [(counter: SIMD4<UInt32>, key: SIMD2<UInt32>, block: SIMD4<UInt32>)] = [
    (SIMD4(0, 0, 0, 0), SIMD2(0, 0),
     SIMD4(0x6627_e8d5, 0xe169_c58d, 0xbc57_ac4c, 0x9b00_dbd8)),
    (SIMD4(repeating: 0xffff_ffff), SIMD2(repeating: 0xffff_ffff),
     SIMD4(0x408f_276d, 0x41c8_3b0e, 0xa20b_c7c6, 0x6d54_51fd)),
    (SIMD4(0x243f_6a88, 0x85a3_08d3, 0x1319_8a2e, 0x0370_7344), SIMD2(0xa409_3822, 0x299f_31d0),
     SIMD4(0xd16c_fe09, 0x94fd_cceb, 0x5001_e420, 0x2412_6ea1)),
]

/// Every lane's block of the lane form (keys widened to 64-bit lanes), as scalar blocks.
private func laneBlocks<W: SIMD>(counter: SIMD4<UInt32>, key0: W, key1: W) -> [SIMD4<UInt32>] where W.Scalar == UInt32 {
    switch W.scalarCount {
    case 2: wideLaneBlocks(counter: counter, key0: key0, key1: key1, as: SIMD2<UInt64>.self)
    case 4: wideLaneBlocks(counter: counter, key0: key0, key1: key1, as: SIMD4<UInt64>.self)
    default: wideLaneBlocks(counter: counter, key0: key0, key1: key1, as: SIMD8<UInt64>.self)
    }
}

/// The lane form at the lane type `B`; fails the test if a returned high half is not zero.
private func wideLaneBlocks<W: SIMD, B: LaneBits>(
    counter: SIMD4<UInt32>, key0: W, key1: W, as _: B.Type, keyHighBits: UInt64 = 0
) -> [SIMD4<UInt32>] where W.Scalar == UInt32 {
    var k0 = B(), k1 = B()
    for i in key0.indices {
        k0[i] = keyHighBits << 32 | UInt64(key0[i])
        k1[i] = keyHighBits << 32 | UInt64(key1[i])
    }
    let (w0, w1, w2, w3) = Philox4x32.block(counter: counter, key0: k0, key1: k1)
    for w in [w0, w1, w2, w3] { #expect(w.indices.allSatisfy { w[$0] >> 32 == 0 }) }
    return key0.indices.map { SIMD4(UInt32(w0[$0]), UInt32(w1[$0]), UInt32(w2[$0]), UInt32(w3[$0])) }
}

/// The scalar blocks of every lane's key.
private func scalarBlocks<W: SIMD>(counter: SIMD4<UInt32>, key0: W, key1: W) -> [SIMD4<UInt32>] where W.Scalar == UInt32 {
    key0.indices.map { Philox4x32.block(counter: counter, key: SIMD2(key0[$0], key1[$0])) }
}

/// Lane keys that differ per lane: lane `i` gets `(a + i·0x01010101, b ⊕ i·0x9E3779B9)`.
private func distinctKeys<W: SIMD>(_: W.Type, a: UInt32, b: UInt32) -> (W, W) where W.Scalar == UInt32 {
    var k0 = W(), k1 = W()
    for i in k0.indices {
        k0[i] = a &+ UInt32(i) &* 0x0101_0101
        k1[i] = b ^ (UInt32(i) &* 0x9E37_79B9)
    }
    return (k0, k1)
}

@Suite struct Philox4x32Tests {
    @Test func scalarBlockMatchesRandom123ZeroVector() {
        let v = knownAnswers[0]
        #expect(Philox4x32.block(counter: v.counter, key: v.key) == v.block)
    }

    @Test func scalarBlockMatchesRandom123AllOnesVector() {
        let v = knownAnswers[1]
        #expect(Philox4x32.block(counter: v.counter, key: v.key) == v.block)
    }

    @Test func scalarBlockMatchesRandom123PiDigitsVector() {
        let v = knownAnswers[2]
        #expect(Philox4x32.block(counter: v.counter, key: v.key) == v.block)
    }

    @Test func laneBlockMatchesRandom123VectorsOnTheirLanes() {
        // SIMD4 lanes 0…2 carry the three vectors' keys; the counter is shared,
        // so each vector is checked on the lane holding its key.
        for v in knownAnswers {
            let key0 = SIMD4<UInt32>(v.key[0], 1, v.key[0], 2)
            let key1 = SIMD4<UInt32>(v.key[1], 3, v.key[1], 4)
            let blocks = laneBlocks(counter: v.counter, key0: key0, key1: key1)
            #expect(blocks[0] == v.block)
            #expect(blocks[2] == v.block)
        }
    }

    @Test(arguments: knownAnswers.indices)
    func laneBlockEqualsScalarBlockPerLaneForSIMD2(vector: Int) {
        let counter = knownAnswers[vector].counter
        let (k0, k1) = distinctKeys(SIMD2<UInt32>.self, a: 0xa409_3822, b: 0x299f_31d0)
        #expect(laneBlocks(counter: counter, key0: k0, key1: k1) == scalarBlocks(counter: counter, key0: k0, key1: k1))
    }

    @Test(arguments: knownAnswers.indices)
    func laneBlockEqualsScalarBlockPerLaneForSIMD4(vector: Int) {
        let counter = knownAnswers[vector].counter
        let (k0, k1) = distinctKeys(SIMD4<UInt32>.self, a: 0xffff_fffe, b: 0)
        #expect(laneBlocks(counter: counter, key0: k0, key1: k1) == scalarBlocks(counter: counter, key0: k0, key1: k1))
    }

    @Test(arguments: knownAnswers.indices)
    func laneBlockEqualsScalarBlockPerLaneForSIMD8(vector: Int) {
        let counter = knownAnswers[vector].counter
        let (k0, k1) = distinctKeys(SIMD8<UInt32>.self, a: 7, b: 0xffff_ffff)
        let lanes = laneBlocks(counter: counter, key0: k0, key1: k1)
        #expect(lanes == scalarBlocks(counter: counter, key0: k0, key1: k1))
        #expect(Set(lanes.map { [$0[0], $0[1], $0[2], $0[3]] }).count == 8)
    }

    @Test func laneBlockEqualsScalarBlockForArbitraryCountersAndKeys() async {
        await propertyCheck(count: 200, input: Gen.uint32().simd4, WordLanes.eight, WordLanes.eight) { counter, k0, k1 in
            #expect(laneBlocks(counter: counter, key0: k0, key1: k1) == scalarBlocks(counter: counter, key0: k0, key1: k1))
        }
    }

    @Test func laneBlockReadsOnlyTheLowHalvesOfTheKeys() {
        let v = knownAnswers[2]
        let key0 = SIMD4<UInt32>(repeating: v.key[0]), key1 = SIMD4<UInt32>(repeating: v.key[1])
        let blocks = wideLaneBlocks(counter: v.counter, key0: key0, key1: key1, as: SIMD4<UInt64>.self,
                                    keyHighBits: 0xdead_beef)
        #expect(blocks == Array(repeating: v.block, count: 4))
    }

    @Test func neighbouringCountersGiveUnrelatedBlocks() {
        // A bijection of counters would allow any change; check it is not a
        // near-identity: one-bit counter changes flip about half the 128 bits.
        let key = SIMD2<UInt32>(0x1234_5678, 0x9abc_def0)
        let base = Philox4x32.block(counter: .zero, key: key)
        var flips = 0
        for bit in 0..<128 {
            var counter = SIMD4<UInt32>.zero
            counter[bit / 32] = 1 << UInt32(bit % 32)
            let other = Philox4x32.block(counter: counter, key: key)
            flips += (0..<4).reduce(0) { $0 + (base[$1] ^ other[$1]).nonzeroBitCount }
        }
        // Flips per change ~ Binomial(128, ½): mean 64, sd √32; sd of the mean
        // of 128 changes 0.5, so the bound is 4 sd.
        let mean = Double(flips) / 128
        #expect(abs(mean - 64) < 2)
    }
}
