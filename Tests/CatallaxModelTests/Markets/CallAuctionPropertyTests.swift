import CatallaxModel
import PropertyBased
import Testing

extension Markets {
    /// Seeded random auctions checked against brute force over every tick.
    @Suite struct CallAuctionPropertyTests {
        /// Orders near 100 (10 % market orders), in arrival order.
        static let orders = zip(Gen.int(in: 0...19), Gen.int(in: 94...106), Gen.int(in: 1...9)).map { roll, tick, quantity in
            AuctionOrder(roll % 2 == 0 ? .buy : .sell, limitTick: roll < 2 ? nil : tick, quantity: quantity)
        }.array(of: 0...40)

        static func demand(_ orders: [AuctionOrder], _ p: Int) -> Int {
            orders.filter { $0.side == .buy && ($0.limitTick ?? p) >= p }.reduce(0) { $0 + $1.quantity }
        }

        static func supply(_ orders: [AuctionOrder], _ p: Int) -> Int {
            orders.filter { $0.side == .sell && ($0.limitTick ?? p) <= p }.reduce(0) { $0 + $1.quantity }
        }

        /// Whether `a` comes before `b` in the price-time priority of their side.
        static func precedes(_ a: (Int, AuctionOrder), _ b: (Int, AuctionOrder)) -> Bool {
            switch (a.1.limitTick, b.1.limitTick) {
            case (nil, nil): return a.0 < b.0
            case (nil, _): return true
            case (_, nil): return false
            case let (x?, y?):
                if x != y { return a.1.side == .buy ? x > y : x < y }
                return a.0 < b.0
            }
        }

        @Test func clearingMaximizesVolumeAndRationsByPriceTime() throws {
            var auction = try CallAuction(ticks: 90...110)
            var fills: [Int] = []
            seededCheck(Self.orders, count: 400, seed: 0x4341_4C4C) { orders in
                let clearing = auction.clear(orders, referenceTick: 100, fills: &fills)
                // Volume is the maximum over all ticks of min(D, S).
                let best = (90...110).map { min(Self.demand(orders, $0), Self.supply(orders, $0)) }.max() ?? 0
                #expect(clearing.volume == best)
                guard let p = clearing.tick else {
                    #expect(best == 0)
                    #expect(fills.allSatisfy { $0 == 0 })
                    return
                }
                let d = Self.demand(orders, p), s = Self.supply(orders, p)
                #expect(clearing.surplus == d - s)
                // Among the limit prices with that volume, none has a smaller surplus.
                let limits = Set(orders.compactMap(\.limitTick))
                for l in limits where min(Self.demand(orders, l), Self.supply(orders, l)) == best {
                    #expect(abs(Self.demand(orders, l) - Self.supply(orders, l)) >= abs(d - s))
                }
                for side in OrderSide.allCases {
                    let indexed = orders.enumerated().filter { $0.element.side == side }.map { ($0.offset, $0.element) }
                    #expect(indexed.reduce(0) { $0 + fills[$1.0] } == clearing.volume)
                    for (i, order) in indexed {
                        #expect(fills[i] >= 0 && fills[i] <= order.quantity)
                        let executable = order.limitTick.map { side == .buy ? $0 >= p : $0 <= p } ?? true
                        if !executable { #expect(fills[i] == 0) }
                        // An order that executes at all has everything ahead
                        // of it in priority filled in full (so fills run:
                        // full, …, full, at most one partial, none, …).
                        if fills[i] > 0 {
                            for (j, other) in indexed where Self.precedes((j, other), (i, order)) {
                                #expect(fills[j] == other.quantity)
                            }
                        }
                    }
                }
            }
        }
    }
}
