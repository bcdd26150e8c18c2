import CatallaxModel
import CatallaxOptimize
import CatallaxSweep
import Testing

/// Searches end to end on the built-in test functions, whose answers are
/// known (`docs/TestFunction.md`, `docs/Optimization.md`).
@Suite struct OptimizationTests {
    static func spec(method: String = "cma-es", function: String = "rosenbrock", noise: Double = 0.01, budget: Int = 4000,
                     constraints: String = "", bounds: String = "x1 = { from = -2, to = 2 }\nx2 = { from = -2, to = 2 }",
                     dimension: Int = 2, seed: Int = 1) throws -> OptimizeSpec {
        let text = """
            name = "search"
            scenario = "test-function"
            seed = \(seed)
            replicates = 4
            objective = "value"

            [optimize]
            method = "\(method)"
            budget = \(budget)
            max_replicates = 16
            final_replicates = 64
            \(constraints)

            [fixed]
            function = "\(function)"
            dimension = \(dimension)
            noise = \(noise)

            [[block]]
            [block.bounds]
            \(bounds)

            """
        return try OptimizeSpec(spaces: SweepSpec(parsing: text, file: "search.toml", kind: .search(tables: ["optimize"])))
    }

    static func winner(_ result: OptimizationResult) -> [String: Double] {
        let candidate = result.candidates[result.winner!]
        return Dictionary(uniqueKeysWithValues: candidate.coordinates.map { ($0.key, Double($0.value)!) })
    }

    @Test func cmaESFindsTheRosenbrockMinimumThroughNoise() throws {
        let result = try Optimization(spec: try Self.spec(), threads: 2).run()
        let x = Self.winner(result)
        #expect(abs(x["x1"]! - 1) < 0.05 && abs(x["x2"]! - 1) < 0.1, "\(x)")
        // Re-measured on fresh streams: the noise (σ = 0.01) averages out near f(1, 1) = 0.
        let fresh = try #require(result.remeasured)
        #expect(fresh.replicates == 64)
        #expect(fresh.objective.mean! < 0.01)
        #expect(result.selection.procedure == "kim-nelson")
        #expect(result.runs >= 4000 && result.runs < 4000 + 1000)
    }

    @Test func cmaESBeatsRandomAndLatinHypercubeSearchAtTheSameBudget() throws {
        func exact(_ method: String) throws -> Double {
            let result = try Optimization(spec: try Self.spec(method: method, noise: 0), threads: 2).run()
            return result.remeasured!.objective.mean!
        }
        let cma = try exact("cma-es"), random = try exact("random"), lhs = try exact("lhs")
        #expect(cma < random / 10 && cma < lhs / 10, "cma-es \(cma), random \(random), lhs \(lhs)")
    }

    /// The sphere's minimum subject to f ≥ 1 lies on the unit circle: the
    /// winner is feasible on fresh streams and its value close to 1.
    @Test func aConstraintHoldsTheWinnerOnItsBoundary() throws {
        let constraint = "[[optimize.constraint]]\nmetric = \"exact\"\nat_least = 1"
        let result = try Optimization(spec: try Self.spec(function: "sphere", noise: 0.05, constraints: constraint), threads: 2).run()
        let fresh = try #require(result.remeasured)
        #expect(fresh.constraints.count == 1)
        #expect(fresh.constraints[0].judgement == .feasible)
        let exact = fresh.constraints[0].summary.mean!
        #expect(exact >= 1 && exact < 1.1, "f = \(exact)")
    }

    @Test func resultsAreIdenticalAcrossThreadsAndLaneWidths() throws {
        let spec = try Self.spec(budget: 1200)
        let a = try Optimization(spec: spec, threads: 1, laneWidth: .two).run()
        let b = try Optimization(spec: spec, threads: 2, laneWidth: .eight).run()
        #expect(a.candidates.map(\.fractions) == b.candidates.map(\.fractions))
        #expect(a.candidates.map { $0.outcomes.map(\.values) } == b.candidates.map { $0.outcomes.map(\.values) })
        #expect(a.winner == b.winner && a.runs == b.runs)
        #expect(a.remeasured!.objective == b.remeasured!.objective)
    }

    @Test func pointsOutsideAFunctionsDomainAreRefusedAndCounted() throws {
        // Ishigami's inputs live in [−π, π]; the box reaches past it, so some candidates are refused, never run.
        let bounds = "x1 = { from = -4, to = 4 }\nx2 = { from = -4, to = 4 }"
        let spec = try Self.spec(function: "ishigami", noise: 0, budget: 800, bounds: bounds, dimension: 3)
        let result = try Optimization(spec: spec, threads: 2).run()
        let refused = result.candidates.filter { $0.parameters == nil }
        #expect(!refused.isEmpty)
        #expect(refused.allSatisfy { $0.outcomes.isEmpty && $0.refusal!.contains("x") })
        #expect(result.winner.map { result.candidates[$0].parameters != nil } == true)
    }
}
