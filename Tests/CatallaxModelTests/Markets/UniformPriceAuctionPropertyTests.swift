import CatallaxModel
import CatallaxNumerics
import PropertyBased
import Testing

extension Markets {
    /// Seeded random uniform-price auctions against a sort-based reference,
    /// with the rule's invariants, order independence and lane independence.
    @Suite struct UniformPriceAuctionPropertyTests {
        /// One auction: capacity, reserve and bids `(Q, v)`; limits are often
        /// on a coarse grid so that ties at the clearing price are common,
        /// and some quantities are 0.
        struct Auction {
            var capacity: Double
            var reserve: Double
            var quantities: [Double]
            var limits: [Double]
        }

        static let auctions = zip(
            Gen.double(in: 0.1...12), Gen.double(in: 0...2),
            zip(Gen.double(in: 0...1), Gen.double(in: 0...4), Gen.int(in: 0...12), Gen.double(in: 0...6)).array(of: 0...16)
        ).map { capacity, reserve, bids in
            Auction(
                capacity: capacity, reserve: reserve < 0.3 ? 0 : reserve,
                quantities: bids.map { $0.0 < 0.1 ? 0 : $0.1 },
                limits: bids.map { $0.0 > 0.5 ? Double($0.2) * 0.5 : $0.3 })
        }

        /// Sort-based clearing: walk the distinct eligible limits from the top
        /// and stop at the first whose cumulative quantity reaches `C`.
        static func reference(_ auction: Auction) -> (price: Double, filled: [Double]) {
            let eligible = auction.limits.indices.filter { auction.limits[$0] >= auction.reserve }
            let levels = Set(eligible.map { auction.limits[$0] }).sorted(by: >)
            func quantity(_ included: (Double) -> Bool) -> Double {
                eligible.filter { included(auction.limits[$0]) }.reduce(0) { $0 + auction.quantities[$1] }
            }
            guard quantity({ _ in true }) > auction.capacity else {
                return (auction.reserve, auction.quantities.indices.map { eligible.contains($0) ? auction.quantities[$0] : 0 })
            }
            for price in levels where quantity({ $0 >= price }) >= auction.capacity {
                let above = quantity { $0 > price }
                let at = quantity { $0 == price }
                let share = (auction.capacity - above) / at
                let filled = auction.limits.indices.map { k in
                    auction.limits[k] > price ? auction.quantities[k]
                        : auction.limits[k] == price ? auction.quantities[k] * share : 0
                }
                return (price, filled)
            }
            preconditionFailure("the lowest eligible level takes the whole eligible quantity")
        }

        @Test func clearingAgreesWithTheSortedReference() {
            seededCheck(Self.auctions, count: 600, seed: 0x5550_4131) { auction in
                let cleared = UniformPriceAuction.clear(
                    capacity: auction.capacity, quantities: auction.quantities, limits: auction.limits,
                    reserve: auction.reserve)
                let expected = Self.reference(auction)
                #expect(cleared.price == expected.price)
                for (x, y) in zip(cleared.filled, expected.filled) {
                    expectClose(x, y, relative: 1e-14, absolute: 1e-14 * auction.capacity)
                }
            }
        }

        @Test func fillsRespectTheRule() {
            seededCheck(Self.auctions, count: 600, seed: 0x5550_4132) { auction in
                let cleared = UniformPriceAuction.clear(
                    capacity: auction.capacity, quantities: auction.quantities, limits: auction.limits,
                    reserve: auction.reserve)
                let eligible = auction.limits.indices.filter { auction.limits[$0] >= auction.reserve }
                let oversubscribed = eligible.reduce(0) { $0 + auction.quantities[$1] } > auction.capacity
                let sold = cleared.filled.reduce(0, +)
                #expect(sold <= auction.capacity * (1 + 1e-14))
                if oversubscribed { expectClose(sold, auction.capacity, relative: 1e-14) }
                #expect(cleared.price >= auction.reserve)
                for k in auction.limits.indices {
                    let q = auction.quantities[k]
                    let v = auction.limits[k]
                    let x = cleared.filled[k]
                    #expect(x >= 0 && x <= q, "bid \(k)")
                    if v > cleared.price { #expect(x == q, "bid \(k)") }
                    if v < cleared.price { #expect(x == 0, "bid \(k)") }
                    #expect(cleared.price * x <= v * q, "bid \(k)")
                }
            }
        }

        @Test func priceDoesNotDependOnBidOrder() {
            seededCheck(zip(Self.auctions, Gen.int(in: 0...1000)), count: 300, seed: 0x5550_4133) { auction, seed in
                var rng = Xoshiro(seed: (UInt64(seed), 1, 2, 3))
                let order = auction.limits.indices.shuffled(using: &rng)
                let cleared = UniformPriceAuction.clear(
                    capacity: auction.capacity, quantities: auction.quantities, limits: auction.limits,
                    reserve: auction.reserve)
                let shuffled = UniformPriceAuction.clear(
                    capacity: auction.capacity, quantities: order.map { auction.quantities[$0] },
                    limits: order.map { auction.limits[$0] }, reserve: auction.reserve)
                #expect(shuffled.price == cleared.price)
                for (position, k) in order.enumerated() {
                    expectClose(shuffled.filled[position], cleared.filled[k], relative: 1e-14, absolute: 1e-15)
                }
            }
        }

        @Test func lanesEqualTheirSingleLaneResults() {
            seededCheck(Self.auctions.array(of: 8), count: 150, seed: 0x5550_4134) { group in
                check(SIMD4<Double>.self, group)
                check(SIMD8<Double>.self, group)
            }

            func check<V: LaneVector>(_: V.Type, _ group: [Auction]) {
                let quantities = commonLength(group.map(\.quantities))
                let limits = commonLength(group.map(\.limits))
                let q: [V] = laneColumns(quantities.map { $0.isEmpty ? [0] : $0 })
                let v: [V] = laneColumns(limits.map { $0.isEmpty ? [0] : $0 })
                let capacity: V = lanes(group.map(\.capacity))
                let (price, share) = q.withUnsafeBufferPointer { q in
                    v.withUnsafeBufferPointer {
                        UniformPriceAuction.clear(capacity: capacity, quantities: q, limits: $0, reserve: lanes(group.map(\.reserve)))
                    }
                }
                for lane in 0..<V.scalarCount {
                    let alone = UniformPriceAuction.clear(
                        capacity: group[lane].capacity, quantities: q.map { $0[lane] }, limits: v.map { $0[lane] },
                        reserve: group[lane].reserve)
                    #expect(price[lane].bitPattern == alone.price.bitPattern, "lane \(lane)")
                    for k in q.indices {
                        let x = UniformPriceAuction.filled(quantity: q[k], limit: v[k], price: price, marginalShare: share)
                        #expect(x[lane].bitPattern == alone.filled[k].bitPattern, "lane \(lane), bid \(k)")
                    }
                }
            }
        }
    }
}
