import Testing
@testable import CatallaxOptimize

@Suite struct SearchMethodTests {
    typealias F = SearchTestFunctions

    /// The sphere shifted to `(1, …, 1)` in the box `[−5, 5]¹⁰`.
    static let box = BoxBounds(lower: Array(repeating: -5, count: 10), upper: Array(repeating: 5, count: 10))
    static func shiftedSphere(_ x: [Double]) -> Double { F.sphere(x.map { $0 - 1 }) }

    @Test func testCMAESBeatsRandomAndLatinHypercubeSearchAtEqualBudget() {
        let budget = 1500
        var cma = CMAESSearch(start: Array(repeating: -2, count: 10),
                              options: CMAESOptions(stepSize: 2, bounds: Self.box, maxEvaluations: budget, seed: 1))
        var random = RandomSearch(bounds: Self.box, budget: budget, seed: 1)
        var lhs = LatinHypercubeSearch(bounds: Self.box, budget: budget, seed: 1)
        let c = cma.minimize(Self.shiftedSphere)?.value ?? .infinity
        let r = random.minimize(Self.shiftedSphere)?.value ?? .infinity
        let l = lhs.minimize(Self.shiftedSphere)?.value ?? .infinity
        #expect(cma.evaluations <= budget && random.evaluations == budget && lhs.evaluations == budget)
        // Random sampling in 10-D finds f of order 10 at this budget; CMA-ES
        // converges linearly, to below 10⁻⁶.
        #expect(c < 1e-6 * r, "CMA-ES \(c), random \(r)")
        #expect(c < 1e-6 * l, "CMA-ES \(c), Latin hypercube \(l)")
    }
}
