@testable import CatallaxModel
import Foundation
import CatallaxNumerics
import Testing

/// Runs `replicates` of a point in batches of `V.scalarCount`.
func zeroIntelligenceOutcomes<V: LaneVector>(
    _ p: ZeroIntelligenceParameters, lanes: V.Type, keys: [RunKey]
) -> [RunOutcome] {
    let batch = ZeroIntelligenceKernel<V>(sizedFor: p)
    return stride(from: 0, to: keys.count, by: V.scalarCount).flatMap { start in
        let slice = Array(keys[start..<min(start + V.scalarCount, keys.count)])
        return batch.run(p, keys: LaneKeys<V>(slice), runCount: slice.count)
    }
}

/// A small point that still trades out most units: 3 periods of 300 arrivals.
func smallZeroIntelligencePoint(_ traders: String, schedule: String = "reference") -> ZeroIntelligenceParameters {
    // The assignments are inside every domain and consistent.
    try! ZeroIntelligenceParameters(assigning: [
        ("traders", .word(traders)), ("schedule", .word(schedule)), ("periods", .number(3)), ("orders", .number(300)),
    ])
}

func zeroIntelligenceKeys(_ replicates: Range<Int>) -> [RunKey] {
    replicates.map { RunKey(seed: 1993, replicate: UInt64($0)) }
}

@Suite struct ZeroIntelligenceKernelTests {
    @Test(arguments: ["zic", "ziu"])
    func aRunIsTheSameWhateverTheLaneWidth(traders: String) {
        let p = smallZeroIntelligencePoint(traders)
        let keys = zeroIntelligenceKeys(0..<11)
        let two = zeroIntelligenceOutcomes(p, lanes: SIMD2<Double>.self, keys: keys)
        let four = zeroIntelligenceOutcomes(p, lanes: SIMD4<Double>.self, keys: keys)
        let eight = zeroIntelligenceOutcomes(p, lanes: SIMD8<Double>.self, keys: keys)
        #expect(two.count == 11)
        #expect(two == four)
        #expect(two == eight)
        #expect(two.allSatisfy { $0.failure == nil })
    }

    @Test func aRunIsTheSameWhateverLaneItRunsIn() {
        let p = smallZeroIntelligencePoint("zic")
        let keys = zeroIntelligenceKeys(0..<8)
        let batch = ZeroIntelligenceKernel<SIMD4<Double>>(sizedFor: p)
        let together = batch.run(p, keys: LaneKeys(Array(keys[0..<4])), runCount: 4)
        let alone = batch.run(p, keys: LaneKeys([keys[2]]), runCount: 1)
        let shifted = batch.run(p, keys: LaneKeys(Array(keys[2..<6])), runCount: 4)
        let reversed = batch.run(p, keys: LaneKeys(Array(keys[0..<4].reversed())), runCount: 4)
        #expect(alone[0] == together[2])
        #expect(shifted[0] == together[2])
        #expect(reversed == Array(together.reversed()))
    }

    @Test(arguments: ["zic", "ziu"])
    func aRunEqualsTheSessionRunDirectly(traders: String) {
        let p = smallZeroIntelligencePoint(traders, schedule: "linear")
        let keys = zeroIntelligenceKeys(20..<24)
        let outcomes = zeroIntelligenceOutcomes(p, lanes: SIMD4<Double>.self, keys: keys)
        for (key, outcome) in zip(keys, outcomes) {
            let direct = ZeroIntelligenceSession.run(p.design, strategy: p.traders, key: key)
            #expect(outcome[ZeroIntelligenceMetric.efficiency] == direct.efficiency)
            #expect(outcome[ZeroIntelligenceMetric.volume] == Double(direct.volume) / 3)
            #expect(outcome[ZeroIntelligenceMetric.meanPrice] == direct.meanPrice)
        }
    }

    @Test func aReusedWorkerGivesTheSameRuns() {
        let small = smallZeroIntelligencePoint("zic")
        let other = smallZeroIntelligencePoint("ziu", schedule: "linear")
        let keys = LaneKeys<SIMD4<Double>>(zeroIntelligenceKeys(0..<4))
        let batch = ZeroIntelligenceKernel<SIMD4<Double>>(sizedFor: small)
        let first = batch.run(small, keys: keys, runCount: 4)
        let restarted = batch.run(small, keys: keys, runCount: 4)
        _ = batch.run(other, keys: keys, runCount: 4)
        let rebuilt = batch.run(small, keys: keys, runCount: 4)
        #expect(first == restarted)
        #expect(first == rebuilt)
    }

    @Test func aRestartedSessionEqualsAFreshOne() {
        let design = smallZeroIntelligencePoint("zic").design
        var session = ZeroIntelligenceSession(design: design, strategy: .budgetConstrained, key: RunKey(seed: 1, replicate: 0))
        session.run()
        for r in 1..<4 {
            let key = RunKey(seed: 1, replicate: UInt64(r))
            session.restart(key: key)
            #expect(session.arrivals == 0 && session.realizedSurplus == 0 && session.prices.isEmpty)
            #expect(session.run() == ZeroIntelligenceSession.run(design, strategy: .budgetConstrained, key: key))
        }
    }

    @Test func differentReplicatesDiffer() {
        let outcomes = zeroIntelligenceOutcomes(smallZeroIntelligencePoint("zic"), lanes: SIMD4<Double>.self,
                                                keys: zeroIntelligenceKeys(0..<4))
        #expect(Set(outcomes.map { $0[ZeroIntelligenceMetric.volatility]! }).count == 4)
    }

    @Test func metricsFollowTheirFormulasOnOneSession() {
        let p = smallZeroIntelligencePoint("zic")
        let key = RunKey(seed: 5, replicate: 0)
        let outcome = ZeroIntelligenceKernel<SIMD2<Double>>(sizedFor: p).run(p, keys: LaneKeys([key]), runCount: 1)[0]
        let prices = ZeroIntelligenceSession.run(p.design, strategy: p.traders, key: key).prices.map(Double.init)
        let n = Double(prices.count)
        let rmsd = (prices.map { ($0 - 100) * ($0 - 100) }.reduce(0, +) / n).squareRoot() / 100
        let returns = zip(prices.dropFirst(), prices).map { Foundation.log($0 / $1) }
        let mean = returns.reduce(0, +) / Double(returns.count)
        let sd = (returns.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(returns.count - 1)).squareRoot()
        #expect(outcome.values.count == ZeroIntelligenceMetric.allCases.count)
        #expect(abs(outcome[ZeroIntelligenceMetric.priceRMSD]! - rmsd) <= 1e-12 * rmsd)
        #expect(abs(outcome[ZeroIntelligenceMetric.volatility]! - sd) <= 1e-12 * sd)
        #expect(outcome[ZeroIntelligenceMetric.profitDispersion]! > 0)
    }

    @Test func runsWithFewTradesHaveNoPriceMetrics() throws {
        // Two arrivals per period: at most one trade per period, two in all.
        let p = try ZeroIntelligenceParameters(assigning: [("periods", .number(2)), ("orders", .number(2))])
        let outcomes = zeroIntelligenceOutcomes(p, lanes: SIMD8<Double>.self, keys: zeroIntelligenceKeys(0..<8))
        for outcome in outcomes {
            #expect(outcome[ZeroIntelligenceMetric.volatility] == nil)
            #expect(outcome.failure == nil)
            #expect((outcome[ZeroIntelligenceMetric.meanPrice] == nil) == (outcome[ZeroIntelligenceMetric.volume] == 0))
            #expect((outcome[ZeroIntelligenceMetric.priceRMSD] == nil) == (outcome[ZeroIntelligenceMetric.volume] == 0))
        }
        #expect(outcomes.contains { $0[ZeroIntelligenceMetric.volume] == 0 })
    }
}
