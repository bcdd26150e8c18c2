import Testing
@testable import CatallaxModel
import CatallaxNumerics

/// `BitMutation`: no flips at `μ = 0`, every bit at `μ = 1`, about `μ·ℓ` between.
@Suite struct BitMutationTests {
    let key = RunKey(seed: 3, replicate: 1)

    @Test func rateZeroAndOneFlipNothingAndEverything() {
        let s: UInt64 = 0b1011_0110
        #expect(BitMutation(rate: 0).mutated(s, bits: 8, key: key, step: 5, agent: 2, firstIndex: 1) == s)
        #expect(BitMutation(rate: 1).mutated(s, bits: 8, key: key, step: 5, agent: 2, firstIndex: 1) == ~s & 0xFF)
    }

    @Test func aQuarterOfTheBitsFlipAtAQuarter() {
        let mutation = BitMutation(rate: 0.25)
        var flips = 0
        for agent in 0..<400 {
            flips += mutation.mutated(0, bits: 30, key: key, step: 0, agent: agent, firstIndex: 1).nonzeroBitCount
        }
        // 12 000 bits, mean 3 000, sd √(12 000·0.25·0.75) = 47: five sd.
        #expect(abs(flips - 3000) < 240)
    }
}
