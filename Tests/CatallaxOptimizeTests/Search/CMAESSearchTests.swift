import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import CatallaxOptimize

@Suite struct CMAESSearchTests {
    typealias F = SearchTestFunctions

    /// 4-D Rosenbrock from x₀ = 0, σ₀ = 0.5 to f ≤ 10⁻⁶, seeds 1…10.
    static func rosenbrockRuns(_ restarts: CMAESRestarts) -> [CMAESSearch] {
        (UInt64(1)...10).map { seed in
            CMAES.minimize(F.rosenbrock, from: [0, 0, 0, 0],
                           options: CMAESOptions(stepSize: 0.5, restarts: restarts, targetValue: 1e-6, seed: seed))
        }
    }

    @Test func testRosenbrockWithIPOPReachesTargetWithinPycmaEvaluationBand() {
        let runs = Self.rosenbrockRuns(.ipop(maximum: 9))
        for run in runs { #expect((run.incumbent?.value ?? .infinity) <= 1e-6) }
        // pycma 4.5.0 fmin(restarts=9, CMA_active=False), x₀ = 0, σ₀ = 0.5,
        // ftarget 1e-6, seeds 1…10: 1 129 – 1 465 evaluations (median 1 313).
        let median = F.median(runs.map(\.evaluations))
        #expect(median >= 0.75 * 1129 && median <= 1.25 * 1465, "evaluations \(runs.map(\.evaluations))")
    }

    @Test func testRosenbrockFromItsLocalMinimumIsEscapedByIPOPRestarts() {
        // Started at 4-D Rosenbrock's local minimum (f ≈ 3.70) with σ₀ = 0.3,
        // a single run often stays there; doubling λ escapes it.
        let runs = (UInt64(1)...10).map { seed in
            CMAES.minimize(F.rosenbrock, from: [-0.7757, 0.6132, 0.3820, 0.1457],
                           options: CMAESOptions(stepSize: 0.3, restarts: .ipop(maximum: 9), targetValue: 1e-6, seed: seed))
        }
        for run in runs { #expect((run.incumbent?.value ?? .infinity) <= 1e-6) }
        #expect(runs.contains { $0.completedRuns.count > 1 })
        // pycma 4.5.0 fmin(restarts=9, CMA_active=False), same start and σ₀,
        // seeds 1…10: 1 377 – 6 531 evaluations (median 2 757).
        let median = F.median(runs.map(\.evaluations))
        #expect(median >= 0.75 * 1377 && median <= 1.25 * 6531, "evaluations \(runs.map(\.evaluations))")
    }

    @Test func testRosenbrockWithBIPOPReachesTarget() {
        for run in Self.rosenbrockRuns(.bipop(maximum: 9)) {
            #expect((run.incumbent?.value ?? .infinity) <= 1e-6)
        }
    }

    @Test func testIPOPDoublesThePopulationAtEachRestart() {
        // Rastrigin-like multimodality forces restarts.
        let f: ([Double]) -> Double = { x in x.reduce(10 * Double(x.count)) { $0 + $1 * $1 - 10 * cos(2 * .pi * $1) } }
        let search = CMAES.minimize(f, from: [3, 3, 3], options: CMAESOptions(stepSize: 1, restarts: .ipop(maximum: 3), seed: 5))
        // λ₀ = 4 + ⌊3 ln 3⌋ = 7.
        #expect(search.completedRuns.map(\.population) == [7, 14, 28, 56])
        #expect(search.evaluations == search.completedRuns.reduce(0) { $0 + $1.evaluations })
    }

    @Test func testBIPOPInterleavesSmallRunsWithinTheLargeRunsBudget() {
        let f: ([Double]) -> Double = { x in x.reduce(10 * Double(x.count)) { $0 + $1 * $1 - 10 * cos(2 * .pi * $1) } }
        let search = CMAES.minimize(f, from: [3, 3, 3], options: CMAESOptions(stepSize: 1, restarts: .bipop(maximum: 8), seed: 5))
        let runs = search.completedRuns
        #expect(runs.count == 9)
        #expect(runs.contains { !$0.isLargePopulation && $0.stepSize < 1 })
        #expect(runs.filter(\.isLargePopulation).map(\.population) == Array([14, 28, 56, 112, 224].prefix(runs.filter(\.isLargePopulation).count)))
        let large = runs.filter(\.isLargePopulation).reduce(0) { $0 + $1.evaluations }
        let small = runs.dropFirst().filter { !$0.isLargePopulation }.reduce(0) { $0 + $1.evaluations }
        #expect(small <= large)
    }

    @Test func testRestartedSearchIsDeterministic() {
        let a = Self.rosenbrockRuns(.bipop(maximum: 4)).map(\.incumbent)
        let b = Self.rosenbrockRuns(.bipop(maximum: 4)).map(\.incumbent)
        #expect(a == b)
    }
}
