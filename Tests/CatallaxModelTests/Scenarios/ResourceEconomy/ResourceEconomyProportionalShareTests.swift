import Testing
@testable import CatallaxModel
import CatallaxNumerics
import _CatallaxTestSupport

/// The proportional-share steps of the kernel checked against the agents'
/// first-order conditions at the step's price `μ = S/C`, conditions the
/// kernel's bisection does not use (`docs/ResourceEconomy.md`, "Allocation
/// rules"):
///
/// ```
/// kelly-pt (Kelly):   u'(r + x) = A/(B + x) = μ            where 0 < w < β
/// kelly-pa (JT):      u'(r + x)·(1 − x/C) = μ              where 0 < w < β
/// w = 0:  the left side at x = 0 is ≤ μ;    w = β:  the left side is ≥ μ
/// ```
@Suite struct ResourceEconomyProportionalShareTests {
    /// One resource's step, lane 0: what the bids were made from and what they were.
    struct ShareRecord {
        var price: Double, capacity: Double
        var scales: [Double], offsets: [Double], budgets: [Double], bids: [Double], fills: [Double]
        var live: [Bool]
    }

    @Test(arguments: ["kelly-pt", "kelly-pa"], ["needed", "ewma"])
    func bidsMeetTheFirstOrderConditionsAtTheStepsPrice(rule: String, policy: String) {
        let p = resourcePoint([
            ("rule", .word(rule)), ("policy", .word(policy)), ("agents", .number(80)), ("steps", .number(30)),
            ("load", .word("bursts")), ("pref_spread", .number(0.6)),
        ])
        let kernel = ResourceEconomyKernel<SIMD2<Double>>(sizedFor: p)
        let n = p.agents, m = p.resources
        var probe = StepRecorder(kernel, agents: n) { k, live in
            (0..<m).map { j in
                let needs = (0..<n).map { k._row(.need)[$0][0] }
                func pair(_ row: _PairRow) -> [Double] { laneZero(k, row, resource: j, agents: n, resources: m) }
                return ShareRecord(
                    price: k._row(.price)[j][0], capacity: k._row(.capacity)[j][0],
                    scales: zip(pair(.value), needs).map { $0 * $1 }, offsets: zip(needs, pair(.redeemed)).map { $0 + $1 },
                    budgets: pair(.spotLimit), bids: pair(.spotOrder), fills: pair(.spotFill), live: live)
            }
        }
        _ = kernel.run(p, keys: LaneKeys(resourceKeys(0..<2)), runCount: 2, observer: &probe)
        var interior = 0, zero = 0, binding = 0
        for (index, r) in probe.records.enumerated() {
            let mu = r.price, c = r.capacity
            #expect(r.fills.reduce(0, +) <= c * (1 + 1e-12))
            for i in r.bids.indices where r.live[i] && r.scales[i] > 0 {
                let x = r.fills[i], w = r.bids[i]
                func marginal(_ x: Double) -> Double {
                    let u = r.scales[i] / (r.offsets[i] + x)
                    return rule == "kelly-pt" ? u : u * (1 - x / c)
                }
                let place = "record \(index) agent \(i): w = \(w), β = \(r.budgets[i]), μ = \(mu)"
                if r.budgets[i] <= 0 {
                    // Nothing to spend (a wallet below the running cost): the bid is 0 whatever it is worth.
                    #expect(w == 0, "\(place)")
                } else if w >= r.budgets[i] * (1 - 1e-12) {
                    #expect(marginal(x) >= mu * (1 - 1e-7), "\(place): bids more than it is worth")
                    binding += 1
                } else if w <= 0 {
                    #expect(marginal(0) <= mu * (1 + 1e-9), "\(place): a bid would pay")
                    zero += 1
                } else {
                    #expect(abs(marginal(x) / mu - 1) <= 1e-7, "\(place): marginal value \(marginal(x))")
                    interior += 1
                }
            }
        }
        #expect(interior > 100 && binding > 10, "interior \(interior), binding \(binding), zero \(zero)")
    }
}
