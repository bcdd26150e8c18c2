import Testing
@testable import CatallaxModel
import CatallaxNumerics
import _CatallaxTestSupport

/// The known answers of `docs/EvolutionaryGames.md`.
@Suite struct EvolutionaryGamesKnownAnswerTests {
    func value(_ outcome: RunOutcome, _ metric: EvolutionaryGamesMetric) -> Double { outcome[metric] ?? .nan }

    /// (a) The replicator equation takes Hawk–Dove to the ESS `V/C` from either side; with `V > C` hawks take over.
    @Test(arguments: [0.1, 0.9])
    func theReplicatorFindsTheHawkDoveESS(initial: Double) throws {
        let p = gamesPoint(.hawkDove, .replicator, [("initial", initial), ("steps", 5000), ("burn_in", 4000)])
        let outcome = try #require(gamesOutcomes(p, keys: gamesKeys(0..<1)).first)
        #expect(abs(value(outcome, .finalShare) - 2.0 / 3) <= 1e-9)
        #expect(value(outcome, .restPointGap) <= 1e-9)
        let hawks = gamesPoint(.hawkDove, .replicator, [("value", 3), ("cost", 2), ("initial", initial), ("steps", 5000), ("burn_in", 4000)])
        let takeover = try #require(gamesOutcomes(hawks, keys: gamesKeys(0..<1)).first)
        #expect(value(takeover, .finalShare) >= 1 - 1e-9)
        #expect(takeover[EvolutionaryGamesMetric.restPointGap] == nil)
    }

    /// (b) Ten thousand imitating agents hover at `V/C`.
    @Test func imitatingAgentsHoverAtTheESS() {
        let p = gamesPoint(.hawkDove, .imitation, [("agents", 10_000), ("steps", 400), ("burn_in", 200)])
        for outcome in gamesOutcomes(p, keys: gamesKeys(0..<2)) {
            #expect(abs(value(outcome, .meanShare) - 2.0 / 3) <= 0.01)
            #expect(value(outcome, .shareVolatility) < 0.02)
            #expect(value(outcome, .shareVolatility) > 0)
        }
    }

    /// (c) Defectors take over the donation game.
    @Test func defectorsTakeOverThePrisonersDilemma() {
        let p = gamesPoint(.prisonersDilemma, .imitation)
        for outcome in gamesOutcomes(p, keys: gamesKeys(0..<4)) {
            #expect(value(outcome, .fixation) == 1)
            #expect(value(outcome, .finalShare) == 0)
        }
    }

    /// (d) The stag hunt's unstable mix `C/V = 0.75` divides the basins.
    @Test func theStagHuntSplitsAtCOverV() throws {
        for (initial, end) in [(0.8, 1.0), (0.7, 0.0)] {
            let p = gamesPoint(.stagHunt, .replicator, [("value", 4), ("cost", 3), ("initial", initial), ("steps", 5000), ("burn_in", 4000)])
            let outcome = try #require(gamesOutcomes(p, keys: gamesKeys(0..<1)).first)
            #expect(abs(value(outcome, .finalShare) - end) <= 1e-9)
        }
    }

    /// (e) Rock–paper–scissors: the thirds attract iff a win pays more than a loss costs.
    @Test func rockPaperScissorsAttractsIffWinsExceedLosses() throws {
        let attracting = gamesPoint(.rockPaperScissors, .replicator, [("value", 2), ("cost", 1), ("initial", 0.6), ("steps", 20_000), ("burn_in", 19_000)])
        let toward = try #require(gamesOutcomes(attracting, keys: gamesKeys(0..<1)).first)
        #expect(value(toward, .restPointGap) <= 1e-6)
        let repelling = gamesPoint(.rockPaperScissors, .replicator, [("value", 1), ("cost", 2), ("initial", 0.4), ("steps", 20_000), ("burn_in", 19_000)])
        let away = try #require(gamesOutcomes(repelling, keys: gamesKeys(0..<1)).first)
        #expect(value(away, .restPointGap) > 0.2)
    }

    /// (f) One step of imitation on four agents, from the same counters by hand.
    @Test func oneStepOfImitationByHand() throws {
        let p = gamesPoint(.hawkDove, .imitation, [("agents", 4), ("revision", 1), ("steps", 1), ("burn_in", 0)])
        let keys = gamesKeys(0..<1)
        let game = p.payoffMatrix, lanes = LaneKeys<SIMD2<Double>>(keys)
        let start: [UInt8] = [0, 0, 1, 1]
        func words(_ i: Int) -> [UInt64] {
            let w = Philox4x32.block(counter: DrawCounter(step: 0, agent: UInt32(i), purpose: .decision).words, key0: lanes.key0, key1: lanes.key1)
            return [w.0[0], w.1[0], w.2[0], w.3[0]]
        }
        func other(_ i: Int, _ w: UInt64) -> Int { (i + 1 + Int((w * 3) >> 32)) % 4 }
        let payoffs = (0..<4).map { i in game.payoff(Int(start[i]), against: Int(start[other(i, words(i)[0])])) }
        let next: [UInt8] = (0..<4).map { i in
            let w = words(i), k = other(i, w[2]), gain = payoffs[k] - payoffs[i]
            return gain > 0 && Double(w[3]) / 4_294_967_296 < gain / game.largestDifference ? start[k] : start[i]
        }
        let (outcomes, probe) = probedGamesRun(p, keys: keys)
        #expect(probe.violations.isEmpty)
        let record = try #require(probe.records[0].first)
        #expect(record.payoffs == payoffs)
        #expect(record.strategies == next)
        #expect(outcomes[0][EvolutionaryGamesMetric.meanPayoff] == payoffs.reduce(0, +) / 4)
    }

    /// (f) The mean one-step change of imitation is the replicator's `r·p(1 − p)(f₁ − f₂)/Δ`,
    /// up to the `O(1/N)` of matching without oneself, within 4 standard errors.
    @Test func imitationFollowsTheReplicatorOnAverage() {
        let n = 1000, r = 0.5, p0 = 0.3
        let p = gamesPoint(.hawkDove, .imitation, [("agents", Double(n)), ("revision", r), ("initial", p0), ("steps", 1), ("burn_in", 0)])
        let changes = gamesOutcomes(p, keys: gamesKeys(0..<4000), laneWidth: 8).map { value($0, .finalShare) - p0 }
        let mean = changes.reduce(0, +) / Double(changes.count)
        let sd = (changes.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(changes.count - 1)).squareRoot()
        let game = p.payoffMatrix
        let f = game.expectedPayoffs(against: [p0, 1 - p0])
        let predicted = r * p0 * (1 - p0) * (f[0] - f[1]) / game.largestDifference
        #expect(abs(mean - predicted) <= 4 * sd / Double(changes.count).squareRoot() + 1.0 / Double(n))
        #expect(predicted > 0.02)
    }
}
