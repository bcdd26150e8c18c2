@testable import CatallaxModel
import CatallaxNumerics
import Testing

/// Checks the double auction's invariants at every period's end: total cash
/// and units as at the start, no negative units, no negative cash unless
/// ZI-U traders are allowed to overspend.
struct DoubleAuctionInvariantObserver<Lanes: LaneVector>: StepObserver {
    let totalCash: Double
    let totalUnits: Double
    let runCount: Int
    var violations = 0
    var negativeCash = 0
    var periodsSeen: [Int] = []

    init(_ design: DoubleAuctionDesign, runCount: Int) {
        totalCash = Double(design.buyerValues.joined().reduce(0, +))
        totalUnits = Double(design.sellerCosts.joined().count)
        self.runCount = runCount
    }

    mutating func stepEnded<State: StepState<Lanes>>(_ t: Int, _ state: State) {
        guard let snapshot = state as? ZeroIntelligenceState<Lanes> else { Issue.record("unexpected state \(State.self)"); return }
        periodsSeen.append(t)
        for lane in 0..<Lanes.scalarCount {
            var cash = 0.0, units = 0.0
            for i in 0..<snapshot.accounts.agents {
                let b = snapshot.accounts.balance(agent: i, lane: lane), h = snapshot.accounts.holdings(agent: i, lane: lane)
                cash += b
                units += h
                if h < 0 { violations += 1 }
                if b < 0 { negativeCash += 1 }
            }
            if cash != totalCash || units != totalUnits || snapshot.totalUnits != totalUnits { violations += 1 }
            if snapshot.violatedInvariant(lane: lane) != nil && snapshot.budgetConstrained { violations += 1 }
        }
    }
}

@Suite struct ZeroIntelligenceInvariantTests {
    @Test(arguments: ["zic", "ziu"])
    func cashAndUnitsAreConservedAtEveryPeriod(traders: String) {
        for schedule in ["reference", "linear"] {
            let p = smallZeroIntelligencePoint(traders, schedule: schedule)
            let batch = ZeroIntelligenceKernel<SIMD4<Double>>(sizedFor: p)
            var observer = DoubleAuctionInvariantObserver<SIMD4<Double>>(p.design, runCount: 3)
            let outcomes = batch.run(p, keys: LaneKeys(zeroIntelligenceKeys(0..<3)), runCount: 3, observer: &observer)
            #expect(observer.periodsSeen == [-1, 0, 1, 2])
            #expect(observer.violations == 0)
            #expect(outcomes.allSatisfy { $0.failure == nil })
            // Overspending is ZI-U's, and it is not a failure of the run.
            #expect((observer.negativeCash > 0) == (traders == "ziu"))
        }
    }

    @Test func invariantsHoldAfterEveryOrderOfALinearDesign() throws {
        let p = try ZeroIntelligenceParameters(assigning: [
            ("schedule", .word("linear")), ("buyers", .number(5)), ("sellers", .number(8)), ("units", .number(3)),
            ("periods", .number(3)), ("orders", .number(400)),
        ])
        let design = p.design
        let cash = design.buyerValues.joined().reduce(0, +), units = design.sellerCosts.joined().count
        var session = ZeroIntelligenceSession(design: design, strategy: .budgetConstrained, key: RunKey(seed: 2, replicate: 0))
        for r in 0..<5 {
            session.restart(key: RunKey(seed: 2, replicate: UInt64(r)))
            var bad = 0
            while session.advance() {
                let c = (0..<session.traderCount).map(session.cash(ofTrader:))
                let u = (0..<session.traderCount).map(session.units(ofTrader:))
                if c.reduce(0, +) != cash || u.reduce(0, +) != units || c.contains(where: { $0 < 0 }) || u.contains(where: { $0 < 0 }) {
                    bad += 1
                }
            }
            #expect(bad == 0)
            #expect(session.prices.count > 0)
        }
    }

    @Test func pricePathHasTheMeanPriceOfEveryPeriod() {
        let p = smallZeroIntelligencePoint("zic")
        let keys = zeroIntelligenceKeys(0..<3)
        var recorder = PricePathRecorder<SIMD4<Double>>()
        _ = ZeroIntelligenceKernel<SIMD4<Double>>(sizedFor: p).run(p, keys: LaneKeys(keys), runCount: 3, observer: &recorder)
        for (lane, key) in keys.enumerated() {
            var session = ZeroIntelligenceSession(design: p.design, strategy: p.traders, key: key)
            var expected: [Double] = []
            for _ in 0..<p.periods {
                let first = session.prices.count
                for _ in 0..<p.ordersPerPeriod { session.advance() }
                let period = session.prices[first...]
                expected.append(period.isEmpty ? expected.last ?? 100 : Double(period.reduce(0, +)) / Double(period.count))
            }
            expected.append(Double(session.prices.last!))
            #expect(recorder.paths[lane] == expected)
        }
        // The padding lane repeats the last real lane.
        #expect(recorder.paths[3] == recorder.paths[2])
    }

    @Test func brokenHoldingsBecomeTheFailureReason() {
        let p = smallZeroIntelligencePoint("zic")
        let design = p.design
        let totalCash = design.buyerValues.joined().reduce(0, +), totalUnits = design.sellerCosts.joined().count
        let batch = ZeroIntelligenceKernel<SIMD2<Double>>(sizedFor: p)
        _ = batch.run(p, keys: LaneKeys([RunKey(seed: 3, replicate: 0)]), runCount: 1)
        #expect(batch._closePeriod(lane: 0, design: design, totalCash: totalCash, totalUnits: totalUnits).0 == nil)
        batch._sessions[0]._cash[0] += 1
        #expect(batch._closePeriod(lane: 0, design: design, totalCash: totalCash, totalUnits: totalUnits).0?
            .hasPrefix("cash not conserved") == true)
        batch._sessions[0]._cash[0] -= totalCash + 1
        batch._sessions[0]._cash[1] += totalCash
        #expect(batch._closePeriod(lane: 0, design: design, totalCash: totalCash, totalUnits: totalUnits).0
            == "a ZI-C trader's cash became negative")
        batch._sessions[0]._units[0] -= 99
        batch._sessions[0]._units[1] += 99
        #expect(batch._closePeriod(lane: 0, design: design, totalCash: totalCash, totalUnits: totalUnits).0
            == "a trader's units became negative")
    }
}
