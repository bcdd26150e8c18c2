@testable import CatallaxModel
import PropertyBased
import Testing

extension Markets {
    /// Seeded random order sequences against the naive reference book: after
    /// every order the two agree trade for trade, and the book's invariants
    /// and volume conservation hold.
    @Suite struct ContinuousDoubleAuctionPropertyTests {
        /// One random operation on the book.
        struct Operation: CustomStringConvertible {
            enum Kind { case limit, market, cancel, cancelAll }
            var kind: Kind
            var side: OrderSide
            var tick: Int
            var quantity: Int
            var trader: Int
            var pick: Int

            var description: String { "\(kind) \(side) \(quantity)@\(tick) t\(trader) pick \(pick)" }
        }

        /// Limits on a narrow range (100 ± 6) so orders cross often;
        /// limit orders 60 %, market 15 %, cancels 24 %, cancel-all 1 %.
        static let operations = zip(
            Gen.int(in: 0...99), Gen.int(in: 94...106), Gen.int(in: 1...6), Gen.int(in: 0...4), Gen.int(in: 0...10_000)
        ).map { roll, tick, quantity, trader, pick in
            let kind: Operation.Kind = roll < 60 ? .limit : roll < 75 ? .market : roll < 99 ? .cancel : .cancelAll
            return Operation(
                kind: kind, side: pick % 2 == 0 ? .buy : .sell, tick: tick, quantity: quantity, trader: trader,
                pick: pick / 2)
        }.array(of: 1...300)

        /// The state the conservation check tracks.
        struct Ledger {
            var limitSubmitted = 0
            var filledOnArrival = 0
            var traded = 0
            var cancelled = 0
            var marketFilled = 0
        }

        @Test func bookMatchesTheReferenceAfterEveryOrder() throws {
            try seededCheck(Self.operations, count: 150, seed: 0x4D41_524B_4554_5331) { ops in
                var book = try ContinuousDoubleAuction(ticks: 90...110, capacity: 4)
                var reference = ReferenceOrderBook()
                var ids: [OrderID] = []
                for op in ops {
                    book.removeAllTrades()
                    switch op.kind {
                    case .limit, .market:
                        let limit = op.kind == .limit ? op.tick : nil
                        let receipt =
                            limit == nil
                            ? book.submitMarket(op.side, quantity: op.quantity, trader: op.trader)
                            : book.submitLimit(op.side, tick: op.tick, quantity: op.quantity, trader: op.trader)
                        let expected = reference.submit(op.side, limit: limit, quantity: op.quantity, trader: op.trader)
                        #expect(receipt.id.sequence == expected.sequence)
                        #expect(book.trades.map(ReferenceOrderBook.Execution.init) == expected.executions, "\(op)")
                        #expect(receipt.filled == op.quantity - expected.left)
                        #expect(receipt.filled + receipt.resting + receipt.discarded == op.quantity)
                        ids.append(receipt.id)
                    case .cancel:
                        guard !ids.isEmpty else { continue }
                        let id = ids[op.pick % ids.count]
                        #expect(book.cancel(id) == reference.cancel(sequence: id.sequence), "\(op)")
                    case .cancelAll:
                        book.cancelAll()
                        reference.cancelAll()
                    }
                    if let violation = book._invariantViolation() {
                        Issue.record("after \(op): \(violation)")
                        return
                    }
                    #expect(book.bestBid == reference.bestBid)
                    #expect(book.bestAsk == reference.bestAsk)
                    for tick in book.ticks {
                        for side in OrderSide.allCases where book.depth(side, atTick: tick) != reference.depth(side, atTick: tick) {
                            Issue.record("after \(op): \(side) depth at \(tick) differs")
                            return
                        }
                    }
                }
            }
        }

        @Test func volumeIsConservedAndTradesTakeTheRestingPrice() throws {
            try seededCheck(Self.operations, count: 150, seed: 0x4D41_524B_4554_5332) { ops in
                var book = try ContinuousDoubleAuction(ticks: 90...110)
                var ledger = Ledger()
                var ids: [OrderID] = []
                var limits: [UInt64: Int] = [:]
                for op in ops {
                    book.removeAllTrades()
                    switch op.kind {
                    case .limit:
                        let r = book.submitLimit(op.side, tick: op.tick, quantity: op.quantity, trader: op.trader)
                        ledger.limitSubmitted += op.quantity
                        ledger.filledOnArrival += r.filled
                        limits[r.id.sequence] = op.tick
                        ids.append(r.id)
                    case .market:
                        let r = book.submitMarket(op.side, quantity: op.quantity, trader: op.trader)
                        #expect(r.filled + r.discarded == op.quantity)
                        ledger.marketFilled += r.filled
                        ids.append(r.id)
                    case .cancel:
                        if !ids.isEmpty { ledger.cancelled += book.cancel(ids[op.pick % ids.count]) }
                    case .cancelAll:
                        ledger.cancelled += book.restingQuantity(.buy) + book.restingQuantity(.sell)
                        book.cancelAll()
                    }
                    for trade in book.trades {
                        ledger.traded += trade.quantity
                        // The price is the resting order's own limit.
                        #expect(trade.tick == limits[trade.restingOrder.sequence])
                        #expect(trade.quantity > 0)
                    }
                    // Every limit unit traded on arrival, traded while resting
                    // (each trade consumes its units from a resting order),
                    // was cancelled, or still rests.
                    let resting = book.restingQuantity(.buy) + book.restingQuantity(.sell)
                    // Every trade takes its units from one resting order and
                    // one incoming order: traded = filled on arrival (limit
                    // and market).
                    #expect(ledger.traded == ledger.filledOnArrival + ledger.marketFilled)
                    #expect(
                        resting == ledger.limitSubmitted - ledger.filledOnArrival - ledger.traded - ledger.cancelled,
                        "after \(op)")
                    if let bid = book.bestBid, let ask = book.bestAsk { #expect(bid < ask) }
                }
            }
        }
    }
}
