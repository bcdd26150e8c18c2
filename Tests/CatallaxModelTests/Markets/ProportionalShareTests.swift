#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CatallaxModel
import Testing

extension Markets {
    /// Proportional share against known answers (a) and (b) of
    /// `docs/ResourceEconomy.md`: Kelly's price-taking optimum and Johari and
    /// Tsitsiklis's price-anticipating equilibrium, with its worst-case family.
    @Suite struct ProportionalShareTests {
        static let ample = 1e6

        @Test func priceTakingReachesTheWaterFillingOptimum() {
            // (a): μ* = 7/5, w = a − μ* = (0, 8/5, 13/5), x = C·w/Σw = (0, 8/7, 13/7).
            let kelly = ProportionalShare.priceTaking(
                capacity: 3, utilityScales: [1, 3, 4], offsets: [1, 1, 1], budgets: [Self.ample, Self.ample, Self.ample])
            expectClose(kelly.price, 1.4, relative: 0, absolute: 1e-12)
            for (w, expected) in zip(kelly.bids, [0, 1.6, 2.6]) { expectClose(w, expected, relative: 0, absolute: 1e-12) }
            #expect(kelly.bids[0] == 0)
            let optimum = WaterFilling.solve(capacity: 3, weights: [1, 3, 4], offsets: [1, 1, 1])
            for (x, expected) in zip(kelly.allocations, optimum.allocations) {
                expectClose(x, expected, relative: 0, absolute: 1e-12)
            }
            expectClose(
                logWelfare(kelly.allocations, utilityScales: [1, 3, 4], offsets: [1, 1, 1]),
                3 * log(15.0 / 7) + 4 * log(20.0 / 7), relative: 1e-13)
        }

        @Test func fixedBidsJoinThePriceTakingTotal() {
            // (a) plus F = 0.6: (3 − μ) + (4 − μ) + 0.6 = 3μ ⇒ μ = 1.52 ≥ 1, agent 0 still out.
            let a: [SIMD2<Double>] = [SIMD2(repeating: 1), SIMD2(repeating: 3), SIMD2(repeating: 4)]
            let b = [SIMD2<Double>](repeating: SIMD2(repeating: 1), count: 3)
            let β = [SIMD2<Double>](repeating: SIMD2(repeating: Self.ample), count: 3)
            let price = a.withUnsafeBufferPointer { a in
                b.withUnsafeBufferPointer { b in
                    β.withUnsafeBufferPointer {
                        ProportionalShare.priceTakingPrice(
                            capacity: SIMD2(repeating: 3), utilityScales: a, offsets: b, budgets: $0,
                            fixedBids: SIMD2(0.6, 0))
                    }
                }
            }
            expectClose(price[0], 1.52, relative: 0, absolute: 1e-12)
            expectClose(price[1], 1.4, relative: 0, absolute: 1e-12)
        }

        @Test func budgetsCapPriceTakingBids() {
            // β₂ = 1 binds: (3 − μ) + 1 = 3μ ⇒ μ = 1, and agent 0 (a = 1) bids max(0, 1 − 1) = 0.
            let kelly = ProportionalShare.priceTaking(
                capacity: 3, utilityScales: [1, 3, 4], offsets: [1, 1, 1], budgets: [Self.ample, Self.ample, 1])
            expectClose(kelly.price, 1, relative: 0, absolute: 1e-12)
            #expect(kelly.bids[2] == 1)
            expectClose(kelly.bids[1], 2, relative: 0, absolute: 1e-12)
        }

        @Test func bestResponsesAtTheEquilibriumOfKnownAnswerB() {
            // (b): agent 0 against W = 1/3 and agent 1 against W = 2/3 both give s = 1.
            func response(against others: Double, scale: Double) -> Double {
                let one = SIMD2<Double>(repeating: 1)
                return ProportionalShare.bestResponse(
                    othersBids: SIMD2(repeating: others), capacity: one, utilityScale: SIMD2(repeating: scale),
                    offset: one, budget: SIMD2(repeating: Self.ample), minimumBid: SIMD2(repeating: 1e-9))[0]
            }
            let w0 = response(against: 1.0 / 3, scale: 5)
            let w1 = response(against: 2.0 / 3, scale: 2)
            expectClose(w0, 2.0 / 3, relative: 4e-16)
            expectClose(w1, 1.0 / 3, relative: 4e-16)
        }

        @Test func bestResponseWithoutOtherBidsIsTheMinimumBid() {
            let response = ProportionalShare.bestResponse(
                othersBids: SIMD4(0, 0, 0, -1e-18), capacity: SIMD4(repeating: 2), utilityScale: SIMD4(3, 0, 3, 3),
                offset: SIMD4(repeating: 1), budget: SIMD4(5, 5, 1e-12, 5), minimumBid: SIMD4(repeating: 1e-9))
            #expect(response == SIMD4(1e-9, 0, 1e-12, 1e-9))
        }

        @Test func bestResponseIsCappedByTheBudgetAndZeroWhenPricedOut() {
            // A·C ≤ B·W: the first unit is worth less than the price the agent would face.
            let response = ProportionalShare.bestResponse(
                othersBids: SIMD4(1.0 / 3, 10, 4, 1), capacity: SIMD4(repeating: 1), utilityScale: SIMD4(5, 5, 4, 0),
                offset: SIMD4(repeating: 1), budget: SIMD4(0.5, 9, 9, 9), minimumBid: SIMD4(repeating: 1e-9))
            #expect(response == SIMD4(0.5, 0, 0, 0))
        }

        @Test func gaussSeidelFromThePriceTakingStartReachesTheNashEquilibrium() {
            // (b): from w = (4, 1) at quote 1, |Δw| < 5·10⁻⁶ in round 6, (2/3, 1/3) within 60.
            let start = ProportionalShare.anticipating(
                capacity: 1, utilityScales: [5, 2], offsets: [1, 1], budgets: [Self.ample, Self.ample], quote: 1,
                rounds: 0)
            #expect(start.bids == [4, 1])
            #expect(start.residual == 0)
            let six = ProportionalShare.anticipating(
                capacity: 1, utilityScales: [5, 2], offsets: [1, 1], budgets: [Self.ample, Self.ample], quote: 1,
                rounds: 6)
            #expect(six.residual < 5e-6)
            #expect(six.residual > 1e-7)
            let sixty = ProportionalShare.anticipating(
                capacity: 1, utilityScales: [5, 2], offsets: [1, 1], budgets: [Self.ample, Self.ample], quote: 1,
                rounds: 60)
            expectClose(sixty.bids[0], 2.0 / 3, relative: 0, absolute: 1e-9)
            expectClose(sixty.bids[1], 1.0 / 3, relative: 0, absolute: 1e-9)
            expectClose(sixty.allocations[0], 2.0 / 3, relative: 0, absolute: 1e-9)
            expectClose(sixty.allocations[1], 1.0 / 3, relative: 0, absolute: 1e-9)
            #expect(sixty.residual < 1e-15)
        }

        @Test func welfareRatioOfKnownAnswerB() {
            // W_NE = 5 ln(5/3) + 2 ln(4/3), W* = 5 ln 2 (the corner d* = (1, 0)): ratio 0.902 981.
            let nash = ProportionalShare.anticipating(
                capacity: 1, utilityScales: [5, 2], offsets: [1, 1], budgets: [Self.ample, Self.ample], quote: 1,
                rounds: 60)
            let kelly = ProportionalShare.priceTaking(
                capacity: 1, utilityScales: [5, 2], offsets: [1, 1], budgets: [Self.ample, Self.ample])
            expectClose(kelly.price, 2.5, relative: 0, absolute: 1e-12)
            expectClose(kelly.allocations[0], 1, relative: 0, absolute: 1e-12)
            #expect(kelly.allocations[1] == 0)
            let nashWelfare = logWelfare(nash.allocations, utilityScales: [5, 2], offsets: [1, 1])
            let optimum = logWelfare(kelly.allocations, utilityScales: [5, 2], offsets: [1, 1])
            expectClose(nashWelfare, 5 * log(5.0 / 3) + 2 * log(4.0 / 3), relative: 1e-12)
            expectClose(optimum, 5 * log(2.0), relative: 1e-12)
            expectClose(nashWelfare / optimum, 0.902_981, relative: 0, absolute: 5e-7)
            #expect(nashWelfare / optimum >= 0.75)
        }

        /// One agent of slope 1 and `n` of slope ½ at `C = 1`: welfare at the
        /// equilibrium `Σ a_i·d_i` against the optimum 1.
        static func worstCaseWelfare(_ bids: [Double], slopes: [Double]) -> Double {
            let total = bids.reduce(0, +)
            return zip(bids, slopes).reduce(0) { $0 + $1.1 * $1.0 / total }
        }

        @Test func worstCaseFamilyConvergesToItsClosedForm() {
            // n = 1, 2, 4 converge from the proportional start in under 200 rounds.
            for n in [1, 2, 4] {
                let slopes = [1.0] + Array(repeating: 0.5, count: n)
                let bids = ProportionalShare.linearEquilibrium(slopes: slopes, capacity: 1, rounds: 200)
                let m = Double(n)
                expectClose(bids[0], m * (m + 1) / ((2 * m + 1) * (2 * m + 1)), relative: 1e-12, "n = \(n)")
                for w in bids.dropFirst() { expectClose(w, m / ((2 * m + 1) * (2 * m + 1)), relative: 1e-12, "n = \(n)") }
                let ratio = Self.worstCaseWelfare(bids, slopes: slopes)
                expectClose(ratio, (3 * m + 2) / (4 * m + 2), relative: 0, absolute: 1e-12, "n = \(n)")
                #expect(ratio > 0.75)
            }
        }

        @Test func worstCaseClosedFormIsAFixedPoint() {
            // Many equal small agents settle slowly under Gauss–Seidel (their
            // common mode contracts by about 0.4 % a round at n = 100), so for
            // large n the closed form is checked as a fixed point instead.
            for n in [1, 2, 4, 10, 100] {
                let m = Double(n)
                let slopes = [1.0] + Array(repeating: 0.5, count: n)
                let closedForm = [m * (m + 1)] + Array(repeating: m, count: n)
                let start = closedForm.map { $0 / ((2 * m + 1) * (2 * m + 1)) }
                let bids = ProportionalShare.linearEquilibrium(slopes: slopes, capacity: 1, rounds: 3, from: start)
                // A small agent's bid √(aCW) − W is ill-conditioned in W by about
                // W/w = 2n + 1, so rounding moves it by that many ulps.
                for (w, expected) in zip(bids, start) { expectClose(w, expected, relative: 1e-11, "n = \(n)") }
                // NE: a_i·(1 − d_i) = μ = S/C for every agent.
                let total = bids.reduce(0, +)
                for (w, a) in zip(bids, slopes) { expectClose(a * (1 - w / total), total, relative: 1e-11, "n = \(n)") }
                let ratio = Self.worstCaseWelfare(bids, slopes: slopes)
                expectClose(ratio, (3 * m + 2) / (4 * m + 2), relative: 0, absolute: 1e-12, "n = \(n)")
                #expect(ratio > 0.75)
            }
        }

        @Test func linearBestResponseMatchesTheSquareRootForm() {
            for (w, a) in [(0.25, 1.0), (1.0 / 3, 0.5), (2.0, 0.5), (1e-6, 3.0)] {
                let expected = max(0, (a * w).squareRoot() - w)
                expectClose(ProportionalShare.linearBestResponse(othersBids: w, capacity: 1, slope: a), expected, relative: 1e-15)
            }
            #expect(ProportionalShare.linearBestResponse(othersBids: 0, capacity: 1, slope: 1) == 0)
        }
    }
}
