import Testing
@testable import CatallaxModel
import CatallaxNumerics
import _CatallaxTestSupport

/// A point from `key = value` assignments over the defaults (the tests'
/// points are inside every domain and consistent).
func manipulationPoint(_ words: [(String, String)] = [], _ numbers: [(String, Double)] = []) -> MarketManipulationParameters {
    do {
        return try MarketManipulationParameters(assigning: words.map { (key: $0.0, value: .word($0.1)) }
            + numbers.map { (key: $0.0, value: .number($0.1)) })
    } catch {
        preconditionFailure("\(error)")
    }
}

func manipulationKeys(_ replicates: Range<Int>, seed: UInt64 = 16) -> [RunKey] {
    replicates.map { RunKey(seed: seed, replicate: UInt64($0)) }
}

/// One lane after one step: the attempt's profit, the orders executed in
/// each market, the victims' cash in each market.
struct ManipulationStepRecord {
    var attemptProfit: Double?
    var attackedOrders: [(trader: Int, tokens: Double, flow: Double)]
    var counterfactualOrders: [(trader: Int, tokens: Double, flow: Double)]
    var attackedCash: [Double]
    var counterfactualCash: [Double]
    var supply: Double
}

typealias ManipulationProbe<Lanes: LaneVector> = RecordingProbe<Lanes, MarketManipulationState<Lanes>, ManipulationStepRecord>

/// Runs `keys` (at most two) in one batch of two lanes with a ``ManipulationProbe``.
/// For small points only: the kernel is specialized here, in the test build.
func probedManipulationRun(_ p: MarketManipulationParameters, keys: [RunKey])
    -> (outcomes: [RunOutcome], probe: ManipulationProbe<SIMD2<Double>>) {
    let kernel = MarketManipulationKernel<SIMD2<Double>>(sizedFor: p)
    var probe = ManipulationProbe<SIMD2<Double>>(runCount: keys.count) { s, lane in
        ManipulationStepRecord(
            attemptProfit: s.attemptProfit(lane: lane), attackedOrders: s.executedOrders(lane: lane),
            counterfactualOrders: s.executedOrders(lane: lane, attacked: false), attackedCash: s.cash(lane: lane),
            counterfactualCash: s.cash(lane: lane, attacked: false), supply: s.supply(lane: lane))
    }
    let outcomes = kernel.run(p, keys: LaneKeys(keys), runCount: keys.count, observer: &probe)
    return (outcomes, probe)
}

/// The reference linear curve `f = m·S` with `m = 10⁻⁵`.
let referenceLine = try! LinearCurve(slope: 1e-5, basePrice: 0)
