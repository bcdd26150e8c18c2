import Testing
@testable import CatallaxModel
import CatallaxNumerics
import _CatallaxTestSupport

/// The known answers (g) and (h) of `docs/EvolutionaryGames.md`: best
/// responses to the population, and fictitious play.
@Suite struct EvolutionaryGamesBestResponseTests {
    func value(_ outcome: RunOutcome, _ metric: EvolutionaryGamesMetric) -> Double { outcome[metric] ?? .nan }

    /// `argmax_k Σ_l A_kl b_l` spelled out, staying put on a tie: the oracle for ``SymmetricGame/bestResponse(to:offset:current:)``.
    func bestResponseByHand(_ game: SymmetricGame, _ b: [Double], current: Int) -> Int {
        let f = game.expectedPayoffs(against: b)
        let best = f.max()!
        return f[current] == best ? current : f.firstIndex(of: best)!
    }

    /// (g) Hawk–Dove at `V/C = 2/3`, `r = 0.1`: the band `[p*(1 − r), p* + r(1 − p*)] = [0.6, 0.7]`
    /// is invariant for the mean dynamics, so the window's mean share lies in it, and so does the end.
    @Test func bestResponsesHoldHawkDoveInItsBand() {
        let p = gamesPoint(.hawkDove, .bestResponse, [("agents", 10_000), ("steps", 400), ("burn_in", 200)])
        for outcome in gamesOutcomes(p, keys: gamesKeys(0..<2)) {
            for metric in [EvolutionaryGamesMetric.meanShare, .finalShare] {
                let share = value(outcome, metric)
                #expect(share >= 2.0 / 3 * 0.9 && share <= 2.0 / 3 + 0.1 / 3, "\(metric) \(share)")
            }
        }
    }

    /// (g) A finite population where every strategy is a best response to the others is at rest:
    /// with `N = 9999`, 6666 hawks and 3333 doves, a hawk faces `(6665, 3333)` (`f_H − f_D = 0.5 ≥ 0`)
    /// and a dove `(6666, 3332)` (`f_H − f_D = −1 ≤ 0`), so nobody moves, in any replicate.
    @Test func aFiniteNashPopulationStaysPut() {
        let p = gamesPoint(.hawkDove, .bestResponse, [("agents", 9999), ("initial", 2.0 / 3), ("revision", 1), ("steps", 50), ("burn_in", 0)])
        #expect(p.initialCounts == [6666, 3333])
        for outcome in gamesOutcomes(p, keys: gamesKeys(0..<3)) {
            #expect(value(outcome, .finalShare) == 6666.0 / 9999)
            #expect(value(outcome, .shareVolatility) == 0)
        }
    }

    /// (g) In the prisoner's dilemma every revising agent defects, so a cooperator survives
    /// `t` steps with chance `(1 − r)^t`: the mean share is `p₀(1 − r)^t` (within 4 standard errors), then 0.
    @Test func bestRespondersAbandonCooperationGeometrically() {
        let (r, p0, t) = (0.2, 0.5, 5)
        let p = gamesPoint(.prisonersDilemma, .bestResponse, [("agents", 1000), ("revision", r), ("initial", p0), ("steps", Double(t)), ("burn_in", 0)])
        let shares = gamesOutcomes(p, keys: gamesKeys(0..<200), laneWidth: 8).map { value($0, .finalShare) }
        let mean = shares.reduce(0, +) / Double(shares.count)
        let sd = (shares.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(shares.count - 1)).squareRoot()
        let predicted = (0..<t).reduce(p0) { share, _ in share * (1 - r) }
        #expect(abs(mean - predicted) <= 4 * sd / Double(shares.count).squareRoot(), "mean \(mean), predicted \(predicted)")
        #expect(sd > 0)
        let long = gamesPoint(.prisonersDilemma, .bestResponse, [("agents", 1000), ("revision", r), ("steps", 200), ("burn_in", 100)])
        for outcome in gamesOutcomes(long, keys: gamesKeys(0..<4)) {
            #expect(value(outcome, .finalShare) == 0)
            #expect(value(outcome, .fixation) == 1)
        }
    }

    /// (g) The stag hunt's basin boundary `C/V = 0.75` divides best responders too.
    @Test func bestRespondersSplitTheStagHuntAtCOverV() {
        for (initial, end) in [(0.8, 1.0), (0.7, 0.0)] {
            let p = gamesPoint(.stagHunt, .bestResponse, [("value", 4), ("cost", 3), ("initial", initial), ("steps", 300), ("burn_in", 150)])
            for outcome in gamesOutcomes(p, keys: gamesKeys(0..<2)) { #expect(value(outcome, .finalShare) == end) }
        }
    }

    /// (g) By hand, four agents revising every step: all hawks face three hawks
    /// (`f_H = −1.5 < f_D = 0`) and turn dove; all doves face three doves (`f_H = 6 > f_D = 3`) and turn hawk.
    @Test func bestResponsesByHand() throws {
        let p = gamesPoint(.hawkDove, .bestResponse, [("agents", 4), ("revision", 1), ("initial", 1), ("steps", 2), ("burn_in", 0)])
        let (_, probe) = probedGamesRun(p, keys: gamesKeys(0..<1))
        #expect(probe.violations.isEmpty)
        #expect(probe.records[0].map(\.strategies) == [[1, 1, 1, 1], [0, 0, 0, 0]])
        let game = p.payoffMatrix
        for (weights, current) in [([3.0, 0], 0), ([0.0, 3], 1), ([1, 2], 0), ([2, 1], 1), ([2, 1], 0)] {
            #expect(game.bestResponse(to: weights, current: current) == bestResponseByHand(game, weights, current: current))
        }
        #expect(game.bestResponse(to: [2, 1], current: 1) == 1, "f_H = f_D = 1 at (2, 1): a dove stays")
        #expect(game.bestResponse(to: [9, 3, 0], offset: 1, current: 0) == 1, "weights (3, 0) read from offset 1")
    }

    /// (h) By hand, four fictitious players from one hawk-and-dove split with prior weight 1:
    /// who met a hawk believes `(1.5, 0.5)` and turns dove (`f_D = 0.5 > f_H = 0.25`); who met a dove turns hawk.
    @Test func fictitiousPlayByHand() throws {
        let p = gamesPoint(.hawkDove, .fictitiousPlay, [("agents", 4), ("revision", 1), ("steps", 1), ("burn_in", 0)])
        let keys = gamesKeys(0..<1)
        let lanes = LaneKeys<SIMD2<Double>>(keys)
        let start: [UInt8] = [0, 0, 1, 1]
        let met = (0..<4).map { i in
            let w = Philox4x32.block(counter: DrawCounter(step: 0, agent: UInt32(i), purpose: .decision).words, key0: lanes.key0, key1: lanes.key1)
            return (i + 1 + Int((w.0[0] * 3) >> 32)) % 4
        }
        let kernel = EvolutionaryGamesKernel<SIMD2<Double>>(sizedFor: p)
        var probe = RecordingProbe<SIMD2<Double>, EvolutionaryGamesState<SIMD2<Double>>, [UInt32]>(runCount: 1) { s, lane in
            s.met(lane: lane) + s.strategies(lane: lane).map(UInt32.init)
        }
        _ = kernel.run(p, keys: lanes, runCount: 1, observer: &probe)
        #expect(probe.violations.isEmpty)
        let after = try #require(probe.records[0].last)
        for i in 0..<4 {
            let seen = Int(start[met[i]])
            #expect(after[2 * i + seen] == 1 && after[2 * i + 1 - seen] == 0, "agent \(i) counts the \(seen)-strategist it met")
            #expect(after[8 + i] == UInt32(1 - seen), "agent \(i) answers a \(seen)-strategist with \(1 - seen)")
        }
    }

    /// (h) Two fictitious players of rock–paper–scissors: their empirical frequencies converge to
    /// the thirds in the zero-sum game (Robinson 1951), the gap shrinking with `T`, and do not when a
    /// loss costs more than a win brings (Gaunersdorfer and Hofbauer 1995). Deterministic: replicates agree.
    @Test func twoFictitiousPlayersOfRockPaperScissors() {
        func beliefGaps(cost: Double, steps: Int) -> [Double] {
            let p = gamesPoint(.rockPaperScissors, .fictitiousPlay,
                               [("value", 1), ("cost", cost), ("agents", 2), ("revision", 1), ("steps", Double(steps)), ("burn_in", Double(steps / 2))])
            return gamesOutcomes(p, keys: gamesKeys(0..<2)).map { value($0, .beliefGap) }
        }
        let (short, long) = (beliefGaps(cost: 1, steps: 20_000), beliefGaps(cost: 1, steps: 200_000))
        #expect(long[0] == long[1])
        #expect(long[0] < 0.01 && long[0] < short[0] / 2, "zero-sum gaps \(short[0]) at 2e4, \(long[0]) at 2e5")
        for steps in [20_000, 200_000] {
            let gap = beliefGaps(cost: 2, steps: steps)[0]
            #expect(gap > 0.05, "loss > win: gap \(gap) at \(steps) steps")
        }
    }

    /// (h) A thousand fictitious players of Hawk–Dove, each learning from its own partners, hover at `V/C`.
    @Test func fictitiousPlayersFindTheHawkDoveMix() {
        let p = gamesPoint(.hawkDove, .fictitiousPlay, [("agents", 1000), ("revision", 1), ("steps", 2000), ("burn_in", 1000)])
        for outcome in gamesOutcomes(p, keys: gamesKeys(0..<2)) {
            #expect(abs(value(outcome, .meanShare) - 2.0 / 3) <= 0.02, "mean hawk share \(value(outcome, .meanShare))")
        }
    }
}
