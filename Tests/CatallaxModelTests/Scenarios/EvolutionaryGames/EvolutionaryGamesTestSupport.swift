import Testing
@testable import CatallaxModel
import CatallaxNumerics
import _CatallaxTestSupport

/// A point from assignments over the defaults.
func gamesPoint(_ game: EvolutionaryGameKind = .hawkDove, _ dynamics: EvolutionaryDynamics = .imitation,
                _ assignments: [(String, Double)] = []) -> EvolutionaryGamesParameters {
    do {
        return try EvolutionaryGamesParameters(
            assigning: [(key: "game", value: .word(game.rawValue)), (key: "dynamics", value: .word(dynamics.rawValue))]
                + assignments.map { (key: $0.0, value: .number($0.1)) })
    } catch {
        preconditionFailure("\(error)")
    }
}

func gamesKeys(_ replicates: Range<Int>, seed: UInt64 = 17) -> [RunKey] {
    replicates.map { RunKey(seed: seed, replicate: UInt64($0)) }
}

/// One lane after one step.
struct GamesStepRecord: Equatable {
    var shares: [Double]
    var strategies: [UInt8]
    var payoffs: [Double]
}

typealias GamesProbe<Lanes: LaneVector> = RecordingProbe<Lanes, EvolutionaryGamesState<Lanes>, GamesStepRecord>

/// Runs `keys` (at most two) in one batch of two lanes with a ``GamesProbe`` (small points only).
func probedGamesRun(_ p: EvolutionaryGamesParameters, keys: [RunKey]) -> (outcomes: [RunOutcome], probe: GamesProbe<SIMD2<Double>>) {
    let kernel = EvolutionaryGamesKernel<SIMD2<Double>>(sizedFor: p)
    var probe = GamesProbe<SIMD2<Double>>(runCount: keys.count) { s, lane in
        GamesStepRecord(shares: s.shares(lane: lane), strategies: s.strategies(lane: lane), payoffs: s.payoffs(lane: lane))
    }
    let outcomes = kernel.run(p, keys: LaneKeys(keys), runCount: keys.count, observer: &probe)
    return (outcomes, probe)
}

/// The outcomes of `keys` through the registry (optimized), `laneWidth` at a time.
func gamesOutcomes(_ p: EvolutionaryGamesParameters, keys: [RunKey], laneWidth: Int = 4) -> [RunOutcome] {
    ScenarioBatchRunner.outcomes(ScenarioParameters(p), keys: keys, laneWidth: laneWidth)
}
