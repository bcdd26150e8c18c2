import CatallaxNumerics
import Testing

@Suite struct DrawCounterTests {
    @Test func wordsAreStepAgentPurposeIndex() {
        let counter = DrawCounter(step: 11, agent: 22, purpose: .belief, index: 33)
        #expect(counter.words == SIMD4(11, 22, 2, 33))
    }

    @Test func indexDefaultsToZero() {
        #expect(DrawCounter(step: 5, agent: 6, purpose: .shock).words == SIMD4(5, 6, 3, 0))
    }

    @Test func purposeRawValuesArePinned() {
        // Raw values are part of the reproducibility contract.
        #expect(DrawPurpose.allCases.map(\.rawValue) == [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])
        #expect([DrawPurpose.activity, .decision, .belief, .shock, .burst, .surge, .arrival, .graph, .payment, .request, .delivery, .exploration, .genetic] == DrawPurpose.allCases)
    }

    @Test func purposesGiveDifferentBlocksAtTheSameStepAndAgent() {
        let key = RunKey(seed: 1, point: 2, replicate: 3).words
        let blocks = DrawPurpose.allCases.map {
            Philox4x32.block(counter: DrawCounter(step: 9, agent: 4, purpose: $0).words, key: key)
        }
        #expect(Set(blocks.map { [$0[0], $0[1], $0[2], $0[3]] }).count == DrawPurpose.allCases.count)
    }
}
