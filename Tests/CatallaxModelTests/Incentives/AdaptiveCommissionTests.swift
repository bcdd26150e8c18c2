import Testing
@testable import CatallaxModel

/// The commission is charged to the trader and adjusts every `period`
/// steps by `r ← clip(r ± δ, lo, hi)`.
@Suite struct AdaptiveCommissionTests {
    @Test func theTraderPaysTheRateOnTheTradeValue() {
        var c = AdaptiveCommission(rate: 0.01, lowest: 0, highest: 0.05, step: 0.002, period: 10, rule: .fixed)
        let cut = c.charge(onValue: 200)
        #expect(cut == 2)
        #expect(c.volume == 200)
    }

    @Test func theRateMovesOnlyAtTheEndOfAPeriodAndStaysInItsBounds() {
        var c = AdaptiveCommission(rate: 0.01, lowest: 0, highest: 0.015, step: 0.002, period: 10, rule: .drift)
        var rates: [Double] = []
        for t in 0..<100 {
            let adjusted = c.endStep(t, coinUp: true)
            #expect(adjusted == ((t + 1) % 10 == 0))
            rates.append(c.rate)
        }
        #expect(rates[8] == 0.01 && rates[9] == 0.012 && rates[19] == 0.014)
        #expect(rates[29] == 0.015 && rates[99] == 0.015)
    }

    @Test func theVolumeRuleFollowsTheVolume() {
        var c = AdaptiveCommission(rate: 0.01, lowest: 0, highest: 0.05, step: 0.002, period: 1, rule: .volume)
        _ = c.charge(onValue: 10)
        c.endStep(0, coinUp: false)
        #expect(c.rate == 0.012)    // 10 ≥ 0: up
        _ = c.charge(onValue: 5)
        c.endStep(1, coinUp: true)
        #expect(abs(c.rate - 0.01) < 1e-15)     // 5 < 10: down
        var fixed = AdaptiveCommission(rate: 0.01, lowest: 0, highest: 0.05, step: 0.002, period: 1, rule: .fixed)
        fixed.endStep(0, coinUp: true)
        #expect(fixed.rate == 0.01)
    }
}
