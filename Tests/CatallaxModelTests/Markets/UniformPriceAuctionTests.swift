import CatallaxModel
import Testing

extension Markets {
    /// The uniform-price auction against known answer (e) of
    /// `docs/ResourceEconomy.md` and the edge cases of its rule.
    @Suite struct UniformPriceAuctionTests {
        @Test func knownAnswerSharesTheMarginalUnitProRata() {
            // (e): Σ_{≥2} Q = 3 ≥ 2 > Σ_{>2} Q = 1, so v* = 2; R = 1 shared 0.5 each.
            let auction = UniformPriceAuction.clear(capacity: 2, quantities: [1, 1, 1], limits: [3, 2, 2], reserve: 1)
            #expect(auction.price == 2)
            #expect(auction.filled == [1, 0.5, 0.5])
            #expect(auction.filled.map { auction.price * $0 } == [2, 1, 1])
        }

        @Test func undersubscribedAuctionClearsAtTheReserve() {
            // Eligible 1 + 1 + 1 = 3 ≤ 5: price r = 1; the bid at exactly r is
            // filled in full, the one below r gets nothing.
            let auction = UniformPriceAuction.clear(
                capacity: 5, quantities: [1, 1, 1, 2], limits: [3, 2, 1, 0.5], reserve: 1)
            #expect(auction.price == 1)
            #expect(auction.filled == [1, 1, 1, 0])
        }

        @Test func eligibleQuantityEqualToCapacityIsUndersubscribed() {
            let auction = UniformPriceAuction.clear(capacity: 3, quantities: [1, 2, 4], limits: [3, 2, 0.5], reserve: 1)
            #expect(auction.price == 1)
            #expect(auction.filled == [1, 2, 0])
        }

        @Test func zeroQuantityBidsChangeNothing() {
            let plain = UniformPriceAuction.clear(capacity: 2, quantities: [1, 1, 1], limits: [3, 2, 2], reserve: 1)
            let padded = UniformPriceAuction.clear(
                capacity: 2, quantities: [0, 1, 0, 1, 1, 0], limits: [10, 3, 2.5, 2, 2, 2], reserve: 1)
            #expect(padded.price == plain.price)
            #expect(padded.filled == [0, 1, 0, 0.5, 0.5, 0])
        }

        @Test func noEligibleBidSellsNothingAtTheReserve() {
            let auction = UniformPriceAuction.clear(capacity: 1, quantities: [3, 4], limits: [0.5, 0.9], reserve: 1)
            #expect(auction.price == 1)
            #expect(auction.filled == [0, 0])
            let empty = UniformPriceAuction.clear(capacity: 1, quantities: [], limits: [], reserve: 0.25)
            #expect(empty.price == 0.25)
        }

        @Test func singleMarginalBidTakesTheRemainder() {
            // Limits 5 > 4 > 3, C = 2.5: Σ_{≥4} = 2 < 2.5 ≤ Σ_{≥3} = 3.5, so v* = 3
            // and the bid at 3 gets R = 0.5 of its 1.5.
            let auction = UniformPriceAuction.clear(
                capacity: 2.5, quantities: [1, 1, 1.5], limits: [5, 4, 3], reserve: 0)
            #expect(auction.price == 3)
            #expect(auction.filled[0] == 1 && auction.filled[1] == 1)
            #expect(auction.filled[2] == 0.5)
        }

        @Test func zeroReserveAcceptsZeroAndNegativeZeroLimits() {
            // r = −0 is read as +0; limits ±0 are eligible and tie at price 0.
            let auction = UniformPriceAuction.clear(
                capacity: 1, quantities: [1, 1], limits: [-0.0, 0], reserve: -0.0)
            #expect(auction.price == 0)
            #expect(auction.filled == [0.5, 0.5])
        }

        @Test func limitsAcrossTheWholeExponentRangeClear() {
            // The bisection runs over bit patterns: tiny and huge limits alike.
            let auction = UniformPriceAuction.clear(
                capacity: 1, quantities: [1, 1, 1], limits: [1e300, 1e-300, .leastNonzeroMagnitude], reserve: 0)
            #expect(auction.price == 1e300)
            #expect(auction.filled == [1, 0, 0])
            let low = UniformPriceAuction.clear(
                capacity: 2, quantities: [1, 2, 1], limits: [1e-300, .leastNonzeroMagnitude, 1e300], reserve: 0)
            #expect(low.price == 1e-300)
            #expect(low.filled == [1, 0, 1])
        }
    }
}
