import Testing
@testable import CatallaxModel
import CatallaxNumerics
import _CatallaxTestSupport

/// The known answers of `docs/HeterogeneousBeliefs.md`: the steady states
/// and bifurcations of Brock and Hommes (1998), from
/// ``HeterogeneousBeliefsTheory``, against simulated runs.
@Suite struct HeterogeneousBeliefsKnownAnswerTests {
    func value(_ outcome: RunOutcome, _ metric: HeterogeneousBeliefsMetric) -> Double {
        outcome[metric] ?? .nan
    }

    @Test func theBifurcationPointsOfTheDefaults() throws {
        let theory = HeterogeneousBeliefsTheory(HeterogeneousBeliefsParameters())
        let star = try #require(theory.pitchfork), hopf = try #require(theory.neimarkSacker)
        #expect(abs(star - LaneMath.log(11)) < 1e-14)             // ln(R/(g − R)) = ln 11
        #expect(abs(theory.fundamentalEigenvalue(beta: star) - 1) < 1e-14)
        #expect(abs(hopf - 3.3313) < 1e-4)
        // At β** the cubic's complex pair is on the unit circle.
        let s = try #require(theory.jacobianCoefficient(beta: hopf))
        #expect(abs(cubicSpectralRadius(s: s, r: 1.1) - 1) < 1e-9)
        #expect(theory.steadyDeviation(beta: star - 0.01) == nil)
        #expect(abs(try #require(theory.steadyDeviation(beta: 3)) - 1.2933) < 1e-4)
    }

    @Test(arguments: [1.0, 2.0])
    func theFundamentalIsStableBelowThePitchfork(beta: Double) {
        let p = beliefsPoint([("beta", beta)])
        let theory = HeterogeneousBeliefsTheory(p)
        for outcome in beliefsOutcomes(p, keys: beliefsKeys(0..<4)) {
            #expect(outcome.failure == nil)
            #expect(value(outcome, .finalDeviation) <= 1e-12)
            #expect(value(outcome, .amplitude) <= 1e-12)
            #expect(abs(value(outcome, .trendShare) - theory.fundamentalShare(beta: beta)) <= 1e-12)
            #expect(abs(value(outcome, .lyapunov) - LaneMath.log(theory.fundamentalEigenvalue(beta: beta))) <= 1e-3)
        }
    }

    @Test(arguments: [2.6, 3.0, 3.3])
    func runsSettleOnTheNonFundamentalSteadyStates(beta: Double) throws {
        let p = beliefsPoint([("beta", beta), ("steps", 20_000), ("burn_in", 10_000)])
        let theory = HeterogeneousBeliefsTheory(p)
        let steady = try #require(theory.steadyDeviation(beta: beta))
        let radius = cubicSpectralRadius(s: try #require(theory.jacobianCoefficient(beta: beta)), r: p.grossReturn)
        #expect(radius < 1)
        for outcome in beliefsOutcomes(p, keys: beliefsKeys(0..<4)) {
            #expect(outcome.failure == nil)
            #expect(abs(value(outcome, .finalDeviation) - steady) <= 1e-9)
            #expect(abs(value(outcome, .trendShare) - p.grossReturn / p.trend) <= 1e-9)
            #expect(abs(value(outcome, .lyapunov) - LaneMath.log(radius)) <= 1e-3)
        }
    }

    @Test(arguments: [3.4, 4.0])
    func beyondTheNeimarkSackerBifurcationRunsDoNotSettle(beta: Double) throws {
        let p = beliefsPoint([("beta", beta)])
        #expect(try #require(HeterogeneousBeliefsTheory(p).neimarkSacker) < beta)
        for outcome in beliefsOutcomes(p, keys: beliefsKeys(0..<4)) {
            #expect(outcome.failure == nil)
            #expect(value(outcome, .amplitude) > 0.05)
            #expect(value(outcome, .amplitude) < 10)
        }
    }

    /// `g < R`: stable at any `β`; `g > 2R`: at `β = 0` the share stays ½, so
    /// `x_t = (g/(2R))^{t+1}·x_{−1}` grows exactly geometrically.
    @Test func theTrendDecidesStability() throws {
        let calm = beliefsPoint([("trend", 1.05), ("beta", 10)])
        #expect(HeterogeneousBeliefsTheory(calm).pitchfork == nil)
        for outcome in beliefsOutcomes(calm, keys: beliefsKeys(0..<2)) {
            #expect(value(outcome, .finalDeviation) <= 1e-12)
            #expect(value(outcome, .lyapunov) < 0)
        }
        let wild = beliefsPoint([("trend", 2.4), ("beta", 0), ("steps", 60), ("burn_in", 30)])
        let key = beliefsKeys(0..<1)
        let start = HeterogeneousBeliefsKernel<SIMD2<Double>>._start(wild.start, keys: LaneKeys(key)).0[0]
        let outcome = try #require(beliefsOutcomes(wild, keys: key).first)
        let exact = LaneMath.exp(60 * LaneMath.log(2.4 / 2.2)) * start.magnitude
        #expect(abs(value(outcome, .finalDeviation) / exact - 1) < 1e-12)
        #expect(exact > 100 * start.magnitude)
    }

    /// Three steps of the map written out from the drawn start, with a bias,
    /// memory and the continuum.
    @Test func threeStepsByHand() throws {
        let p = beliefsPoint([("beta", 4), ("bias", 0.2), ("memory", 0.5), ("steps", 3), ("burn_in", 0)])
        let keys = beliefsKeys(0..<1)
        var (x1, x2, x3) = { let s = HeterogeneousBeliefsKernel<SIMD2<Double>>._start(0.1, keys: LaneKeys(keys)); return (s.0[0], s.1[0], s.2[0]) }()
        let r = 1.1, g = 1.2, b = 0.2, c = 1.0, eta = 0.5, beta = 4.0
        var gap = 0.0, deviations: [Double] = [], shares: [Double] = [], fundamentalist = 0.0, trend = 0.0
        for _ in 0..<3 {
            let d = (x1 - r * x2) * (g * x3 + b) + c + eta * gap
            let n = 1 / (1 + LaneMath.exp(-beta * d))
            let x = n * (g * x1 + b) / r
            fundamentalist += (x1 - r * x2) * (-r * x2) - c
            trend += (x1 - r * x2) * (g * x3 + b - r * x2)
            deviations.append(x)
            shares.append(n)
            (x1, x2, x3, gap) = (x, x1, x2, d)
        }
        let (outcomes, probe) = probedBeliefsRun(p, keys: keys)
        #expect(probe.violations.isEmpty)
        let records = probe.records[0]
        for t in 0..<3 {
            #expect(abs(records[t].deviation - deviations[t]) <= 1e-15 * (1 + deviations[t].magnitude))
            #expect(abs(records[t].logitShare - shares[t]) <= 1e-15)
        }
        let outcome = try #require(outcomes.first)
        #expect(abs(value(outcome, .fundamentalistProfit) - fundamentalist / 3) <= 1e-14)
        #expect(abs(value(outcome, .trendProfit) - trend / 3) <= 1e-14)
        #expect(abs(value(outcome, .finalDeviation) - deviations[2].magnitude) <= 1e-15)
        #expect(abs(value(outcome, .trendShare) - shares.reduce(0, +) / 3) <= 1e-15)
    }

    /// Each step's count is a binomial draw of the logit share: over the run,
    /// `Σ (ñ_t − n_t)` lies within 4 standard deviations of 0. One agent is
    /// all or nothing.
    @Test func aFinitePopulationDrawsTheLogitShare() throws {
        let agents = 10_000
        let p = beliefsPoint([("beta", 2), ("agents", Double(agents)), ("steps", 20), ("burn_in", 0)])
        let (outcomes, probe) = probedBeliefsRun(p, keys: beliefsKeys(0..<2))
        #expect(probe.violations.isEmpty)
        #expect(outcomes.allSatisfy { $0.failure == nil && $0[HeterogeneousBeliefsMetric.lyapunov] == nil })
        for lane in 0..<2 {
            let records = probe.records[lane]
            let error = records.reduce(0) { $0 + $1.share - $1.logitShare }
            let variance = records.reduce(0) { $0 + $1.logitShare * (1 - $1.logitShare) / Double(agents) }
            #expect(abs(error) <= 4 * variance.squareRoot())
            #expect(variance > 0)
        }
        let one = beliefsPoint([("beta", 2), ("agents", 1), ("steps", 200), ("burn_in", 0)])
        let single = probedBeliefsRun(one, keys: beliefsKeys(0..<1)).probe.records[0]
        #expect(single.allSatisfy { $0.share == 0 || $0.share == 1 })
        #expect(Set(single.map(\.share)).count == 2)
    }

    /// With noise below the pitchfork the deviation is nearly an AR(1) with
    /// coefficient `a = n̄g/R`, whose excess return `x_t − R·x_{t−1}` has
    /// standard deviation `σ_ε·√((1 + R² − 2Ra)/(1 − a²))`.
    @Test func noiseGivesTheAutoregressiveVolatility() {
        let p = beliefsPoint([("beta", 2), ("noise", 0.01)])
        let a = HeterogeneousBeliefsTheory(p).fundamentalEigenvalue(beta: 2), r = p.grossReturn
        let expected = 0.01 * ((1 + r * r - 2 * r * a) / (1 - a * a)).squareRoot()
        let outcomes = beliefsOutcomes(p, keys: beliefsKeys(0..<64))
        let mean = outcomes.reduce(0) { $0 + value($1, .volatility) } / 64
        #expect(abs(mean / expected - 1) < 0.05)
    }
}
