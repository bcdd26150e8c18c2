@testable import CatallaxModel
import CatallaxNumerics
import Testing

/// The kernel's call step against `CallAuction` on a hand-built order list.
@Suite struct MarketClearingCallKernelTests {
    @Test func aCallSettlesExactlyWhatTheCallAuctionAllocates() {
        var p = MarketClearingParameters()
        p.mechanism = .call
        p.agents = 6
        let batch = MarketClearingKernel<SIMD2<Double>>(sizedFor: p)
        batch._reserveCapacity(for: p)
        batch._agents = p.agents
        for i in 0..<p.agents {
            batch._balance[i] = SIMD2(repeating: 100)
            batch._holdings[i] = SIMD2(repeating: 100)
            batch._committedCash[i] = SIMD2()
            batch._committedUnits[i] = SIMD2()
        }
        // (agent, signed quantity, limit tick); lane 1 gets no orders.
        let orders: [(Int, Int, Int)] = [(0, 5, 103), (1, -4, 99), (2, 3, 101), (3, -6, 101), (4, 2, 100), (5, -3, 104)]
        for (k, order) in orders.enumerated() {
            batch._orderAgent[k] = SIMD2(Double(order.0), 0)
            batch._orderQuantity[k] = SIMD2(Double(order.1), 0)
            batch._orderTick[k] = SIMD2(Double(order.2), 1)
            // Draws near 0 keep the submission order: ⌊s·(A − k)⌋ = 0.
            batch._shuffleDraw[k] = SIMD2(repeating: 1e-12)
        }
        batch._laneOrderCount = [orders.count, 0]
        var lastTick = [100, 100]
        var tally = _ClearingTally<SIMD2<Double>>()
        batch._clearCall(clears: true, lastTick: &lastTick, tally: &tally, tickSize: 0.01)

        var auction = try! CallAuction(ticks: 1...1000)
        var fills: [Int] = []
        let book = orders.map { AuctionOrder.limit($0.1 > 0 ? .buy : .sell, tick: $0.2, quantity: abs($0.1)) }
        let clearing = auction.clear(book, referenceTick: 100, fills: &fills)
        let tick = clearing.tick!
        #expect(clearing.volume > 0)
        #expect(lastTick == [tick, 100])
        for (k, order) in orders.enumerated() {
            let units = Double(order.1 > 0 ? fills[k] : -fills[k])
            #expect(batch._holdings[order.0][0] == 100 + units)
            #expect(abs(batch._balance[order.0][0] - (100 - units * Double(tick) * 0.01)) < 1e-12)
            #expect(batch._holdings[order.0][1] == 100)
        }
        #expect(abs(tally.volume[0] - Double(clearing.volume) * Double(tick) * 0.01) < 1e-12)
        #expect(tally.filled[0] == 2 * Double(clearing.volume))
        #expect(tally.ordered[0] == 23)
        #expect(abs(tally.realized[0] - tally.maximum[0]) < 1e-12)
        #expect(tally.maximum[0] > 0)
    }

    @Test func maximumSurplusOfAHandBuiltWindow() {
        let p = MarketClearingParameters()
        let batch = MarketClearingKernel<SIMD2<Double>>(sizedFor: p)
        // Buyers value 5 (2 units) and 3 (1 unit); sellers cost 2 (1 unit) and 4 (2 units).
        // Competitive: 5 vs 2 (1 unit, +3), 5 vs 4 (1 unit, +1); 3 vs 4 does not trade.
        batch._tickBuys[5] = 2
        batch._tickBuys[3] = 1
        batch._tickSells[2] = 1
        batch._tickSells[4] = 2
        #expect(batch._maximumSurplus(lowestTick: 2, highestTick: 5) == 4)
        #expect((2...5).allSatisfy { batch._tickBuys[$0] == 0 && batch._tickSells[$0] == 0 })
    }
}
