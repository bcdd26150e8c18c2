import Testing
@testable import CatallaxModel
import CatallaxNumerics
import _CatallaxTestSupport

/// The hand-computed examples of `docs/ResourceEconomy.md`, "Known answers":
/// (c) the oracle's valley-filling plan in the kernel and (d) conservation
/// and capacity by hand. (a), (b) and (e) are tested on their components
/// (`ProportionalShare`, `WaterFilling`, `UniformPriceAuction`).
@Suite struct ResourceEconomyKnownAnswerTests {
    /// (d): `posted`, `M = 1`, `C = 1` (`h = 1/2` with two agents of size 1),
    /// `p̄ = 1`, `η = 0.5`, `ε = 0`, `y = 2`, `c = 0.5`, `B₀ = 4`; needs
    /// `(0.25, 0.5)` at step 0 and `(0.75, 0.75)` after.
    static func handPoint(rule: String) -> ResourceEconomyParameters {
        resourcePoint([
            ("rule", .word(rule)), ("resources", .number(1)), ("agents", .number(2)), ("steps", .number(3)),
            ("load", .word("constant")), ("size_spread", .number(0)), ("headroom", .number(0.5)), ("eta", .number(0.5)),
            ("elasticity", .number(0)), ("income", .number(2)), ("running_cost", .number(0.5)), ("b0", .number(4)),
        ])
    }

    static func handNeeds(_ t: Int, _ i: Int) -> Double { t == 0 ? (i == 0 ? 0.25 : 0.5) : 0.75 }

    @Test func conservationAndCapacityByHand() {
        let run = probedRun(Self.handPoint(rule: "posted"), lanes: SIMD2<Double>.self, keys: resourceKeys(0..<1), needs: Self.handNeeds)
        let r = run.probe.records
        #expect(run.probe.violations.isEmpty, "\(run.probe.violations)")
        // t = 0: P = 1, D = 0.75 ≤ C; both up.
        #expect(r[0].prices == [1])
        #expect(r[0].spotFill == [[0.25], [0.5]])
        #expect(r[0].wallets == [5.25, 5.0])
        #expect(r[0].provider == 0.75)
        #expect(r[0].outside == -3)
        #expect(r[0].allocated == [0.75])
        // t = 1: P = 1.375, D = 1.5 > C: 0.5 each, both down.
        #expect(r[1].prices == [1.375])
        #expect(r[1].spotFill == [[0.5], [0.5]])
        #expect(r[1].wallets == [4.0625, 3.8125])
        #expect(r[1].provider == 2.125)
        #expect(r[1].outside == -2)
        #expect(r[1].allocated == [1])
        #expect(r[1].nextQuote == [1.75])
        #expect(r[1].wallets.reduce(0, +) + r[1].provider + r[1].outside == 8)
    }

    @Test func firstComeFillsTheFirstArrivalInFull() {
        let run = probedRun(Self.handPoint(rule: "first-come"), lanes: SIMD2<Double>.self, keys: resourceKeys(0..<1), needs: Self.handNeeds)
        #expect(run.probe.violations.isEmpty, "\(run.probe.violations)")
        let fills = run.probe.records[1].spotFill.map { $0[0] }
        // Whoever arrives first gets its 0.75; the other the remaining 0.25.
        #expect(fills.sorted() == [0.25, 0.75])
        #expect(run.probe.records[1].prices == [1.375])
    }

    /// (c): one oracle agent and four needed agents of size 1, `M = 1`,
    /// `D = H = 6`, `A = 1/√3`, no phase spread, no surge, ample capacity
    /// and budgets: the others' load is `(4, 6, 6, 4, 2, 2)` and the
    /// oracle's next-block need 6, so the plan is `(0.5, 0, 0, 0.5, 2.5, 2.5)`
    /// at the level 4.5, and from block 1 on its credits cover its needs.
    @Test func oracleFillsTheValleysOfTheOthersLoad() {
        let p = resourcePoint([
            ("policy", .word("oracle")), ("resources", .number(1)), ("agents", .number(5)), ("policy_share", .number(0.2)),
            ("steps", .number(24)), ("load", .word("daily")), ("day", .number(6)), ("block", .number(6)), ("expiry", .number(12)),
            ("amplitude", .number(1 / 3.0.squareRoot())), ("phase_spread", .number(0)), ("size_spread", .number(0)),
            ("surge_prob", .number(0)), ("elasticity", .number(0)), ("headroom", .number(100)), ("b0", .number(1e6)),
        ])
        let run = probedRun(p, lanes: SIMD2<Double>.self, keys: resourceKeys(0..<1))
        #expect(run.probe.violations.isEmpty, "\(run.probe.violations)")
        let plan = [0.5, 0, 0, 0.5, 2.5, 2.5]
        for record in run.probe.records {
            let bought = record.aheadFill[0][0]
            #expect(abs(bought - plan[record.step % 6]) <= 1e-12, "step \(record.step): bought \(bought)")
            let others = (1..<5).map { record.needs[$0] }.reduce(0, +)
            #expect(abs(others - [4.0, 6, 6, 4, 2, 2][record.step % 6]) <= 1e-12)
            if record.step >= 6 {
                #expect(abs(record.redeemed[0][0] - record.needs[0]) <= 1e-12, "step \(record.step)")
                #expect(record.spotOrder[0][0] <= 1e-12, "step \(record.step): bought \(record.spotOrder[0][0]) spot")
            }
        }
    }

    /// Kelly (1997) in the kernel: price-taking agents with ample budgets
    /// bid so that the allocation is the water-filling optimum, so the
    /// efficiency is 1 (to the bisection's precision); price-anticipating
    /// agents among 1000 lose little (Johari–Tsitsiklis: never more than
    /// 1/4, and the loss vanishes as every agent's share shrinks).
    @Test func proportionalShareIsEfficient() {
        func efficiency(_ rule: String) -> [Double] {
            let p = resourcePoint([
                ("rule", .word(rule)), ("agents", .number(1000)), ("steps", .number(20)), ("efficiency_every", .number(1)),
                ("b0", .number(1e6)), ("load", .word("constant")), ("policy", .word("needed")),
            ])
            return resourceOutcomes(p, laneWidth: 4, keys: resourceKeys(0..<4)).map { $0[ResourceEconomyMetric.efficiency] ?? .nan }
        }
        for e in efficiency("kelly-pt") { #expect(abs(e - 1) <= 1e-9, "kelly-pt efficiency \(e)") }
        for e in efficiency("kelly-pa") { #expect(e > 1 - 1e-3 && e <= 1 + 1e-9, "kelly-pa efficiency \(e)") }
    }

    /// The prices at mean load that `docs/ResourceEconomy.md` derives for
    /// linear demand ("Allocation rules"): every agent requests the same
    /// multiple `f = 1 + ε(1 − x/m)` of its need, so `posted` follows
    /// `x' = 1 + (η/h)(1 + ε − εx/m)` to `x* = (1 + η(1+ε)/h)/(1 + ηε/(hm))`
    /// and `adjust` settles where `f = h`, at `P = m·p̄·(1 − (h − 1)/ε)`.
    @Test(arguments: [(0.5, 1.4, 0.5), (2, 1.2, 0.25), (1, 2, 3)])
    func linearDemandPricesSettleAtTheirFixedPoints(eta: Double, headroom h: Double, elasticity e: Double) {
        let base = ResourceEconomyParameters()
        let m = base.incomeMultiple
        func finalPrices(_ rule: String, steps: Int) -> [Double] {
            let p = resourcePoint([
                ("rule", .word(rule)), ("agents", .number(40)), ("steps", .number(Double(steps))), ("load", .word("constant")),
                ("eta", .number(eta)), ("headroom", .number(h)), ("elasticity", .number(e)), ("b0", .number(1e6)),
            ])
            let run = probedRun(p, lanes: SIMD2<Double>.self, keys: resourceKeys(0..<2))
            #expect(run.probe.violations.isEmpty, "\(run.probe.violations)")
            return run.probe.records.last!.prices
        }
        let posted = (1 + eta * (1 + e) / h) / (1 + eta * e / (h * m)) * base.basePrice
        for price in finalPrices("posted", steps: 60) { #expect(abs(price / posted - 1) <= 1e-12, "posted \(price) against \(posted)") }
        let adjusted = m * base.basePrice * (1 - (h - 1) / e)
        guard adjusted > base.priceFloor * base.basePrice else { return }
        for price in finalPrices("adjust", steps: 600) { #expect(abs(price / adjusted - 1) <= 1e-9, "adjust \(price) against \(adjusted)") }
    }
}
