import CatallaxModel
import CatallaxNumerics
import PropertyBased
import Testing

extension Markets {
    /// Seeded random proportional-share instances: budgets, capacity
    /// conservation, the price-taking optimum against water filling, and
    /// lanes that equal their single-lane results bit for bit.
    @Suite struct ProportionalSharePropertyTests {
        /// One instance: capacity, utility scales (about 15 % zero), offsets
        /// and budgets (about a third binding), and a quote.
        struct Instance {
            var capacity: Double
            var utilityScales: [Double]
            var offsets: [Double]
            var budgets: [Double]
            var quote: Double
        }

        static let instances = zip(
            logUniform(0.5...20), logUniform(0.2...5),
            zip(Gen.double(in: 0...1), logUniform(0.1...50), logUniform(0.1...10), logUniform(0.05...20)).array(of: 1...10)
        ).map { capacity, quote, agents in
            Instance(
                capacity: capacity, utilityScales: agents.map { $0.0 < 0.15 ? 0 : $0.1 }, offsets: agents.map(\.2),
                budgets: agents.map { $0.0 > 0.6 ? $0.3 : 1e6 }, quote: quote)
        }

        @Test func priceTakingBidsPayForTheCapacityWithinBudget() {
            seededCheck(Self.instances, count: 400, seed: 0x4B50_5431) { instance in
                let kelly = ProportionalShare.priceTaking(
                    capacity: instance.capacity, utilityScales: instance.utilityScales, offsets: instance.offsets,
                    budgets: instance.budgets)
                let total = kelly.bids.reduce(0, +)
                for (i, w) in kelly.bids.enumerated() {
                    #expect(w >= 0 && w <= instance.budgets[i], "agent \(i)")
                }
                guard total > 0 else {
                    #expect(kelly.allocations.allSatisfy { $0 == 0 })
                    return
                }
                // F(μ*) = 0: the bids pay μ*·C.
                expectClose(total, kelly.price * instance.capacity, relative: 1e-12)
                expectClose(kelly.allocations.reduce(0, +), instance.capacity, relative: 1e-14)
            }
        }

        @Test func priceTakingWithSlackBudgetsIsTheWaterFillingOptimum() {
            seededCheck(Self.instances, count: 400, seed: 0x4B50_5432) { instance in
                let ample = instance.budgets.map { _ in 1e6 }
                let kelly = ProportionalShare.priceTaking(
                    capacity: instance.capacity, utilityScales: instance.utilityScales, offsets: instance.offsets,
                    budgets: ample)
                let optimum = WaterFilling.solve(
                    capacity: instance.capacity, weights: instance.utilityScales, offsets: instance.offsets)
                guard kelly.bids.contains(where: { $0 > 0 }) else { return }
                expectClose(1 / kelly.price, optimum.level, relative: 1e-12)
                for (x, expected) in zip(kelly.allocations, optimum.allocations) {
                    expectClose(x, expected, relative: 0, absolute: 1e-11 * instance.capacity)
                }
            }
        }

        @Test func gaussSeidelKeepsBudgetsAndAllocatesTheCapacity() {
            seededCheck(Self.instances, count: 300, seed: 0x4750_5331) { instance in
                let nash = ProportionalShare.anticipating(
                    capacity: instance.capacity, utilityScales: instance.utilityScales, offsets: instance.offsets,
                    budgets: instance.budgets, quote: instance.quote, rounds: 10)
                for (i, w) in nash.bids.enumerated() { #expect(w >= 0 && w <= instance.budgets[i], "agent \(i)") }
                #expect(nash.residual >= 0)
                if nash.bids.contains(where: { $0 > 0 }) {
                    expectClose(nash.allocations.reduce(0, +), instance.capacity, relative: 1e-14)
                }
            }
        }

        @Test func lanesEqualTheirSingleLaneResults() {
            seededCheck(Self.instances.array(of: 8), count: 120, seed: 0x4C41_4E50) { group in
                check(SIMD4<Double>.self, group)
                check(SIMD8<Double>.self, group)
            }

            func check<V: LaneVector>(_: V.Type, _ group: [Instance]) {
                let scales = commonLength(group.map(\.utilityScales))
                let offsets = commonLength(group.map(\.offsets))
                let budgets = commonLength(group.map(\.budgets))
                let a: [V] = laneColumns(scales)
                let b: [V] = laneColumns(offsets)
                let β: [V] = laneColumns(budgets)
                let capacity: V = lanes(group.map(\.capacity))
                let quote: V = lanes(group.map(\.quote))
                var bids = a.indices.map {
                    ProportionalShare.priceTakingBid(price: quote, utilityScale: a[$0], offset: b[$0], budget: β[$0])
                }
                let (takingPrice, anticipatingPrice, total, residual) = a.withUnsafeBufferPointer { a in
                    b.withUnsafeBufferPointer { b in
                        β.withUnsafeBufferPointer { β in
                            let taking = ProportionalShare.priceTakingPrice(
                                capacity: capacity, utilityScales: a, offsets: b, budgets: β, fixedBids: .zero)
                            let anticipating = ProportionalShare.anticipatingPrice(
                                capacity: capacity, utilityScales: a, offsets: b, budgets: β, fixedBids: .zero)
                            let rounds = bids.withUnsafeMutableBufferPointer {
                                ProportionalShare.anticipatingBids(
                                    bids: $0, fixedBids: .zero, capacity: capacity, utilityScales: a, offsets: b,
                                    budgets: β, minimumBid: V(repeating: 1e-9), rounds: 7)
                            }
                            return (taking, anticipating, rounds.total, rounds.residual)
                        }
                    }
                }
                for lane in 0..<V.scalarCount {
                    let kelly = ProportionalShare.priceTaking(
                        capacity: group[lane].capacity, utilityScales: scales[lane], offsets: offsets[lane],
                        budgets: budgets[lane])
                    let equilibrium = ProportionalShare.anticipatingEquilibrium(
                        capacity: group[lane].capacity, utilityScales: scales[lane], offsets: offsets[lane],
                        budgets: budgets[lane])
                    let nash = ProportionalShare.anticipating(
                        capacity: group[lane].capacity, utilityScales: scales[lane], offsets: offsets[lane],
                        budgets: budgets[lane], quote: group[lane].quote, rounds: 7)
                    #expect(takingPrice[lane].bitPattern == kelly.price.bitPattern, "lane \(lane)")
                    #expect(anticipatingPrice[lane].bitPattern == equilibrium.price.bitPattern, "lane \(lane)")
                    #expect(residual[lane].bitPattern == nash.residual.bitPattern, "lane \(lane)")
                    #expect(bids.map { $0[lane] } == nash.bids, "lane \(lane)")
                    #expect(total[lane] == nash.bids.reduce(0, +), "lane \(lane)")
                    let x = bids.map { ProportionalShare.allocation(bid: $0, total: total, capacity: capacity)[lane] }
                    #expect(x == nash.allocations, "lane \(lane)")
                }
            }
        }
    }
}
