import Testing
@testable import CatallaxModel
import CatallaxNumerics
import _CatallaxTestSupport

/// A point from `key = value` assignments (numbers and words) over the
/// defaults, with 100 traders and 100 steps unless given (the tests' points
/// are inside every domain and consistent).
func launchPoint(_ numbers: [(String, Double)], words: [(String, String)] = []) -> TokenLaunchParameters {
    do {
        let small: [(key: String, value: ParameterValue)] = [("agents", .number(100)), ("steps", .number(100)), ("winners", .number(10))]
        return try TokenLaunchParameters(assigning: small + words.map { (key: $0.0, value: .word($0.1)) }
            + numbers.map { (key: $0.0, value: .number($0.1)) })
    } catch {
        preconditionFailure("\(error)")
    }
}

func launchKeys(_ replicates: Range<Int>, seed: UInt64 = 17) -> [RunKey] {
    replicates.map { RunKey(seed: seed, replicate: UInt64($0)) }
}

/// One lane after one step.
struct LaunchStepRecord: Equatable {
    var price: Double
    var currentPrice: Double
    var level: Double
    var scale: Double
    var supply: Double
    var treasury: Double
    var minted: Double
    var locked: [Double]
    var allocations: [Double]
}

typealias LaunchProbe<Lanes: LaneVector> = RecordingProbe<Lanes, TokenLaunchState<Lanes>, LaunchStepRecord>

/// Runs `keys` (at most two) in one batch of two lanes, recording every step.
func probedLaunchRun(_ p: TokenLaunchParameters, keys: [RunKey]) -> (outcomes: [RunOutcome], probe: LaunchProbe<SIMD2<Double>>) {
    let kernel = TokenLaunchKernel<SIMD2<Double>>(sizedFor: p)
    var probe = LaunchProbe<SIMD2<Double>>(runCount: keys.count) { s, lane in
        LaunchStepRecord(price: s.snapshot.price[lane], currentPrice: s.currentPrice(lane: lane), level: s.level(lane: lane),
                         scale: s.scale(lane: lane), supply: s.supply(lane: lane), treasury: s.treasury(lane: lane),
                         minted: s.minted(lane: lane), locked: s.locked(lane: lane), allocations: s.allocations(lane: lane))
    }
    let outcomes = kernel.run(p, keys: LaneKeys(keys), runCount: keys.count, observer: &probe)
    return (outcomes, probe)
}
