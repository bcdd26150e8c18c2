@testable import CatallaxModel
import CatallaxNumerics
import Testing

@Suite struct MultiAssetKernelTests {
    @Test func aRunIsTheSameWhateverTheLaneWidth() {
        let p = smallMultiAssetPoint([("assets", .number(3))])
        let keys = multiAssetKeys(0..<11)
        let two = multiAssetOutcomes(p, lanes: SIMD2<Double>.self, keys: keys)
        let four = multiAssetOutcomes(p, lanes: SIMD4<Double>.self, keys: keys)
        let eight = multiAssetOutcomes(p, lanes: SIMD8<Double>.self, keys: keys)
        #expect(two.count == 11)
        #expect(two == four)
        #expect(two == eight)
        #expect(two.allSatisfy { $0.failure == nil })
        #expect(Set(two.map { $0[MultiAssetMetric.volatility] }).count == 11)
    }

    @Test func aRunIsTheSameWhateverLaneItRunsIn() {
        let p = smallMultiAssetPoint()
        let keys = multiAssetKeys(0..<8)
        let batch = MultiAssetKernel<SIMD4<Double>>(sizedFor: p)
        let together = batch.run(p, keys: LaneKeys(Array(keys[0..<4])), runCount: 4)
        let alone = batch.run(p, keys: LaneKeys([keys[2]]), runCount: 1)
        let shifted = batch.run(p, keys: LaneKeys(Array(keys[2..<6])), runCount: 4)
        let reversed = batch.run(p, keys: LaneKeys(Array(keys[0..<4].reversed())), runCount: 4)
        #expect(alone[0] == together[2])
        #expect(shifted[0] == together[2])
        #expect(reversed == Array(together.reversed()))
    }

    @Test func aReusedWorkerGivesTheSameRuns() {
        let small = smallMultiAssetPoint()
        let larger = smallMultiAssetPoint([("assets", .number(7)), ("agents", .number(90))])
        let keys = LaneKeys<SIMD4<Double>>(multiAssetKeys(0..<4))
        let batch = MultiAssetKernel<SIMD4<Double>>(sizedFor: small)
        let first = batch.run(small, keys: keys, runCount: 4)
        _ = batch.run(larger, keys: keys, runCount: 4)
        #expect(batch.run(small, keys: keys, runCount: 4) == first)
        #expect(multiAssetOutcomes(larger, lanes: SIMD4<Double>.self, keys: multiAssetKeys(0..<4))
            == batch.run(larger, keys: keys, runCount: 4))
    }

    @Test func assetsAndCashAreConservedAfterEveryStep() {
        let p = smallMultiAssetPoint([("assets", .number(6)), ("sigma_eps", .number(0.1)), ("p_act", .number(0.5))])
        let batch = MultiAssetKernel<SIMD4<Double>>(sizedFor: p)
        var probe = MultiAssetProbe(batch, p, runCount: 3)
        let outcomes = batch.run(p, keys: LaneKeys(multiAssetKeys(0..<3)), runCount: 3, observer: &probe)
        #expect(probe.stepsSeen == p.steps + 1)
        #expect(probe.worstHoldingError <= 1e-12)
        #expect(probe.worstCashError <= 1e-12)
        #expect(outcomes.allSatisfy { $0.failure == nil })
        #expect(outcomes.allSatisfy { ($0[MultiAssetMetric.volume] ?? 0) > 0 })
    }

    @Test func theKernelAggregatesBeliefsAsTheAgentFormula() {
        let p = smallMultiAssetPoint([("assets", .number(4)), ("gamma", .number(0.6))])
        let batch = MultiAssetKernel<SIMD2<Double>>(sizedFor: p)
        var probe = MultiAssetProbe(batch, p, runCount: 2)
        var worst = 0.0
        probe.inspect = { _, lane, beliefs, _ in
            let rhs = batch._row(.rightHandSide)
            let a = p.demandIntercepts(beliefs: beliefs)
            let shift = p.depth * Double(p.agents) * p.reactivity * p.referenceValue
            for j in 0..<p.assets { worst = max(worst, abs(rhs[j][lane] - (a[j] + shift)) / (a[j] + shift)) }
        }
        _ = batch.run(p, keys: LaneKeys(multiAssetKeys(0..<2)), runCount: 2, observer: &probe)
        #expect(worst <= 1e-13)
    }

    @Test func thePathRecordsAssetZeroFromTheOpeningToTheEnd() throws {
        let p = smallMultiAssetPoint()
        let batch = MultiAssetKernel<SIMD2<Double>>(sizedFor: p)
        var probe = MultiAssetProbe(batch, p, runCount: 2)
        var opening: [Double] = []
        probe.inspect = { t, _, _, prices in if t == -1 { opening.append(prices[0]) } }
        _ = batch.run(p, keys: LaneKeys(multiAssetKeys(0..<2)), runCount: 2, observer: &probe)
        var recorder = PricePathRecorder<SIMD2<Double>>()
        let outcomes = batch.run(p, keys: LaneKeys(multiAssetKeys(0..<2)), runCount: 2, observer: &recorder)
        for lane in 0..<2 {
            let path = recorder.paths[lane]
            #expect(path.count == p.steps + 1)
            #expect(path[0] == opening[lane])
            #expect(probe.snapshotPrices[0][lane] == opening[lane] && probe.snapshotPrices[1][lane] == opening[lane])
            #expect(zip(path.dropFirst(), path).contains { $0 != $1 })
            #expect(try #require(outcomes[lane][MultiAssetMetric.maxDrawdown]) >= 0)
        }
    }

    /// Cross effects damp the common mode of belief moves and amplify the
    /// differential ones (docs/MultiAsset.md): for M = 4, ρ = 0.5, λ = 1 the
    /// return correlation is about 0.50 at γ = 0 and 0.34 at γ = 0.3.
    @Test func substitutionLowersTheReturnCorrelation() throws {
        let keys = multiAssetKeys(0..<8)
        func meanCorrelation(_ gamma: Double) throws -> Double {
            let p = smallMultiAssetPoint([("gamma", .number(gamma)), ("steps", .number(200))])
            let values = try multiAssetOutcomes(p, lanes: SIMD8<Double>.self, keys: keys)
                .map { try #require($0[MultiAssetMetric.returnCorrelation]) }
            return values.reduce(0, +) / Double(values.count)
        }
        let without = try meanCorrelation(0), with = try meanCorrelation(0.3), strong = try meanCorrelation(0.8)
        #expect(abs(without - 0.5) < 0.06)
        #expect(abs(with - 0.34) < 0.06)
        #expect(strong < with && with < without)
    }
}
