import Testing
@testable import CatallaxModel
import CatallaxNumerics
import _CatallaxTestSupport

/// The known answers of `docs/AlgorithmicCollusion.md`: the initial
/// Q-tables, convergence detection, the limit cycle and the deviation
/// check on constructed tables, and the published result (collusion
/// emerges) on a cheap point.
@Suite struct AlgorithmicCollusionKnownAnswerTests {
    typealias Metric = AlgorithmicCollusionMetric

    @Test func initialValuesAreTheDiscountedProfitAgainstUniformRivals() {
        let grid = LogitPriceGrid(demand: AlgorithmicCollusionParameters().demand, firms: 2, prices: 2, widening: 0.1)
        let rows = AlgorithmicCollusionRun.initialRows(grid, discount: 0.95)
        // Joint index a_0·2 + a_1; firm 0 at action 0 meets (0,0) and (0,1), firm 1 at action 0 meets (0,0) and (1,0).
        let π = grid.profits
        let denominator: Double = 0.05 * 2   // (1 − δ)·m^{n−1}
        #expect(abs(rows[0] - (π[0 * 2 + 0] + π[1 * 2 + 0]) / denominator) < 1e-14)
        #expect(abs(rows[1] - (π[2 * 2 + 0] + π[3 * 2 + 0]) / denominator) < 1e-14)
        #expect(abs(rows[2] - (π[0 * 2 + 1] + π[2 * 2 + 1]) / denominator) < 1e-14)
        #expect(abs(rows[3] - (π[1 * 2 + 1] + π[3 * 2 + 1]) / denominator) < 1e-14)
    }

    @Test(arguments: [(10, 1000), (1000, 7)])
    func aSessionThatStopsLearningConvergesAfterTheWindow(_ window: Int, _ block: Int) {
        // ε < 2⁻³² after 23 periods at β = 1; α = 10⁻⁹ cannot reorder values that differ by 10⁻².
        let p = collusionPoint([("beta", 1), ("alpha", 1e-9), ("convergence_window", Double(window)),
                                ("periods_per_step", Double(block)), ("steps", 1000)])
        for outcome in collusionOutcomes(p, collusionKeys(0..<4)) {
            #expect(outcome[Metric.converged] == 1)
            #expect(outcome[Metric.periods] == Double(window))
        }
    }

    @Test func aSessionStopsAtTheCapUnconverged() {
        let p = collusionPoint([("convergence_window", 1e6), ("periods_per_step", 10), ("steps", 3)])
        for outcome in collusionOutcomes(p, collusionKeys(0..<2)) {
            #expect(outcome[Metric.converged] == 0 && outcome[Metric.periods] == 30)
            #expect(outcome.failure == nil)
        }
    }

    /// A run at `m = 2` whose tables are set by `greedy[s] = (g_0, g_1)`, starting in `state`.
    static func constructed(_ greedy: [Int: (Int, Int)], state: Int) -> AlgorithmicCollusionRun {
        var run = AlgorithmicCollusionRun()
        run.start(collusionPoint([("prices", 2)]), key: SIMD2(1, 2))
        for (s, g) in greedy {
            run.learners.setValue(1e3, agent: 0, state: s, action: g.0)
            run.learners.setValue(1e3, agent: 1, state: s, action: g.1)
        }
        run.state = state
        return run
    }

    @Test func aTwoCycleAveragesItsProfiles() {
        // (0,0) → (1,1) → (0,0): states 0 and 3.
        var run = Self.constructed([0: (1, 1), 3: (0, 0)], state: 0)
        let grid = run.grid
        let outcome = run.outcome()
        #expect(outcome[Metric.cycleLength] == 2)
        let firm0 = (grid.profits[0] + grid.profits[6]) / 2, firm1 = (grid.profits[1] + grid.profits[7]) / 2
        #expect(outcome[Metric.profitGainFirm0] == grid.profitGain(firm0))
        #expect(outcome[Metric.profitGainFirm1] == grid.profitGain(firm1))
        #expect(abs(outcome[Metric.profitGain]! - (grid.profitGain(firm0) + grid.profitGain(firm1)) / 2) < 1e-15)
        #expect(abs(outcome[Metric.meanPrice]! - (grid.prices[0] + grid.prices[1]) / 2) < 1e-15)
        #expect(outcome[Metric.symmetricFixedPoint] == 0)
        #expect(outcome.failure == nil)
    }

    @Test func aSymmetricFixedPointAndAnUnpunishedDeviation() {
        // Every state leads to (1,1), both at the high price.
        var run = Self.constructed([0: (1, 1), 1: (1, 1), 2: (1, 1), 3: (1, 1)], state: 1)
        let grid = run.grid, δ = 0.95
        let outcome = run.outcome()
        #expect(outcome[Metric.cycleLength] == 1 && outcome[Metric.symmetricFixedPoint] == 1)
        #expect(outcome[Metric.profitGain] == grid.profitGain(grid.profits[6]))
        // Firm 0's best reply to P_1 is P_0 (undercutting pays once), and nobody punishes it.
        #expect(grid.profits[2 * 1 + 0 * 4] > grid.profits[6])
        let staying = grid.profits[6] * (1 - Foundation.pow(δ, 100)) / (1 - δ)
        let deviating = staying + grid.profits[2] - grid.profits[6]
        #expect(abs(outcome[Metric.deviationGain]! - (deviating / staying - 1)) < 1e-12)
        #expect(outcome[Metric.deviationGain]! > 0 && outcome[Metric.punishment] == 0)
    }

    @Test func aPunishedDeviation() {
        // (1,1) stays; after firm 0 undercuts to (0,1), firm 1 answers with P_0: (0,1) → (1,0) → (1,1).
        var run = Self.constructed([3: (1, 1), 1: (1, 0), 2: (1, 1), 0: (1, 1)], state: 3)
        let grid = run.grid
        let outcome = run.outcome()
        #expect(outcome[Metric.cycleLength] == 1)
        #expect(outcome[Metric.punishment] == (grid.prices[1] - grid.prices[0]) / (grid.monopolyPrice - grid.nashPrice))
        // Firm 0 earns π_0(0,1) now and π_0(1,0) next instead of π_0(1,1) twice.
        let π = grid.profits, δ = 0.95
        let staying = π[6] * (1 - Foundation.pow(δ, 100)) / (1 - δ)
        let deviating = staying + (π[2] - π[6]) + δ * (π[4] - π[6])
        #expect(abs(outcome[Metric.deviationGain]! - (deviating / staying - 1)) < 1e-12)
    }

    /// Calvano et al.'s result on a cheap point: five times faster exploration
    /// decay (`β = 2·10⁻⁵`, inside the paper's grid), 16 sessions.
    @Test func collusionEmerges() {
        let p = collusionPoint([("beta", 2e-5)])
        let outcomes = collusionOutcomes(p, collusionKeys(0..<16))
        #expect(outcomes.allSatisfy { $0.failure == nil && $0[Metric.converged] == 1 })
        let gains = outcomes.map { $0[Metric.profitGain]! }
        let mean = gains.reduce(0, +) / Double(gains.count)
        #expect(mean > 0.5, "mean profit gain \(mean)")
        let prices = outcomes.map { $0[Metric.pricePosition]! }
        #expect(prices.reduce(0, +) / Double(prices.count) > 0.3)
        // Throughput counts the periods a session ran, not its cap.
        for outcome in outcomes {
            let done = ScenarioParameters(p).agentSteps(of: outcome)
            #expect(done == 2 * outcome[Metric.periods]!)
            #expect(done < p.agentSteps / 10)
        }
    }
}

import Foundation
