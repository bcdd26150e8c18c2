import Testing
@testable import CatallaxModel
import CatallaxNumerics

/// Known answers 4 and 5 (`docs/Cobweb.md`): with the election operator
/// the GA price converges to `p*` in both of Arifovic's cases (where the
/// naive cobweb diverges in the unstable one); without it the price keeps
/// fluctuating around `p*`, mutation keeping the populations diverse.
///
/// 16 seeds each, her GA (`ℓ = 30`, `n = 30`, `κ = 0.6`, `μ = 0.0033`),
/// 500 periods. **Tolerance:** with election the population settles on one
/// string (volatility 0 to rounding) but not always on the grid point
/// nearest `q*`: a uniform population whose low bits are all ones (below
/// `q*`) or zeros (above) can move only by two flips at once, rare at
/// `μ = 0.0033` (`docs/Cobweb.md`, "Known answers"). Measured in the full
/// sweep (32 seeds, 1000 periods) the settled error is 0–2.5%, so the tests ask that the price settles
/// (mean volatility below 10⁻³ of `p*`, against 0.02–0.19 without election), that at least 15 of 16 runs end
/// within 5% of `p*`, and that the mean window error's 95% interval lies
/// below 2%. The naive cobweb on the unstable market is off by more than 100%.
@Suite struct CobwebGeneticKnownAnswerTests {
    static let seeds = 0..<16

    /// Her GA at `μ`, with or without election; `ga-multi` with her 6 firms.
    static func point(_ market: CobwebCase, _ rule: CobwebExpectations, election: Bool, mutation: Double = 0.0033) -> CobwebParameters {
        cobwebPoint(market, rule, [("steps", 500), ("window", 100), ("election", election ? 1 : 0), ("mutation", mutation),
                                   ("firms", rule == .gaMulti ? 6 : 30)])
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var market: CobwebCase
        var rule: CobwebExpectations
        var testDescription: String { "\(market.rawValue) \(rule.rawValue)" }
    }

    static let cases = CobwebCase.allCases.flatMap { market in [CobwebExpectations.gaSingle, .gaMulti].map { Case(market: market, rule: $0) } }

    @Test(arguments: cases)
    func withElectionThePriceConvergesToTheEquilibrium(_ c: Case) {
        let outcomes = cobwebOutcomes(Self.point(c.market, c.rule, election: true), Self.seeds)
        let finals = outcomes.compactMap { $0[CobwebMetric.finalPriceError] }
        #expect(finals.count == Self.seeds.count)
        #expect(finals.filter { $0 <= 0.05 }.count >= 15)
        let window = meanAndHalfWidth(outcomes.compactMap { $0[CobwebMetric.priceError] })
        #expect(window.mean + window.halfWidth < 0.02)
        #expect(meanAndHalfWidth(outcomes.compactMap { $0[CobwebMetric.volatility] }).mean < 1e-3)
        #expect(outcomes.allSatisfy { $0.failure == nil })
    }

    @Test(arguments: cases)
    func withoutElectionThePriceKeepsFluctuating(_ c: Case) {
        let elected = cobwebOutcomes(Self.point(c.market, c.rule, election: true, mutation: 0.033), Self.seeds)
        let basic = cobwebOutcomes(Self.point(c.market, c.rule, election: false, mutation: 0.033), Self.seeds)
        func mean(_ o: [RunOutcome], _ m: CobwebMetric) -> Double { meanAndHalfWidth(o.compactMap { $0[m] }).mean }
        #expect(mean(basic, .volatility) > 2 * mean(elected, .volatility))
        #expect(mean(basic, .priceError) > mean(elected, .priceError))
        #expect(mean(basic, .converged) < 1)
        #expect(basic.allSatisfy { ($0[CobwebMetric.diversity] ?? 0) > 0 })
        // Around p*: the window's mean price stays within 10% of it.
        #expect(abs(mean(basic, .meanPrice) - 1) < 0.1)
    }

    /// The naive cobweb on the same unstable market does not converge.
    @Test func theNaiveCobwebOnTheUnstableMarketDoesNot() {
        let naive = cobwebOutcomes(cobwebPoint(.unstable, .naive, [("steps", 500), ("window", 100)]), 0..<1)[0]
        #expect(naive[CobwebMetric.converged] == 0)
        #expect((naive[CobwebMetric.priceError] ?? 0) > 1)
    }
}
