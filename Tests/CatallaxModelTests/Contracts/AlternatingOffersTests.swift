import Testing
@testable import CatallaxModel

/// Known answer (c) of `docs/SlaMarket.md`: the finite-horizon Rubinstein
/// split with `δ_R = 0.9`, `δ_P = 0.8`.
@Suite struct AlternatingOffersTests {
    static let game = AlternatingOffers(proposerDiscount: 0.9, responderDiscount: 0.8)

    @Test func theFirstRoundsAreTheBackwardInduction() {
        let expected = [0, 1, 0.2, 0.92, 0.344, 0.8624, 0.44768, 0.820928, 0.5223296]
        for (n, a) in expected.enumerated() { #expect(abs(Self.game.proposerShare(rounds: n) - a) < 1e-15, "a_\(n)") }
    }

    @Test func theSplitTendsToRubinsteinsShare() throws {
        let limit = try #require(Self.game.limitShare)
        #expect(abs(limit - 5.0 / 7) < 1e-15)
        #expect(abs(Self.game.proposerShare(rounds: 31) - (limit + 0.002_069_757)) < 1e-9)
        #expect(abs(Self.game.proposerShare(rounds: 32) - 0.710_560_151) < 1e-9)
        for n in 0...200 {
            let recursion = Self.game.proposerShare(rounds: n)
            #expect(abs(recursion - Self.game.closedFormShare(rounds: n)!) <= 1e-14, "n = \(n)")
            if n >= 167 { #expect(abs(recursion - limit) < 1e-12, "n = \(n)") }
        }
    }

    @Test func theRequesterProposingLastTakesThePie() {
        #expect(Self.game.proposerShare(rounds: 1) == 1)
        #expect(AlternatingOffers.price(cost: 1, pie: 1, proposerShare: 1) == 1)
        #expect(AlternatingOffers(proposerDiscount: 1, responderDiscount: 1).limitShare == nil)
    }
}
