import Testing
@testable import CatallaxModel
import CatallaxNumerics
import _CatallaxTestSupport

/// The invariants after every step for every game and dynamics, lane widths, and the cross-key checks.
@Suite struct EvolutionaryGamesInvariantTests {
    static let cases: [(EvolutionaryGameKind, EvolutionaryDynamics)] =
        EvolutionaryGameKind.allCases.flatMap { game in EvolutionaryDynamics.allCases.map { (game, $0) } }

    func point(_ game: EvolutionaryGameKind, _ dynamics: EvolutionaryDynamics) -> EvolutionaryGamesParameters {
        gamesPoint(game, dynamics, (game == .stagHunt ? [("value", 4), ("cost", 3)] : []) + [("agents", 60), ("steps", 120), ("burn_in", 20)])
    }

    @Test(arguments: cases.indices)
    func invariantsHoldAfterEveryStep(index: Int) {
        let (game, dynamics) = Self.cases[index]
        let (outcomes, probe) = probedGamesRun(point(game, dynamics), keys: gamesKeys(0..<2))
        #expect(probe.violations.isEmpty, "\(probe.violations.prefix(3))")
        #expect(outcomes.allSatisfy { $0.failure == nil })
        #expect(probe.records[0].count == 120)
    }

    @Test(arguments: cases.indices)
    func laneWidthsGiveTheSameBits(index: Int) {
        let (game, dynamics) = Self.cases[index]
        let keys = gamesKeys(0..<9)
        #expect(gamesOutcomes(point(game, dynamics), keys: keys, laneWidth: 2) == gamesOutcomes(point(game, dynamics), keys: keys, laneWidth: 8))
    }

    @Test func inconsistentPointsNameTheirKeys() {
        for (assignments, key) in [([("steps", 10.0), ("burn_in", 10.0)], "burn_in"), ([("value", 2.0), ("cost", 3.0)], "cost")] {
            do {
                _ = try EvolutionaryGamesParameters(assigning: [(key: "game", value: .word("stag-hunt"))]
                    + assignments.map { (key: $0.0, value: .number($0.1)) })
                Issue.record("\(assignments) was accepted")
            } catch {
                #expect("\(error)".contains(key))
            }
        }
    }
}
