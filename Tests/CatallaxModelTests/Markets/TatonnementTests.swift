import CatallaxModel
import CatallaxNumerics
import PropertyBased
import Testing

extension Markets {
    /// Tâtonnement on the linear market `D = a − bP`, `O = c + dP`, where
    /// `P' = P + λ(D − O)` has error factor `1 − λ(b + d)` per step: it
    /// converges iff `0 < λ(b + d) < 2`, to `P* = (a − c)/(b + d)`.
    @Suite struct TatonnementTests {
        /// `a = 100, b = 1, c = 20, d = 3`: `P* = 20`, `b + d = 4`,
        /// `λ_max = 0.5`; the rates below are exact binary fractions, so the
        /// error factors `1 − 4λ` are exact.
        static let market: WalrasianMarket<LinearSchedule, LinearSchedule> = {
            do {
                return WalrasianMarket(
                    demand: try LinearSchedule(intercept: 100, slope: -1), supply: try LinearSchedule(intercept: 20, slope: 3))
            } catch {
                preconditionFailure("\(error)")
            }
        }()
        static let equilibrium = 20.0

        /// The errors `P_t − P*` of `steps` linear adjustments from `P₀ = 30`.
        func errors(rate: Double, adjustment: PriceAdjustment = .linear, steps: Int) throws -> [Double] {
            let t = try Tatonnement(rate: rate, adjustment: adjustment)
            var p = 30.0
            var errors = [p - Self.equilibrium]
            for _ in 0..<steps {
                let supplied = Self.market.supply.quantity(atPrice: p)
                p = t.nextPrice(after: p, excessDemand: Self.market.demand.quantity(atPrice: p) - supplied, supply: supplied)
                errors.append(p - Self.equilibrium)
            }
            return errors
        }

        @Test func stabilityBoundIsTwoOverTheSlopeSum() {
            #expect(PriceAdjustment.linear.maximumStableRate(excessDemandSlope: -4, supply: 80) == 0.5)
            #expect(PriceAdjustment.saturated(scale: 3).maximumStableRate(excessDemandSlope: -4, supply: 80) == 0.5)
            #expect(PriceAdjustment.relative.maximumStableRate(excessDemandSlope: -4, supply: 80) == 40)
        }

        @Test func smallRateConvergesMonotonically() throws {
            // λ(b + d) = 0.5: the error halves every step, keeping its sign.
            let e = try errors(rate: 0.125, steps: 30)
            for t in 1..<e.count { #expect(e[t] == e[t - 1] * 0.5) }
            let outcome = try Tatonnement(rate: 0.125).adjust(Self.market, from: 30, maximumSteps: 200, tolerance: 1e-9)
            #expect(outcome.converged)
            #expect(abs(outcome.price - Self.equilibrium) <= 1e-9 / 4)
        }

        @Test func rateBetweenHalfAndFullBoundConvergesWithOscillation() throws {
            // λ(b + d) = 1.5: factor −0.5, the error alternates in sign.
            let e = try errors(rate: 0.375, steps: 30)
            for t in 1..<e.count { #expect(e[t] == e[t - 1] * -0.5) }
            let outcome = try Tatonnement(rate: 0.375).adjust(Self.market, from: 30, maximumSteps: 200, tolerance: 1e-9)
            #expect(outcome.converged)
        }

        @Test func rateAtTheBoundCyclesBetweenTwoPrices() throws {
            // λ(b + d) = 2: factor −1, the price alternates 30, 10, 30, …
            let e = try errors(rate: 0.5, steps: 40)
            for t in 1..<e.count { #expect(e[t] == -e[t - 1]) }
            let outcome = try Tatonnement(rate: 0.5).adjust(Self.market, from: 30, maximumSteps: 200, tolerance: 1e-9)
            #expect(!outcome.converged)
            #expect(outcome.steps == 200)
        }

        @Test func rateAboveTheBoundDiverges() throws {
            // λ(b + d) = 2.5: factor −1.5, the oscillation grows.
            let e = try errors(rate: 0.625, steps: 40)
            for t in 1..<e.count { #expect(e[t] == e[t - 1] * -1.5) }
            #expect(abs(e[40]) > 1e7 * abs(e[0]))
        }

        @Test func convergenceHoldsExactlyBelowTheBoundOnRandomLinearMarkets() throws {
            // Rates at a random fraction of 2/(b + d): below 1 converge,
            // above 1 (here ≥ 1.05) never do.
            let input = zip(
                Gen.double(in: 50...150), logUniform(0.1...10), Gen.double(in: 0...40), logUniform(0.1...10),
                Gen.double(in: 0.05...1.6))
            try seededCheck(input, count: 300, seed: 0x5441_544F) { a, b, c, d, fraction in
                guard fraction < 0.97 || fraction > 1.05 else { return }
                let market = WalrasianMarket(
                    demand: try LinearSchedule(intercept: a, slope: -b), supply: try LinearSchedule(intercept: c, slope: d))
                let bound = PriceAdjustment.linear.maximumStableRate(excessDemandSlope: -(b + d), supply: 1)
                let t = try Tatonnement(rate: fraction * bound)
                let fixedPoint = (a - c) / (b + d)
                let outcome = t.adjust(market, from: fixedPoint + 5, maximumSteps: 2000, tolerance: 1e-8 * a)
                #expect(outcome.converged == (fraction < 1), "fraction \(fraction)")
                if outcome.converged { #expect(abs(outcome.price - fixedPoint) <= 1e-8 * a / (b + d) * 1.01) }
            }
        }

        @Test func relativeAdjustmentHasTheSupplyScaledBound() throws {
            // Bound 2·O(P*)/(b + d) = 2·80/4 = 40; locally linear.
            let below = try Tatonnement(rate: 36, adjustment: .relative)
                .adjust(Self.market, from: 20.01, maximumSteps: 3000, tolerance: 1e-10)
            #expect(below.converged)
            let above = try Tatonnement(rate: 44, adjustment: .relative)
                .adjust(Self.market, from: 20.01, maximumSteps: 3000, tolerance: 1e-10)
            #expect(!above.converged)
        }

        @Test func saturatedAdjustmentBoundsEveryStep() throws {
            // c = 2: |ΔP| ≤ λ·c = 0.25 however large the excess demand.
            let t = try Tatonnement(rate: 0.125, adjustment: .saturated(scale: 2))
            var p = 1000.0
            for _ in 0..<50 {
                let z = Self.market.excessDemand(atPrice: p)
                let next = t.nextPrice(after: p, excessDemand: z, supply: 1)
                #expect(abs(next - p) <= 0.25)
                p = next
            }
            // Near P* it is the linear map: converges at the same rate bound.
            let outcome = t.adjust(Self.market, from: 25, maximumSteps: 500, tolerance: 1e-9)
            #expect(outcome.converged)
        }

        @Test func saturatedAdjustmentAboveTheBoundOscillatesBoundedly() throws {
            let t = try Tatonnement(rate: 0.625, adjustment: .saturated(scale: 2))
            let outcome = t.adjust(Self.market, from: 20.5, maximumSteps: 400, tolerance: 1e-9)
            #expect(!outcome.converged)
            // Steps never exceed λ·c = 1.25, so the price stays near P*.
            #expect(abs(outcome.price - Self.equilibrium) <= 1.25)
        }

        @Test func lanesMatchScalar() throws {
            let prices = SIMD4<Double>(30, 20, 10.5, 1e3)
            let z = SIMD4<Double>(-40, 0, 1e-9, 123.4)
            let s = SIMD4<Double>(110, 80, 51.5, 3020)
            for adjustment in [PriceAdjustment.linear, .relative] {
                let t = try Tatonnement(rate: 0.3, adjustment: adjustment)
                let lanes = t.nextPrice(after: prices, excessDemand: z, supply: s)
                for i in 0..<4 { #expect(lanes[i] == t.nextPrice(after: prices[i], excessDemand: z[i], supply: s[i])) }
            }
            // Saturated: the lane tanh through expm1 agrees with libm's tanh
            // to a few ulps of the step.
            let t = try Tatonnement(rate: 0.3, adjustment: .saturated(scale: 5))
            let lanes = t.nextPrice(after: prices, excessDemand: z, supply: s)
            for i in 0..<4 {
                let step = t.priceChange(excessDemand: z[i], supply: s[i])
                expectClose(lanes[i] - prices[i], step, relative: 1e-12, absolute: 4 * prices[i].ulp)
            }
        }

        @Test func invalidParametersAreRejected() {
            #expect(throws: MarketError.self) { try Tatonnement(rate: 0) }
            #expect(throws: MarketError.self) { try Tatonnement(rate: .infinity) }
            #expect(throws: MarketError.self) { try Tatonnement(rate: 1, adjustment: .saturated(scale: -1)) }
        }
    }
}
