@testable import CatallaxModel
import CatallaxNumerics
import PropertyBased
import Testing

/// The lane-vectorized call against `CallAuction`, one random book per lane.
@Suite struct MarketClearingCallLanesTests {
    /// One lane's book: its centre tick, reference tick, where the second
    /// step starts, and orders (buy?, offset from the centre, units).
    typealias LaneBook = (centre: Int, reference: Int, cut: Int, orders: [(buy: Bool, offset: Int, units: Int)])

    /// Books of up to 24 orders within ±6 ticks of a centre in 95…105, so
    /// lanes cover different tick ranges; some lanes are empty.
    static let books = zip(
        Gen.int(in: 95...105), Gen.int(in: 90...110), Gen.int(in: 0...24),
        zip(Gen.bool, Gen.int(in: -6...6), Gen.int(in: 1...9)).map { (buy: $0, offset: $1, units: $2) }.array(of: 0...24)
    ).map { LaneBook(centre: $0, reference: $1, cut: $2, orders: $3) }.array(of: 4...4)

    @Test func everyLaneSettlesWhatItsOwnCallAuctionAllocates() {
        let tickSize = 0.01
        var p = MarketClearingParameters()
        p.mechanism = .call
        p.agents = 24
        let batch = MarketClearingKernel<SIMD4<Double>>(sizedFor: p)
        batch._reserveCapacity(for: p)
        var auction = try! CallAuction(ticks: 1...1000)
        var fills: [Int] = []
        seededCheck(Self.books, count: 300, seed: 0x4C41_4E45) { lanes in
            for i in 0..<p.agents {
                batch._balance[i] = SIMD4(repeating: 1000)
                batch._holdings[i] = SIMD4(repeating: 1000)
                batch._committedCash[i] = SIMD4(repeating: 5)
                batch._committedUnits[i] = SIMD4(repeating: 5)
            }
            var lastTick = lanes.map(\.reference)
            var tally = _ClearingTally<SIMD4<Double>>()
            // Two steps of one interval: agents 0..<cut, then cut..<count, each in position order.
            for step in 0..<2 {
                for lane in 0..<4 {
                    let book = lanes[lane]
                    let cut = min(book.cut, book.orders.count)
                    let range = step == 0 ? 0..<cut : cut..<book.orders.count
                    batch._laneOrderCount[lane] = range.count
                    for (k, agent) in range.enumerated() {
                        let order = book.orders[agent]
                        batch._orderAgent[k][lane] = Double(agent)
                        batch._orderQuantity[k][lane] = Double(order.buy ? order.units : -order.units)
                        batch._orderTick[k][lane] = Double(book.centre + order.offset)
                        batch._shuffleDraw[k][lane] = 1e-12
                    }
                }
                batch._clearCall(clears: step == 1, lastTick: &lastTick, tally: &tally, tickSize: tickSize)
            }
            for lane in 0..<4 {
                let book = lanes[lane]
                let orders = book.orders.map { AuctionOrder.limit($0.buy ? .buy : .sell, tick: book.centre + $0.offset, quantity: $0.units) }
                let clearing = auction.clear(orders, referenceTick: book.reference, fills: &fills)
                let executes = clearing.volume > 0
                let tick = executes ? clearing.tick! : book.reference
                let price = Double(tick) * tickSize
                #expect(lastTick[lane] == tick)
                var realized = 0, bid = Int.min, ask = Int.max, depth = 0
                for (agent, order) in orders.enumerated() {
                    let units = Double(order.side == .buy ? fills[agent] : -fills[agent])
                    let at = (agent, lane)
                    #expect(batch._holdings[at.0][at.1] == 1000 + units)
                    #expect(batch._balance[at.0][at.1] == (units == 0 ? 1000 : 1000 - units * price))
                    #expect(batch._committedCash[at.0][at.1] == 0 && batch._committedUnits[at.0][at.1] == 0)
                    let tick = order.limitTick!, rest = order.quantity - fills[agent]
                    realized += (order.side == .buy ? 1 : -1) * fills[agent] * tick
                    if rest > 0 {
                        depth += rest
                        if order.side == .buy { bid = max(bid, tick) } else { ask = min(ask, tick) }
                    }
                }
                let demand = { (j: Int) in orders.filter { $0.side == .buy && $0.limitTick! >= j }.reduce(0) { $0 + $1.quantity } }
                let supply = { (j: Int) in orders.filter { $0.side == .sell && $0.limitTick! <= j }.reduce(0) { $0 + $1.quantity } }
                let maximum = (80...120).reduce(0) { $0 + min(demand($1 + 1), supply($1)) }
                #expect(tally.volume[lane] == (executes ? Double(clearing.volume) * price : 0))
                #expect(tally.ordered[lane] == Double(orders.reduce(0) { $0 + $1.quantity }))
                #expect(tally.filled[lane] == Double(2 * clearing.volume))
                #expect(tally.realized[lane] == Double(realized) * tickSize)
                #expect(tally.maximum[lane] == Double(maximum) * tickSize)
                let rests = bid != Int.min && ask != Int.max
                #expect(tally.bookMoments[lane] == (rests ? 1 : 0))
                #expect(tally.spread[lane] == (rests ? 2 * Double(ask - bid) / Double(ask + bid) : 0))
                #expect(tally.depth[lane] == (rests ? Double(depth) : 0))
            }
            // The aggregates are empty again for the next call.
            #expect((80...120).allSatisfy { batch._callBuys[$0] == SIMD4() && batch._callSells[$0] == SIMD4() })
        }
    }
}
