import Testing
@testable import CatallaxModel
import CatallaxNumerics
import _CatallaxTestSupport

/// Known answers 1–6 of `docs/MarketManipulation.md`: the sandwich on
/// `f = m·S` under each execution policy, with a fee and an order cap.
@Suite struct SandwichKnownAnswerTests {
    /// A market at `S = 10⁵` with one victim (account 0) and the attacker (account 1), both rich.
    static func ledger() -> CurveLedger {
        var l = CurveLedger()
        l.supply = 100_000
        l.reserve = referenceLine.reserve(atSupply: 100_000)
        l.cash = [1e7, 1e7]
        l.tokens = [0, 10_000]
        l.passiveTokens = 90_000
        return l
    }

    /// The queue `attacker buys a, victim buys v, attacker sells a` executed
    /// serially with fee `φ`: the attacker's profit and the victim's payment.
    static func tightSandwich(a: Double, v: Double, fee: Double) -> (profit: Double, victimPaid: Double) {
        var l = ledger()
        var q = OrderQueue()
        q.insert(account: 0, tokens: v)
        q.insert(account: 1, tokens: a, at: 0)
        q.insert(account: 1, tokens: -a)
        l.executeSerially(&q, on: referenceLine, fee: fee, reward: 0)
        return (q.totals(of: 1).flow, -q.flow[1])
    }

    /// What the victim pays alone.
    static func alone(v: Double, fee: Double) -> Double {
        var l = ledger()
        var q = OrderQueue()
        q.insert(account: 0, tokens: v)
        l.executeSerially(&q, on: referenceLine, fee: fee, reward: 0)
        return -q.flow[0]
    }

    @Test func aTightSandwichEarnsMTimesATimesV() {
        let (profit, paid) = Self.tightSandwich(a: 2000, v: 100, fee: 0)
        #expect(abs(profit - 2.0) <= 1e-9)
        #expect(abs((paid - Self.alone(v: 100, fee: 0)) - 2.0) <= 1e-9)
        // The prediction the sandwicher attacks on is the same number.
        #expect(abs(Sandwicher.predictedProfit(frontRun: 2000, victim: 100, atSupply: 100_000, fee: 0, on: referenceLine) - 2.0) <= 1e-9)
    }

    /// `π = m·a·v − φ·m·(a² + 2aS + av)`; the victim pays `(1 + φ)·m·a·v` more.
    @Test func aFeeTakesBothLegsFees() {
        let m = 1e-5, a = 2000.0, v = 100.0, s = 100_000.0, fee = 1e-5
        let expected = m * a * v - fee * m * (a * a + 2 * a * s + a * v)
        #expect(abs(expected - 1.95958) <= 1e-12)
        let (profit, paid) = Self.tightSandwich(a: a, v: v, fee: fee)
        #expect(abs(profit - expected) <= 1e-9)
        #expect(abs((paid - Self.alone(v: v, fee: fee)) - (1 + fee) * m * a * v) <= 1e-9)
        #expect(abs(Sandwicher.predictedProfit(frontRun: a, victim: v, atSupply: s, fee: fee, on: referenceLine) - expected) <= 1e-9)
    }

    /// The scenario's sandwiches, step by step: each attempt earns `m·a·v`
    /// for the `v` it wrapped (`max_order = c` cuts both to `c`).
    @Test(arguments: [nil, 50.0])
    func everyContinuousSandwichEarnsMTimesATimesV(_ cap: Double?) {
        var numbers: [(String, Double)] = [("victims", 5), ("steps", 40), ("activity", 0.6)]
        if let cap { numbers.append(("max_order", cap)) }
        let p = manipulationPoint([("attack", "sandwich")], numbers)
        let (outcomes, probe) = probedManipulationRun(p, keys: manipulationKeys(0..<2))
        #expect(probe.violations.isEmpty)
        var attempts = 0
        for lane in 0..<2 {
            for record in probe.records[lane] {
                guard let profit = record.attemptProfit else { continue }
                attempts += 1
                let legs = record.attackedOrders.filter { $0.trader == p.victims }
                #expect(legs.count == 2)
                let a = legs[0].tokens
                #expect(a == min(2000, cap ?? .infinity) && legs[1].tokens == -a)
                let at = record.attackedOrders.firstIndex { $0.trader == p.victims }!
                let v = record.attackedOrders[at + 1].tokens
                #expect(v > 0 && v <= (cap ?? .infinity))
                #expect(abs(profit - 1e-5 * a * v) <= 1e-9 * max(1, profit))
            }
            #expect(outcomes[lane].failure == nil)
        }
        #expect(attempts > 20)
    }

    /// Buy and sell of `a` net to nothing in the batch: both legs trade at
    /// `p̄`, the attempt earns exactly 0 and the victims lose exactly 0.
    @Test func aCallAuctionSandwichEarnsNothing() {
        let p = manipulationPoint([("attack", "sandwich"), ("execution", "call_auction")], [("victims", 20), ("steps", 40)])
        let (outcomes, probe) = probedManipulationRun(p, keys: manipulationKeys(0..<2))
        #expect(probe.violations.isEmpty)
        for lane in 0..<2 {
            let profits = probe.records[lane].compactMap(\.attemptProfit)
            #expect(profits.count > 20)
            #expect(profits.allSatisfy { $0 == 0 })
            let o = outcomes[lane]
            #expect(o[MarketManipulationMetric.victimLoss] == 0)
            #expect(o[MarketManipulationMetric.priceImpact] == 0)
            #expect(o[MarketManipulationMetric.volatilityAdded] == 0)
            #expect(abs(o[MarketManipulationMetric.attackerProfit]!) <= 1e-9)
        }
    }

    /// With a fee the batch sandwich pays both legs' fees: `−2φ·p̄·a`.
    @Test func aCallAuctionSandwichWithAFeePaysBothFees() {
        let fee = 1e-5
        let p = manipulationPoint([("attack", "sandwich"), ("execution", "call_auction")],
                                  [("victims", 20), ("steps", 10), ("activity", 1), ("fee", fee)])
        let (_, probe) = probedManipulationRun(p, keys: manipulationKeys(0..<1))
        var checked = 0
        for record in probe.records[0] {
            guard let profit = record.attemptProfit else { continue }
            let buy = record.attackedOrders.first { $0.trader == p.victims && $0.tokens > 0 }!
            let price = -buy.flow / ((1 + fee) * buy.tokens)
            #expect(abs(profit - -2 * fee * price * buy.tokens) <= 1e-9)
            checked += 1
        }
        #expect(checked > 0)
    }

    /// `E[π] = 0` under random order with no fee and budgets that never
    /// bind: the mean of 4 000 attempts is within 4 standard errors of 0,
    /// and each attempt earns `m·a·v`, `−m·a·v` or 0.
    @Test func aRandomOrderSandwichEarnsNothingOnAverage() {
        let p = manipulationPoint([("attack", "sandwich"), ("execution", "random_order")],
                                  [("victims", 1), ("steps", 8000), ("activity", 1), ("trend_share", 0)])
        let (_, probe) = probedManipulationRun(p, keys: manipulationKeys(0..<1))
        #expect(probe.violations.isEmpty)
        var profits: [Double] = []
        var signs = [0, 0, 0]
        for record in probe.records[0] {
            guard let profit = record.attemptProfit else { continue }
            profits.append(profit)
            let v = record.attackedOrders.first { $0.trader == 0 }!.tokens
            let mav = 1e-5 * 2000 * v
            if abs(profit - mav) <= 1e-9 { signs[0] += 1 } else if abs(profit + mav) <= 1e-9 { signs[1] += 1 } else if abs(profit) <= 1e-9 { signs[2] += 1 }
        }
        #expect(profits.count > 3500)
        #expect(signs.reduce(0, +) == profits.count)
        let n = Double(profits.count)
        let mean = profits.reduce(0, +) / n
        let sd = (profits.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / (n - 1)).squareRoot()
        #expect(abs(mean) <= 4 * sd / n.squareRoot())
        // Chances 1/6, 1/6, 2/3.
        #expect(abs(Double(signs[2]) / n - 2.0 / 3) < 0.05 && signs[0] > 0 && signs[1] > 0)
    }

    /// Commit-reveal hides the queue: no attempt, nothing earned, nothing lost.
    @Test func commitRevealLeavesNoTarget() {
        let p = manipulationPoint([("attack", "sandwich"), ("execution", "commit_reveal")], [("victims", 20), ("steps", 40)])
        let outcome = ScenarioBatchRunner.outcomes(ScenarioParameters(p), keys: manipulationKeys(0..<2), laneWidth: 2)
        for o in outcome {
            #expect(o[MarketManipulationMetric.attempts] == 0 && o[MarketManipulationMetric.attackerProfit] == 0)
            #expect(o[MarketManipulationMetric.victimLoss] == 0 && o[MarketManipulationMetric.priceImpact] == 0)
        }
    }
}
