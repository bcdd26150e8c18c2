import Testing
@testable import CatallaxModel

/// `SinglePointCrossover`: children at every cut, and the cut's range.
@Suite struct SinglePointCrossoverTests {
    @Test func childrenSwapTheBitsFromTheCutUp() {
        let a: UInt64 = 0b1111_0000, b: UInt64 = 0b1010_1010
        for cut in 1..<8 {
            let (c1, c2) = SinglePointCrossover.children(a, b, cut: cut)
            for bit in 0..<8 {
                let mine = bit < cut
                #expect((c1 >> UInt64(bit)) & 1 == ((mine ? a : b) >> UInt64(bit)) & 1)
                #expect((c2 >> UInt64(bit)) & 1 == ((mine ? b : a) >> UInt64(bit)) & 1)
            }
        }
        #expect(SinglePointCrossover.children(a, b, cut: 4) == (0b1010_0000, 0b1111_1010))
    }

    @Test func theCutLiesStrictlyInsideTheString() {
        #expect(SinglePointCrossover.cut(word: 0, bits: 30) == 1)
        #expect(SinglePointCrossover.cut(word: .max, bits: 30) == 29)
        #expect(SinglePointCrossover.cut(word: 1 << 31, bits: 3) == 2)
    }
}
