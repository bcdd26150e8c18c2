import Testing
@testable import CatallaxModel
import CatallaxNumerics
import _CatallaxTestSupport

/// A point from `key = value` assignments over the defaults (the tests'
/// points are inside every domain and consistent).
func channelPoint(_ assignments: [(String, ParameterValue)]) -> PaymentChannelsParameters {
    do {
        return try PaymentChannelsParameters(assigning: assignments.map { (key: $0.0, value: $0.1) })
    } catch {
        preconditionFailure("\(error)")
    }
}

func channelKeys(_ replicates: Range<Int>, seed: UInt64 = 15) -> [RunKey] {
    replicates.map { RunKey(seed: seed, replicate: UInt64($0)) }
}

/// What a probe saw of one lane after one step.
struct ChannelStepRecord {
    var capacities: [Double]
    var feeRates: [Double]
    var lastPayment: (amount: Double, route: [Int32], succeeded: Bool)
}

/// Records every real lane's channels and last payment after every step.
typealias ChannelProbe<Lanes: LaneVector> = RecordingProbe<Lanes, PaymentChannelsState<Lanes>, ChannelStepRecord>

/// Runs `keys` in batches of four lanes with a ``ChannelProbe`` on each batch.
func probedChannelRuns(_ p: PaymentChannelsParameters, keys: [RunKey]) -> (outcomes: [RunOutcome], probes: [ChannelProbe<SIMD4<Double>>]) {
    let kernel = PaymentChannelsKernel<SIMD4<Double>>(sizedFor: p)
    var outcomes: [RunOutcome] = [], probes: [ChannelProbe<SIMD4<Double>>] = []
    for start in stride(from: 0, to: keys.count, by: 4) {
        let batch = Array(keys[start..<min(start + 4, keys.count)])
        var probe = ChannelProbe<SIMD4<Double>>(runCount: batch.count) { s, lane in
            ChannelStepRecord(capacities: s.capacities(lane: lane), feeRates: s.feeRates(lane: lane), lastPayment: s.lastPayment(lane: lane))
        }
        outcomes += kernel.run(p, keys: LaneKeys(batch), runCount: batch.count, observer: &probe)
        probes.append(probe)
    }
    return (outcomes, probes)
}
