import Testing
@testable import CatallaxModel

/// Cross-key checks of `algorithmic-collusion`: the cap and the Q-table size.
@Suite struct AlgorithmicCollusionValidationTests {
    @Test func theCapIsAtMostTenToTheNinePeriods() {
        #expect(throws: ParameterError.self) {
            _ = try AlgorithmicCollusionParameters(assigning: [(key: "periods_per_step", value: .number(2000))])
        }
        #expect(throws: Never.self) {
            _ = try AlgorithmicCollusionParameters(assigning: [(key: "periods_per_step", value: .number(2000)), (key: "steps", value: .number(500_000))])
        }
    }

    @Test func tooManyStatesAreRefusedNamingTheKeys() {
        do {
            _ = try AlgorithmicCollusionParameters(assigning: [(key: "firms", value: .number(4)), (key: "prices", value: .number(20))])
            Issue.record("20⁴ states were accepted")
        } catch {
            guard case let .inconsistent(keys, _) = error else { Issue.record("\(error)"); return }
            #expect(keys == ["prices", "firms"])
        }
    }

    @Test func memoryIsFixedAtOne() {
        #expect(throws: ParameterError.self) { _ = try AlgorithmicCollusionParameters(assigning: [(key: "memory", value: .number(2))]) }
    }

    @Test func theDefaultsAreThePapersBaseline() {
        let p = AlgorithmicCollusionParameters()
        #expect(p.firms == 2 && p.prices == 15 && p.widening == 0.1 && p.learningRate == 0.15 && p.explorationDecay == 4e-6)
        #expect(p.discount == 0.95 && p.differentiation == 0.25 && p.quality == 2 && p.cost == 1 && p.outsideQuality == 0)
        #expect(p.convergenceWindow == 100_000 && p.maxPeriods == 1_000_000_000)
    }
}
