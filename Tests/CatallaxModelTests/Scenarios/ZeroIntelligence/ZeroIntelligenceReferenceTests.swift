@testable import CatallaxModel
import CatallaxNumerics
import Testing

/// The scenario reproduces Gode and Sunder (1993) on the reference design
/// (50 replicates per strategy, `RunKey(seed: 1993, replicate: 0..<50)`).
@Suite struct ZeroIntelligenceReferenceTests {
    static func outcomes(_ traders: String) -> [RunOutcome] {
        let p = try! ZeroIntelligenceParameters(assigning: [("traders", .word(traders))])
        return zeroIntelligenceOutcomes(p, lanes: SIMD8<Double>.self, keys: zeroIntelligenceKeys(0..<50))
    }

    static func mean(_ outcomes: [RunOutcome], _ metric: ZeroIntelligenceMetric) -> Double {
        outcomes.map { $0[metric]! }.reduce(0, +) / Double(outcomes.count)
    }

    @Test func budgetConstrainedTradersAreNearlyFullyEfficient() {
        let zic = Self.outcomes("zic")
        #expect(zic.allSatisfy { $0.failure == nil })
        #expect(Self.mean(zic, .efficiency) >= 0.97)
        #expect(zic.allSatisfy { $0[ZeroIntelligenceMetric.efficiency]! >= 0.95 && $0[ZeroIntelligenceMetric.efficiency]! <= 1 })
        // About the competitive quantity 17 per period, at about p* = 100.
        #expect(abs(Self.mean(zic, .volume) - 17) < 0.5)
        #expect(abs(Self.mean(zic, .meanPrice) - 100) < 3)
    }

    @Test func unconstrainedTradersAreClearlyLessEfficientAndErratic() {
        let zic = Self.outcomes("zic"), ziu = Self.outcomes("ziu")
        #expect(ziu.allSatisfy { $0.failure == nil })
        // ZI-U trades all 24 units each period: 994 of 1272 every time.
        #expect(ziu.allSatisfy { $0[ZeroIntelligenceMetric.efficiency]! == 994.0 / 1272 && $0[ZeroIntelligenceMetric.volume]! == 24 })
        #expect(Self.mean(zic, .efficiency) - Self.mean(ziu, .efficiency) > 0.15)
        // Erratic prices: far wider around p*, and trader profits far from equilibrium.
        #expect(Self.mean(ziu, .priceRMSD) > 2 * Self.mean(zic, .priceRMSD))
        #expect(Self.mean(ziu, .volatility) > 2 * Self.mean(zic, .volatility))
        #expect(Self.mean(ziu, .profitDispersion) > 2 * Self.mean(zic, .profitDispersion))
    }
}
