@testable import CatallaxModel
import Testing

extension Markets {
    /// Worked examples of the continuous double auction.
    @Suite struct ContinuousDoubleAuctionTests {
        func book(_ ticks: ClosedRange<Int> = 90...110) throws -> ContinuousDoubleAuction {
            try ContinuousDoubleAuction(ticks: ticks)
        }

        @Test func emptyBookHasNoBestPrices() throws {
            let b = try book()
            #expect(b.bestBid == nil)
            #expect(b.bestAsk == nil)
            #expect(b.restingOrderCount == 0)
            #expect(b._invariantViolation() == nil)
        }

        @Test func nonCrossingLimitsRestAndSetTheQuote() throws {
            var b = try book()
            let bid = b.submitLimit(.buy, tick: 99, quantity: 4, trader: 1)
            let ask = b.submitLimit(.sell, tick: 101, quantity: 6, trader: 2)
            #expect(bid.resting == 4 && bid.filled == 0)
            #expect(ask.resting == 6 && ask.filled == 0)
            #expect(b.bestBid == 99)
            #expect(b.bestAsk == 101)
            #expect(b.depth(.buy, atTick: 99) == 4)
            #expect(b.depth(.sell, atTick: 101) == 6)
            #expect(b.trades.isEmpty)
            #expect(b._invariantViolation() == nil)
        }

        @Test func crossingBuyTradesAtTheRestingAskPrice() throws {
            var b = try book()
            let ask = b.submitLimit(.sell, tick: 101, quantity: 5, trader: 2)
            let buy = b.submitLimit(.buy, tick: 105, quantity: 3, trader: 1)
            #expect(b.trades == [
                Trade(tick: 101, quantity: 3, buyer: 1, seller: 2, buyOrder: buy.id, sellOrder: ask.id, aggressor: .buy)
            ])
            #expect(buy.filled == 3 && buy.resting == 0)
            #expect(b.restingQuantity(of: ask.id) == 2)
            #expect(b.bestBid == nil)
            #expect(b.bestAsk == 101)
        }

        @Test func crossingSellTradesAtTheRestingBidPrices() throws {
            var b = try book()
            b.submitLimit(.buy, tick: 100, quantity: 2, trader: 1)
            b.submitLimit(.buy, tick: 99, quantity: 2, trader: 3)
            let sell = b.submitLimit(.sell, tick: 99, quantity: 3, trader: 2)
            #expect(b.trades.map(\.tick) == [100, 99])
            #expect(b.trades.map(\.quantity) == [2, 1])
            #expect(b.trades.map(\.buyer) == [1, 3])
            #expect(sell.filled == 3)
            #expect(b.bestBid == 99)
            #expect(b.depth(.buy, atTick: 99) == 1)
        }

        @Test func betterPriceTradesFirst() throws {
            var b = try book()
            b.submitLimit(.sell, tick: 102, quantity: 1, trader: 7)
            b.submitLimit(.sell, tick: 101, quantity: 1, trader: 8)
            b.submitMarket(.buy, quantity: 1, trader: 1)
            #expect(b.trades.map(\.tick) == [101])
            #expect(b.trades.map(\.seller) == [8])
        }

        @Test func earlierOrderTradesFirstAtEqualPrice() throws {
            var b = try book()
            let first = b.submitLimit(.sell, tick: 101, quantity: 2, trader: 7)
            let second = b.submitLimit(.sell, tick: 101, quantity: 2, trader: 8)
            b.submitMarket(.buy, quantity: 3, trader: 1)
            #expect(b.trades.map(\.sellOrder) == [first.id, second.id])
            #expect(b.trades.map(\.quantity) == [2, 1])
            #expect(b.restingQuantity(of: second.id) == 1)
        }

        @Test func limitOrderSweepsLevelsThenRestsItsRemainder() throws {
            var b = try book()
            b.submitLimit(.sell, tick: 101, quantity: 2, trader: 2)
            b.submitLimit(.sell, tick: 102, quantity: 3, trader: 3)
            b.submitLimit(.sell, tick: 103, quantity: 4, trader: 4)
            let buy = b.submitLimit(.buy, tick: 102, quantity: 7, trader: 1)
            #expect(b.trades.map(\.tick) == [101, 102])
            #expect(b.trades.map(\.quantity) == [2, 3])
            #expect(buy.filled == 5 && buy.resting == 2)
            #expect(b.bestBid == 102)
            #expect(b.bestAsk == 103)
            #expect(b.restingQuantity(of: buy.id) == 2)
            #expect(b._invariantViolation() == nil)
        }

        @Test func marketOrderDiscardsWhatTheBookCannotFill() throws {
            var b = try book()
            b.submitLimit(.sell, tick: 100, quantity: 2, trader: 2)
            b.submitLimit(.sell, tick: 104, quantity: 3, trader: 3)
            let buy = b.submitMarket(.buy, quantity: 8, trader: 1)
            #expect(buy.filled == 5 && buy.discarded == 3 && buy.resting == 0)
            #expect(b.trades.map(\.tick) == [100, 104])
            #expect(b.bestAsk == nil)
            #expect(b.bestBid == nil)
        }

        @Test func cancelRemovesTheRestOnceOnly() throws {
            var b = try book()
            let bid = b.submitLimit(.buy, tick: 100, quantity: 5, trader: 1)
            b.submitLimit(.buy, tick: 98, quantity: 1, trader: 2)
            b.submitMarket(.sell, quantity: 2, trader: 3)
            #expect(b.cancel(bid.id) == 3)
            #expect(b.cancel(bid.id) == 0)
            #expect(b.bestBid == 98)
            #expect(b.restingQuantity(.buy) == 1)
            #expect(b._invariantViolation() == nil)
        }

        @Test func cancellingAFilledOrderDoesNothing() throws {
            var b = try book()
            let ask = b.submitLimit(.sell, tick: 100, quantity: 1, trader: 1)
            b.submitMarket(.buy, quantity: 1, trader: 2)
            #expect(b.cancel(ask.id) == 0)
            let fresh = b.submitLimit(.sell, tick: 103, quantity: 4, trader: 3)
            // The fresh order reuses the slot; the stale identity must not reach it.
            #expect(b.cancel(ask.id) == 0)
            #expect(b.restingQuantity(of: fresh.id) == 4)
        }

        @Test func cancelAllEmptiesTheBookAndStalesIdentities() throws {
            var b = try book()
            let bid = b.submitLimit(.buy, tick: 95, quantity: 2, trader: 1)
            b.submitLimit(.sell, tick: 105, quantity: 2, trader: 2)
            b.cancelAll()
            #expect(b.bestBid == nil && b.bestAsk == nil && b.restingOrderCount == 0)
            let next = b.submitLimit(.buy, tick: 96, quantity: 1, trader: 3)
            #expect(b.cancel(bid.id) == 0)
            #expect(b.restingQuantity(of: next.id) == 1)
            #expect(b._invariantViolation() == nil)
        }

        @Test func bestAskIsFoundAcrossOccupancyWords() throws {
            var b = try book(0...1000)
            b.submitLimit(.sell, tick: 5, quantity: 1, trader: 1)
            b.submitLimit(.sell, tick: 900, quantity: 1, trader: 2)
            b.submitLimit(.buy, tick: 3, quantity: 1, trader: 3)
            b.submitMarket(.buy, quantity: 1, trader: 4)
            #expect(b.trades.map(\.tick) == [5])
            #expect(b.bestAsk == 900)
            b.submitLimit(.buy, tick: 700, quantity: 1, trader: 5)
            #expect(b.bestBid == 700)
            b.submitMarket(.sell, quantity: 1, trader: 6)
            #expect(b.trades.map(\.tick) == [5, 700])
            #expect(b.bestBid == 3)
            #expect(b._invariantViolation() == nil)
        }

        @Test func priceImprovementGoesToTheAggressor() throws {
            // A sell limit at 95 against a bid at 100 receives 100, not 95.
            var b = try book()
            b.submitLimit(.buy, tick: 100, quantity: 1, trader: 1)
            b.submitLimit(.sell, tick: 95, quantity: 1, trader: 2)
            #expect(b.trades.first?.tick == 100)
            #expect(b.trades.first?.restingOrder.sequence == 0)
        }

        @Test func invalidRangesAreRejected() {
            #expect(throws: MarketError.self) { try ContinuousDoubleAuction(ticks: -1...10) }
            #expect(throws: MarketError.self) { try ContinuousDoubleAuction(ticks: 0...(1 << 25)) }
        }
    }
}
