import CatallaxModel
import Testing

extension Markets {
    /// Hand-worked call auctions, one per price rule. In each comment `D(p)`
    /// and `S(p)` are the buy and sell units executable at `p`.
    @Suite struct CallAuctionTests {
        struct Expected {
            var tick: Int?
            var volume: Int
            var surplus: Int
            var rule: AuctionPriceRule
            var fills: [Int]
        }

        func check(
            _ orders: [AuctionOrder], reference: Int = 100, _ expected: Expected,
            sourceLocation: SourceLocation = #_sourceLocation
        ) throws {
            var auction = try CallAuction(ticks: 90...110)
            var fills: [Int] = []
            let clearing = auction.clear(orders, referenceTick: reference, fills: &fills)
            #expect(clearing.tick == expected.tick, sourceLocation: sourceLocation)
            #expect(clearing.volume == expected.volume, sourceLocation: sourceLocation)
            #expect(clearing.surplus == expected.surplus, sourceLocation: sourceLocation)
            #expect(clearing.rule == expected.rule, sourceLocation: sourceLocation)
            #expect(fills == expected.fills, sourceLocation: sourceLocation)
            // The scratch buffers are left clean: clearing again is identical.
            var again: [Int] = []
            #expect(auction.clear(orders, referenceTick: reference, fills: &again) == clearing, sourceLocation: sourceLocation)
            #expect(again == fills, sourceLocation: sourceLocation)
        }

        /// D/S: 97: 8/2, 98: 8/2, 100: 5/6, 101: 0/9. Volume 5 only at 100;
        /// sells are long there: 97 fills, then the 100 level in arrival
        /// order (2 of the first, 1 of the second).
        @Test func uniqueMaximumVolumeSetsThePrice() throws {
            try check(
                [
                    .limit(.sell, tick: 100, quantity: 2), .limit(.buy, tick: 100, quantity: 5),
                    .limit(.sell, tick: 97, quantity: 2), .limit(.buy, tick: 98, quantity: 3),
                    .limit(.sell, tick: 101, quantity: 3), .limit(.sell, tick: 100, quantity: 2),
                ],
                Expected(tick: 100, volume: 5, surplus: -1, rule: .maximumVolume, fills: [2, 5, 2, 0, 0, 1]))
        }

        /// D/S: 98: 10/2, 100: 10/5 (+5), 101: 5/9 (−4), 102: 3/9. Volume 5
        /// at 100 and 101; the smaller surplus picks 101.
        @Test func minimumSurplusBreaksAVolumeTie() throws {
            try check(
                [
                    .limit(.buy, tick: 102, quantity: 3), .limit(.buy, tick: 101, quantity: 2),
                    .limit(.buy, tick: 100, quantity: 5), .limit(.sell, tick: 98, quantity: 2),
                    .limit(.sell, tick: 100, quantity: 3), .limit(.sell, tick: 101, quantity: 4),
                ],
                Expected(tick: 101, volume: 5, surplus: -4, rule: .minimumSurplus, fills: [3, 2, 0, 2, 3, 0]))
        }

        /// D/S: 98: 9/3, 99: 9/3, 100: 7/6 (+1), 101: 7/6 (+1), 102: 4/10,
        /// 103: 4/10. Volume 6 and surplus +1 at 100 and 101: buyers press,
        /// the highest (101) wins; the 101 buy is marginal and gets 2 of 3.
        @Test func buySurplusPicksTheHighestPrice() throws {
            try check(
                [
                    .limit(.buy, tick: 103, quantity: 4), .limit(.buy, tick: 101, quantity: 3),
                    .limit(.buy, tick: 99, quantity: 2), .limit(.sell, tick: 98, quantity: 3),
                    .limit(.sell, tick: 100, quantity: 3), .limit(.sell, tick: 102, quantity: 4),
                ],
                Expected(tick: 101, volume: 6, surplus: 1, rule: .marketPressure, fills: [4, 2, 0, 3, 3, 0]))
        }

        /// The mirror image: D/S 97: 10/4, 98: 10/4, 99: 6/7 (−1),
        /// 100: 6/7 (−1), 101: 3/9, 102: 3/9. Sellers press: the lowest (99).
        @Test func sellSurplusPicksTheLowestPrice() throws {
            try check(
                [
                    .limit(.sell, tick: 97, quantity: 4), .limit(.sell, tick: 99, quantity: 3),
                    .limit(.sell, tick: 101, quantity: 2), .limit(.buy, tick: 102, quantity: 3),
                    .limit(.buy, tick: 100, quantity: 3), .limit(.buy, tick: 98, quantity: 4),
                ],
                Expected(tick: 99, volume: 6, surplus: -1, rule: .marketPressure, fills: [4, 2, 0, 3, 3, 0]))
        }

        /// D/S: 98: 10/5 (+5), 99: 10/5 (+5), 101: 5/10 (−5), 102: 5/10 (−5).
        /// Volume and |surplus| tie on both sides: the reference price 100,
        /// which is no limit, executes 5 with no surplus.
        static let balanced: [AuctionOrder] = [
            .limit(.buy, tick: 102, quantity: 5), .limit(.buy, tick: 99, quantity: 5),
            .limit(.sell, tick: 98, quantity: 5), .limit(.sell, tick: 101, quantity: 5),
        ]

        @Test func mixedSurplusUsesTheReferencePrice() throws {
            try check(
                Self.balanced, reference: 100,
                Expected(tick: 100, volume: 5, surplus: 0, rule: .referencePrice, fills: [5, 0, 5, 0]))
        }

        @Test func referenceBelowTheCandidatesGivesTheLowestOne() throws {
            try check(
                Self.balanced, reference: 95,
                Expected(tick: 98, volume: 5, surplus: 5, rule: .referencePrice, fills: [5, 0, 5, 0]))
        }

        @Test func referenceAboveTheCandidatesGivesTheHighestOne() throws {
            try check(
                Self.balanced, reference: 110,
                Expected(tick: 102, volume: 5, surplus: -5, rule: .referencePrice, fills: [5, 0, 5, 0]))
        }

        /// D/S at 99 and 101 are 5/5: no surplus anywhere, so the reference decides.
        @Test func zeroSurplusTieUsesTheReferencePrice() throws {
            try check(
                [.limit(.buy, tick: 101, quantity: 5), .limit(.sell, tick: 99, quantity: 5)], reference: 104,
                Expected(tick: 101, volume: 5, surplus: 0, rule: .referencePrice, fills: [5, 5]))
        }

        /// Only market orders: they trade at the reference price; the long
        /// sell side fills in arrival order.
        @Test func marketOrdersAloneTradeAtTheReferencePrice() throws {
            try check(
                [.market(.sell, quantity: 3), .market(.buy, quantity: 4), .market(.sell, quantity: 3)], reference: 97,
                Expected(tick: 97, volume: 4, surplus: -2, rule: .referencePrice, fills: [3, 4, 1]))
        }

        /// D/S: 100: 5/4 (+1), 101: 5/4 (+1): buyers press to 101, where the
        /// market buy fills before the 101 limit.
        @Test func marketOrdersComeBeforeLimits() throws {
            try check(
                [.limit(.buy, tick: 101, quantity: 2), .market(.buy, quantity: 3), .limit(.sell, tick: 100, quantity: 4)],
                Expected(tick: 101, volume: 4, surplus: 1, rule: .marketPressure, fills: [1, 3, 4]))
        }

        @Test func noOverlapExecutesNothing() throws {
            try check(
                [.limit(.buy, tick: 95, quantity: 2), .limit(.sell, tick: 100, quantity: 3)],
                Expected(tick: nil, volume: 0, surplus: 0, rule: .noExecution, fills: [0, 0]))
        }

        @Test func emptyAuctionExecutesNothing() throws {
            try check([], Expected(tick: nil, volume: 0, surplus: 0, rule: .noExecution, fills: []))
        }

        @Test func invalidRangesAreRejected() {
            #expect(throws: MarketError.self) { try CallAuction(ticks: -5...5) }
        }
    }
}
