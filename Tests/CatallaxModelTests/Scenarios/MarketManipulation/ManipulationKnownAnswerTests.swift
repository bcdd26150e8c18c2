import Testing
@testable import CatallaxModel
import CatallaxNumerics
import _CatallaxTestSupport

/// Known answers 7–9 of `docs/MarketManipulation.md`: wash trading pays iff
/// `r > φ`, no attack leaves the two markets bit-identical, and how a
/// cartel and independent traders line up their cycles.
@Suite struct ManipulationKnownAnswerTests {
    /// An adjacent round trip of `a = 2000` at `S = 10⁵`: `V = 2020`, `π = 2V·(r − φ)`.
    static func roundTrip(fee: Double, reward: Double) -> Double {
        var l = SandwichKnownAnswerTests.ledger()
        l.treasury = 1e6
        var q = OrderQueue()
        let trip = WashTrader(size: 2000).roundTrip
        q.insert(account: 1, tokens: trip.buy)
        q.insert(account: 1, tokens: trip.sell)
        l.executeSerially(&q, on: referenceLine, fee: fee, reward: reward)
        #expect(abs(q.flow[0] + (1 + fee - reward) * 2020) <= 1e-9)
        return q.totals(of: 1).flow
    }

    @Test func washTradingPaysExactlyWhenTheRewardBeatsTheFee() {
        #expect(abs(Self.roundTrip(fee: 0.001, reward: 0.002) - 4.04) <= 1e-9)
        #expect(abs(WashTrader.roundTripProfit(value: 2020, fee: 0.001, reward: 0.002) - 4.04) <= 1e-12)
        #expect(abs(Self.roundTrip(fee: 0.002, reward: 0.002)) <= 1e-9)
        #expect(abs(Self.roundTrip(fee: 0.003, reward: 0.002) - -4.04) <= 1e-9)
    }

    /// In the scenario every round trip succeeds iff `r > φ`; the rewards
    /// the treasury cannot pay are minted and counted.
    @Test(arguments: [(0.001, 0.002, 1.0), (0.003, 0.002, 0.0)])
    func washTradingSucceedsIffTheRewardBeatsTheFee(_ fee: Double, _ reward: Double, _ rate: Double) {
        let p = manipulationPoint([("attack", "wash_trading")], [("victims", 10), ("steps", 30), ("fee", fee), ("reward_rate", reward)])
        for o in ScenarioBatchRunner.outcomes(ScenarioParameters(p), keys: manipulationKeys(0..<2), laneWidth: 2) {
            #expect(o.failure == nil)
            #expect(o[MarketManipulationMetric.attackSuccessRate] == rate)
            #expect(o[MarketManipulationMetric.attempts] == 30)
            #expect((o[MarketManipulationMetric.rewardPaid] ?? 0) > 0)
        }
    }

    /// Without an attack the attacked market is its counterfactual, bit for bit.
    @Test(arguments: ExecutionPolicy.allCases)
    func noAttackChangesNothing(_ execution: ExecutionPolicy) {
        let p = manipulationPoint([("attack", "none"), ("execution", execution.rawValue)], [("victims", 30), ("steps", 50), ("fee", 0.003)])
        for o in ScenarioBatchRunner.outcomes(ScenarioParameters(p), keys: manipulationKeys(0..<2), laneWidth: 2) {
            #expect(o.failure == nil)
            #expect(o[MarketManipulationMetric.victimLoss] == 0 && o[MarketManipulationMetric.volatilityAdded] == 0)
            #expect(o[MarketManipulationMetric.priceImpact] == 0 && o[MarketManipulationMetric.attackerProfit] == 0)
            #expect(o[MarketManipulationMetric.attempts] == 0)
        }
    }

    /// A cartel shares phase 0; independent traders take the drawn offsets.
    @Test func aCartelTradesInPhaseAndIndependentTradersDoNot() {
        let key = manipulationKeys(0..<1)[0].words
        for attack in [AttackKind.cartel, .pumpAndDump] {
            let p = manipulationPoint([("attack", attack.rawValue)], [("attackers", 5)])
            var run = MarketManipulationRun()
            run.start(p, key: key, on: referenceLine)
            let expected = (0..<5).map { Cartel.offset(trader: $0, coordinated: attack == .cartel, cycle: 28, key: key) }
            #expect(run.offsets == expected)
            if attack == .cartel { #expect(run.offsets == [0, 0, 0, 0, 0]) } else { #expect(Set(run.offsets).count > 1) }
        }
        // The schedule: a/W_a while accumulating, a_p while pumping, Q/(C − φ) while dumping.
        let s = PumpAndDump(accumulation: 2000, pumpSize: 1000, accumulateSteps: 20, pumpSteps: 3, dumpSteps: 5)
        #expect(s.order(phase: 0, inventory: 0) == 100 && s.order(phase: 22, inventory: 0) == 1000)
        #expect(s.order(phase: 23, inventory: 5000) == -1000 && s.order(phase: 27, inventory: 700) == -700)
    }

    /// A pump-and-dump trader ends each cycle it began with nothing of it left.
    @Test(arguments: [AttackKind.pumpAndDump, .cartel])
    func pumpCyclesCloseOut(_ attack: AttackKind) {
        let p = manipulationPoint([("attack", attack.rawValue)], [("victims", 30), ("steps", 28 * 3)])
        let (outcomes, probe) = probedManipulationRun(p, keys: manipulationKeys(0..<2))
        #expect(probe.violations.isEmpty)
        for o in outcomes {
            #expect(o.failure == nil)
            #expect((o[MarketManipulationMetric.attempts] ?? 0) >= 3 * 2)
        }
    }
}
