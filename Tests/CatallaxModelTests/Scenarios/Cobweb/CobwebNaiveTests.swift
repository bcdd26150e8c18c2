import Testing
@testable import CatallaxModel
import CatallaxNumerics

/// Known answers 2 and 3 (`docs/Cobweb.md`): the naive cobweb's deviation
/// from `p*` is multiplied by `−B/y` each period (0.95 stable, 1.05
/// unstable) until the bounds bind; the adaptive one's expectation by
/// `1 − λ(1 + B/y)`.
@Suite struct CobwebNaiveTests {
    /// `(p_t − p*)/(p_{t−1} − p*)` over the unclipped periods of a run from `p₀ = 1`.
    func ratios(_ p: CobwebParameters) -> [Double] {
        let (_, probe) = probedCobwebRun(p, keys: cobwebKeys(0..<1))
        let star = p.equilibrium.price
        var previous = p.initialPrice - star
        var out: [Double] = []
        for r in probe.records[0].prefix(100) {
            let q = r.quantities[0]
            guard q > 0 && q < p.quantityBound, abs(previous) > 1e-9 else { break }
            out.append((r.price - star) / previous)
            previous = r.price - star
        }
        return out
    }

    @Test(arguments: CobwebCase.allCases)
    func theDeviationShrinksOrGrowsByMinusBOverY(_ market: CobwebCase) {
        let p = cobwebPoint(market, .naive, [("steps", 300), ("window", 100)])
        let factor = -p.slopeRatio
        let seen = ratios(p)
        #expect(seen.count >= 40)
        #expect(seen.allSatisfy { abs($0 - factor) < 1e-8 })
    }

    @Test func theStableCaseConverges() {
        let outcome = cobwebOutcomes(cobwebPoint(.stable, .naive), 0..<1)[0]
        #expect((outcome[CobwebMetric.priceError] ?? 1) < 1e-12)
        #expect(outcome[CobwebMetric.converged] == 1)
        #expect(outcome[CobwebMetric.clipped] == 0)
    }

    /// From `p₀ = 1` the deviation 0.12 grows by 1.05 a period and reaches
    /// the bounds after about 46; then the market cycles between 0 and `A`.
    @Test func theUnstableCaseDivergesToTheTwoCycleAtTheBounds() {
        let p = cobwebPoint(.unstable, .naive, [("steps", 200), ("window", 100)])
        let (outcomes, probe) = probedCobwebRun(p, keys: cobwebKeys(0..<1))
        let firstClipped = probe.records[0].firstIndex { $0.quantities[0] == 0 || $0.quantities[0] == p.quantityBound }
        #expect(firstClipped.map { (40...50).contains($0) } == true)
        // `B·m·q̄` rounds to within an ulp of `A`, so "0" may be a few 10⁻¹⁶ and the next quantity that small.
        let tail = probe.records[0].suffix(20).map(\.price)
        #expect(tail.allSatisfy { abs($0) < 1e-9 || abs($0 - p.demandIntercept) < 1e-9 })
        #expect((outcomes[0][CobwebMetric.clipped] ?? 0) >= 0.5)
        #expect(outcomes[0][CobwebMetric.converged] == 0)
        // |0 − 1.12| and |2.296 − 1.12| over 1.12 average to 1.05.
        #expect(abs((outcomes[0][CobwebMetric.priceError] ?? 0) - (1 + 1.176 / 1.12) / 2) < 1e-9)
    }

    @Test(arguments: CobwebCase.allCases, [0.3, 0.9])
    func adaptiveExpectationsMoveByOneMinusLambdaTimesOnePlusBOverY(_ market: CobwebCase, _ lambda: Double) {
        let p = cobwebPoint(market, .adaptive, [("adaptation", lambda), ("steps", 60), ("window", 10)])
        let (_, probe) = probedCobwebRun(p, keys: cobwebKeys(0..<1))
        let star = p.equilibrium.price, factor = 1 - lambda * (1 + p.slopeRatio)
        var previous = p.initialPrice - star
        for r in probe.records[0].prefix(30) {
            let deviation = r.expectedPrice - star
            #expect(abs(deviation - factor * previous) < 1e-12)
            previous = deviation
        }
        // Both λ are below 2/(1 + B/y) (about 1.0 in either case), so the factor shrinks the deviation.
        #expect(abs(factor) < 1)
    }
}
