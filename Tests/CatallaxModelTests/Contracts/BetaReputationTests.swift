import Testing
@testable import CatallaxModel

/// Known answer (d) of `docs/SlaMarket.md`: the beta reputation and how it
/// steers a requester's choice under both agreements.
@Suite struct BetaReputationTests {
    @Test func theReputationIsTheMeanOfTheBetaLaw() {
        #expect(BetaReputation().mean == 0.5)
        #expect(BetaReputation(successes: 7, failures: 2).mean == 8.0 / 11)
        var r = BetaReputation()
        r.record(success: true)
        #expect(r.mean == 2.0 / 3)
        var l = BetaReputation()
        l.record(success: false)
        #expect(l.mean == 1.0 / 3)
        #expect(r.observations == 1 && l.failures == 1)
    }

    /// Under `posted`, A (ρ = 8/11, p = 1.5) beats B (ρ = ½, p = 1.2) at
    /// `v = 4`; at `v = 2` neither is worth signing.
    @Test func postedScoresTradeReputationAgainstPrice() {
        let a = BetaReputation(successes: 7, failures: 2).mean, b = BetaReputation().mean
        func terms(_ rho: Double, _ price: Double, value: Double) -> SlaTerms {
            SlaAgreement.posted.terms(reputation: rho, value: value, cost: 1, postedPrice: price, proposerShare: 1)
        }
        let highA = terms(a, 1.5, value: 4), highB = terms(b, 1.2, value: 4)
        #expect(abs(highA.score - 1.409_091) < 1e-6)
        #expect(abs(highB.score - 0.8) < 1e-12)
        #expect(highA.score > highB.score && highA.acceptable)
        let lowA = terms(a, 1.5, value: 2), lowB = terms(b, 1.2, value: 2)
        #expect(abs(lowA.score + 0.045_455) < 1e-6)
        #expect(abs(lowB.score + 0.2) < 1e-12)
        #expect(!lowA.acceptable && !lowB.acceptable)
    }

    /// Under `alternating` (`c = 1`, `N = 3`), A's pie is 21/11, its price
    /// `1 + 0.08·21/11` and the requester's surplus `0.92·21/11`.
    @Test func alternatingPricesTheReputationIn() {
        let share = AlternatingOffers(proposerDiscount: 0.9, responderDiscount: 0.8).proposerShare(rounds: 3)
        let t = SlaAgreement.alternating.terms(
            reputation: BetaReputation(successes: 7, failures: 2).mean, value: 4, cost: 1, postedPrice: 99, proposerShare: share)
        #expect(abs(t.price - 1.152_727) < 1e-6)
        #expect(abs(t.score - 1.756_364) < 1e-6)
        #expect(t.acceptable)
    }
}
