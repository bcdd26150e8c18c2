#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CatallaxModel
import PropertyBased
import Testing

extension Markets {
    /// Walrasian clearing: Brent's method against closed-form clearing
    /// prices; step schedules settled by the call-auction rules.
    @Suite struct WalrasianMarketTests {
        /// `D = a − b·p`, `O = c + d·p`.
        func linear(_ a: Double, _ b: Double, _ c: Double, _ d: Double) throws -> WalrasianMarket<LinearSchedule, LinearSchedule> {
            WalrasianMarket(
                demand: try LinearSchedule(intercept: a, slope: -b), supply: try LinearSchedule(intercept: c, slope: d))
        }

        @Test func linearMarketClearsAtTheClosedForm() throws {
            // p* = (100 − 10)/(2 + 4) = 15, q* = 70.
            let e = try linear(100, 2, 10, 4).clearingPrice(in: 0...50)
            expectClose(e.price, 15, relative: 4 * Double.ulpOfOne)
            expectClose(e.demand, 70, relative: 1e-14)
            expectClose(e.supply, 70, relative: 1e-14)
            #expect(abs(e.excessDemand) <= 1e-12)
        }

        @Test func isoelasticMarketClearsAtTheClosedForm() throws {
            // D = 200·p^(−1.5), O = 50·p^(0.5): p* = (200/50)^(1/2) = 2.
            let market = WalrasianMarket(
                demand: try IsoelasticSchedule(scale: 200, elasticity: -1.5),
                supply: try IsoelasticSchedule(scale: 50, elasticity: 0.5))
            let e = try market.clearingPrice(in: 0.1...100)
            expectClose(e.price, 2, relative: 4 * Double.ulpOfOne)
            expectClose(e.supply, 50 * 2.0.squareRoot(), relative: 1e-14)
            #expect(e.evaluations < 40)
        }

        @Test func randomIsoelasticMarketsMeetTheirClosedForm() throws {
            // p* = (A/B)^(1/(α+β)) for D = A·p^(−α), O = B·p^β.
            let input = zip(logUniform(0.01...100), logUniform(0.01...100), Gen.double(in: 0.2...3), Gen.double(in: 0.2...3))
            try seededCheck(input, count: 300, seed: 0x5741_4C52) { a, b, alpha, beta in
                let market = WalrasianMarket(
                    demand: try IsoelasticSchedule(scale: a, elasticity: -alpha),
                    supply: try IsoelasticSchedule(scale: b, elasticity: beta))
                let exact = pow(a / b, 1 / (alpha + beta))
                let e = try market.clearingPrice(in: exact / 50...exact * 50)
                // pow's own rounding of the closed form adds a few ulps.
                expectClose(e.price, exact, relative: 1e-14, "A \(a) B \(b) α \(alpha) β \(beta)")
            }
        }

        @Test func toleranceBoundsTheErrorAndSavesEvaluations() throws {
            let market = WalrasianMarket(
                demand: try IsoelasticSchedule(scale: 200, elasticity: -1.5),
                supply: try IsoelasticSchedule(scale: 50, elasticity: 0.5))
            let loose = try market.clearingPrice(in: 0.1...100, tolerance: 1e-3)
            let tight = try market.clearingPrice(in: 0.1...100)
            #expect(abs(loose.price - 2) <= 1e-3 + 8 * Double.ulpOfOne)
            #expect(loose.evaluations < tight.evaluations)
        }

        @Test func rootAtABracketEndIsReturnedExactly() throws {
            let e = try linear(100, 2, 10, 4).clearingPrice(in: 15...20)
            #expect(e.price == 15)
            #expect(e.evaluations == 2)
        }

        @Test func sameSignAtBothEndsIsNotBracketed() throws {
            #expect(throws: MarketError.notBracketed(lower: 0, upper: 10, excessAtLower: 90, excessAtUpper: 30)) {
                try linear(100, 2, 10, 4).clearingPrice(in: 0...10)
            }
        }

        @Test func nonFiniteExcessDemandIsReported() throws {
            let market = WalrasianMarket(
                demand: try IsoelasticSchedule(scale: 1, elasticity: -1),
                supply: try IsoelasticSchedule(scale: 1, elasticity: 1))
            #expect(throws: MarketError.nonFiniteExcessDemand(price: 0, value: .infinity)) {
                try market.clearingPrice(in: 0...5)
            }
        }

        @Test func badArgumentsAreRejected() throws {
            let market = try linear(100, 2, 10, 4)
            #expect(throws: MarketError.self) { try market.clearingPrice(in: 0...Double.infinity) }
            #expect(throws: MarketError.self) { try market.clearingPrice(in: 0...50, tolerance: -1) }
            #expect(throws: MarketError.self) { try LinearSchedule(intercept: .nan, slope: 1) }
            #expect(throws: MarketError.self) { try IsoelasticSchedule(scale: 0, elasticity: 1) }
            #expect(throws: MarketError.self) { try StepSchedule(.buy, steps: [.init(tick: 5, quantity: 0)]) }
        }

        @Test func stepSchedulesCountExecutableUnits() throws {
            let demand = try StepSchedule(.buy, steps: [.init(tick: 102, quantity: 3), .init(tick: 100, quantity: 5)])
            let supply = try StepSchedule(.sell, steps: [.init(tick: 98, quantity: 2), .init(tick: 101, quantity: 4)])
            #expect(demand.quantity(atPrice: 100) == 8)
            #expect(demand.quantity(atPrice: 100.5) == 3)
            #expect(demand.quantity(atPrice: 103) == 0)
            #expect(supply.quantity(atPrice: 100) == 2)
            #expect(supply.quantity(atPrice: 101) == 6)
        }

        /// The minimum-surplus example of the call-auction tests, as schedules.
        @Test func stepSchedulesSettleByTheCallAuctionRules() throws {
            let market = WalrasianMarket(
                demand: try StepSchedule(
                    .buy, steps: [.init(tick: 102, quantity: 3), .init(tick: 101, quantity: 2), .init(tick: 100, quantity: 5)]),
                supply: try StepSchedule(
                    .sell, steps: [.init(tick: 98, quantity: 2), .init(tick: 100, quantity: 3), .init(tick: 101, quantity: 4)]))
            let clearing = try market.clearingAuction(referenceTick: 100)
            #expect(clearing.tick == 101 && clearing.volume == 5 && clearing.surplus == -4)
            #expect(clearing.rule == .minimumSurplus)
            // Brent only finds some point of the jump of Z: it lies between
            // the prices of the two tied candidates, 100 and 101.
            let brent = try market.clearingPrice(in: 90...110, tolerance: 1e-9)
            #expect(brent.price >= 100 && brent.price <= 101)
        }

        @Test func stepSchedulesMustHaveTheirSides() throws {
            let buys = try StepSchedule(.buy, steps: [.init(tick: 1, quantity: 1)])
            #expect(throws: MarketError.self) {
                try WalrasianMarket(demand: buys, supply: buys).clearingAuction(referenceTick: 1)
            }
        }
    }
}
