import CatallaxModel
import PropertyBased
import Testing

extension Markets {
    /// The price-anticipating Nash equilibrium: the bisection on its price
    /// against Johari and Tsitsiklis's conditions, Gauss–Seidel rounds
    /// against the bisection where they converge, and an instance where they
    /// cycle.
    @Suite struct ProportionalShareEquilibriumTests {
        static let instances = ProportionalSharePropertyTests.instances

        /// Moderate spreads (first-unit values `A/B` within a factor 20),
        /// ample budgets: Gauss–Seidel converges on all of them.
        static let moderate = zip(
            logUniform(0.5...20), zip(logUniform(0.5...5), logUniform(0.5...2)).array(of: 2...12)
        ).map { capacity, agents in (capacity, agents.map(\.0), agents.map(\.1)) }

        /// Expects Johari and Tsitsiklis's equilibrium conditions, `μ = S/C`:
        /// `u′(x)(1 − x/C) = μ` for `0 < w < β`, `≥ μ` for `w = β`, and
        /// `u′(0) ≤ μ` for `w = 0`.
        static func expectEquilibrium(
            _ bids: [Double], capacity: Double, utilityScales: [Double], offsets: [Double], budgets: [Double],
            tolerance: Double, sourceLocation: SourceLocation = #_sourceLocation
        ) {
            let total = bids.reduce(0, +)
            let price = total / capacity
            for (i, w) in bids.enumerated() {
                let x = capacity * w / total
                let marginal = utilityScales[i] / (offsets[i] + x) * (1 - x / capacity)
                if w == 0 {
                    #expect(utilityScales[i] / offsets[i] <= price * (1 + tolerance), "agent \(i)", sourceLocation: sourceLocation)
                } else if w == budgets[i] {
                    #expect(marginal >= price * (1 - tolerance), "agent \(i)", sourceLocation: sourceLocation)
                } else {
                    expectClose(marginal, price, relative: tolerance, "agent \(i)", sourceLocation: sourceLocation)
                }
            }
        }

        @Test func bisectionFindsKnownAnswerB() {
            // (b): μ = 1, d = (2/3, 1/3): d(1) = (5 − 1)/(5 + 1), (2 − 1)/(2 + 1).
            let nash = ProportionalShare.anticipatingEquilibrium(
                capacity: 1, utilityScales: [5, 2], offsets: [1, 1], budgets: [1e6, 1e6])
            expectClose(nash.price, 1, relative: 0, absolute: 1e-12)
            expectClose(nash.bids[0], 2.0 / 3, relative: 0, absolute: 1e-12)
            expectClose(nash.bids[1], 1.0 / 3, relative: 0, absolute: 1e-12)
        }

        @Test func bisectionSatisfiesTheEquilibriumConditions() {
            seededCheck(Self.instances, count: 400, seed: 0x4E45_4249) { instance in
                let nash = ProportionalShare.anticipatingEquilibrium(
                    capacity: instance.capacity, utilityScales: instance.utilityScales, offsets: instance.offsets,
                    budgets: instance.budgets)
                for (i, w) in nash.bids.enumerated() { #expect(w >= 0 && w <= instance.budgets[i], "agent \(i)") }
                // With fewer than two bidders there is no equilibrium (a lone
                // bidder's best bid tends to 0).
                guard nash.bids.filter({ $0 > 0 }).count >= 2 else { return }
                expectClose(nash.bids.reduce(0, +), nash.price * instance.capacity, relative: 1e-12)
                expectClose(nash.allocations.reduce(0, +), instance.capacity, relative: 1e-14)
                Self.expectEquilibrium(
                    nash.bids, capacity: instance.capacity, utilityScales: instance.utilityScales,
                    offsets: instance.offsets, budgets: instance.budgets, tolerance: 1e-9)
            }
        }

        @Test func gaussSeidelConvergesToTheBisectionOnModerateSpreads() {
            seededCheck(Self.moderate, count: 200, seed: 0x4753_4E45) { capacity, scales, offsets in
                let budgets = scales.map { _ in 1e6 }
                let rounds = ProportionalShare.anticipating(
                    capacity: capacity, utilityScales: scales, offsets: offsets, budgets: budgets, quote: 1, rounds: 400)
                let nash = ProportionalShare.anticipatingEquilibrium(
                    capacity: capacity, utilityScales: scales, offsets: offsets, budgets: budgets)
                #expect(rounds.residual < 1e-13)
                let total = nash.bids.reduce(0, +)
                for (w, expected) in zip(rounds.bids, nash.bids) {
                    expectClose(w, expected, relative: 0, absolute: 1e-10 * total)
                }
                Self.expectEquilibrium(
                    rounds.bids, capacity: capacity, utilityScales: scales, offsets: offsets, budgets: budgets,
                    tolerance: 1e-9)
            }
        }

        @Test func gaussSeidelCanCycleWhereTheBisectionFindsTheEquilibrium() {
            // A dominant agent (A/B = 53) and a weak one (A/B = 1/16). Once the
            // dominant bid prices the weak agent out, the dominant agent faces
            // no bid and answers with the minimum bid; the weak agent then
            // bids again, and the pair goes round a three-round cycle. The
            // equilibrium (μ ≈ 0.0618) is repelling under best responses.
            let scales = [40.0, 0.125]
            let offsets = [0.75, 2.0]
            let budgets = [1e6, 1e6]
            let residuals = [60, 61, 62].map {
                ProportionalShare.anticipating(
                    capacity: 2.5, utilityScales: scales, offsets: offsets, budgets: budgets, quote: 1, rounds: $0
                ).residual
            }
            #expect(residuals.allSatisfy { $0 > 0.5 })
            let nash = ProportionalShare.anticipatingEquilibrium(
                capacity: 2.5, utilityScales: scales, offsets: offsets, budgets: budgets)
            #expect(nash.bids.allSatisfy { $0 > 0 })
            Self.expectEquilibrium(
                nash.bids, capacity: 2.5, utilityScales: scales, offsets: offsets, budgets: budgets, tolerance: 1e-12)
        }

        @Test func fixedBidsCountAmongTheOthers() {
            // One agent against fixed bids F alone: its best response to W = F
            // is its equilibrium bid, and the bisection finds the same.
            let capacity = SIMD2<Double>(repeating: 2)
            let fixed = SIMD2<Double>(0.5, 3)
            let response = ProportionalShare.bestResponse(
                othersBids: fixed, capacity: capacity, utilityScale: SIMD2(repeating: 4), offset: SIMD2(repeating: 1),
                budget: SIMD2(repeating: 1e6), minimumBid: SIMD2(repeating: 1e-9))
            let a = [SIMD2<Double>(repeating: 4)]
            let b = [SIMD2<Double>(repeating: 1)]
            let β = [SIMD2<Double>(repeating: 1e6)]
            let price = a.withUnsafeBufferPointer { a in
                b.withUnsafeBufferPointer { b in
                    β.withUnsafeBufferPointer {
                        ProportionalShare.anticipatingPrice(
                            capacity: capacity, utilityScales: a, offsets: b, budgets: $0, fixedBids: fixed)
                    }
                }
            }
            let bid = ProportionalShare.anticipatingBid(
                price: price, capacity: capacity, utilityScale: a[0], offset: b[0], budget: β[0])
            for lane in 0..<2 {
                expectClose(bid[lane], response[lane], relative: 1e-12)
                expectClose(bid[lane] + fixed[lane], price[lane] * capacity[lane], relative: 1e-12)
            }
            // And Gauss–Seidel, which sees the fixed bids in every W, stays there.
            var bids = [bid]
            let rounds = bids.withUnsafeMutableBufferPointer { w in
                a.withUnsafeBufferPointer { a in
                    b.withUnsafeBufferPointer { b in
                        β.withUnsafeBufferPointer {
                            ProportionalShare.anticipatingBids(
                                bids: w, fixedBids: fixed, capacity: capacity, utilityScales: a, offsets: b, budgets: $0,
                                minimumBid: SIMD2(repeating: 1e-9), rounds: 2)
                        }
                    }
                }
            }
            for lane in 0..<2 {
                expectClose(bids[0][lane], bid[lane], relative: 1e-12)
                #expect(rounds.residual[lane] < 1e-12)
                #expect(rounds.total[lane] == bids[0][lane] + fixed[lane])
            }
        }
    }
}
