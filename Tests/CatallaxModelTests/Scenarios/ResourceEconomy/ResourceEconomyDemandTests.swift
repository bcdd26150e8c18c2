import Testing
@testable import CatallaxModel
import CatallaxNumerics
import _CatallaxTestSupport

/// The utility demand (`docs/ResourceEconomy.md`, "Utility demand") checked
/// in the kernel against the KKT conditions of the agent's problem, which
/// the kernel's active-set iteration does not use:
///
/// ```
/// max Σ_j A_j ln(1 + (r_j + x_j)/n) − Σ_j P̃_j x_j   s.t.  Σ_j P̃_j x_j ≤ b,  x ≥ 0
/// λ_j = u'(r_j + x_j)/P̃_j = A_j/((B_j + x_j) P̃_j):   equal to 1/θ ≥ 1 where x_j > 0,  ≤ 1/θ where x_j = 0
/// slack budget: θ = 1;   binding budget: Σ_j P̃_j x_j = b
/// ```
@Suite struct ResourceEconomyDemandTests {
    /// What the orders of one step were made from, lane 0.
    struct OrderRecord {
        var quotes: [Double]
        var needs: [Double]
        /// `[agent][resource]`.
        var values: [[Double]]
        var orders: [[Double]]
        var budgets: [Double]
        var live: [Bool]
    }

    @Test(arguments: ["posted", "adjust", "first-come"])
    func utilityDemandMeetsTheKKTConditions(rule: String) {
        // With σ_π = 1 the unconstrained spend Σ_j max(0, A_j − P̃_j n)
        // varies widely between agents, so wallets of B₀ = 35 per unit of
        // size bind for some agents and not for others.
        let p = resourcePoint([
            ("rule", .word(rule)), ("demand", .word("utility")), ("agents", .number(200)), ("steps", .number(3)),
            ("b0", .number(35)), ("pref_spread", .number(1)), ("resources", .number(5)),
        ])
        let kernel = ResourceEconomyKernel<SIMD2<Double>>(sizedFor: p)
        let n = p.agents, m = p.resources
        var probe = StepRecorder(kernel, agents: n) { k, live in
            func pairs(_ row: _PairRow) -> [[Double]] { (0..<n).map { i in (0..<m).map { j in k._row(row)[i * m + j][0] } } }
            return [OrderRecord(
                quotes: (0..<m).map { k._row(.quote)[$0][0] }, needs: (0..<n).map { k._row(.need)[$0][0] },
                values: pairs(.value), orders: pairs(.spotOrder), budgets: (0..<n).map { k._row(.spotBudget)[$0][0] }, live: live)]
        }
        _ = kernel.run(p, keys: LaneKeys(resourceKeys(0..<2)), runCount: 2, observer: &probe)
        var binding = 0, slack = 0, corners = 0
        for (t, r) in probe.records.enumerated() {
            for i in 0..<p.agents where r.live[i] && r.budgets[i] > 0 && r.needs[i] > 0 {
                let n = r.needs[i]
                // Marginal utility per unit of money on each resource (r_j = 0: policy `needed`).
                let lambdas = (0..<p.resources).map { j in r.values[i][j] * n / ((n + r.orders[i][j]) * r.quotes[j]) }
                let spend = (0..<p.resources).map { r.quotes[$0] * r.orders[i][$0] }.reduce(0, +)
                let bought = (0..<p.resources).filter { r.orders[i][$0] > 0 }
                #expect(r.orders[i].allSatisfy { $0 >= 0 })
                let level = bought.isEmpty ? 1 : bought.map { lambdas[$0] }.max()!
                for j in bought { #expect(abs(lambdas[j] / level - 1) <= 1e-9, "step \(t) agent \(i) resource \(j)") }
                for j in 0..<p.resources where !bought.contains(j) {
                    #expect(lambdas[j] <= level * (1 + 1e-9), "step \(t) agent \(i): resource \(j) is worth buying")
                    corners += 1
                }
                #expect(spend <= r.budgets[i] * (1 + 1e-12), "step \(t) agent \(i) overspends")
                if level > 1 + 1e-9 {
                    // λ > 1: the budget binds and is spent in full.
                    #expect(abs(spend / r.budgets[i] - 1) <= 1e-9, "step \(t) agent \(i): λ = \(level) but budget not spent")
                    binding += 1
                } else {
                    // λ = 1: the unconstrained optimum, inside the budget.
                    #expect(abs(level - 1) <= 1e-9, "step \(t) agent \(i): λ = \(level) < 1")
                    slack += 1
                }
            }
        }
        // The instance exercises both regimes and the corner x_j = 0.
        #expect(binding > 50 && slack > 50 && corners > 0, "binding \(binding), slack \(slack), corners \(corners)")
    }
}
