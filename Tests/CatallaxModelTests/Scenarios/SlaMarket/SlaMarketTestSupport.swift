import Testing
@testable import CatallaxModel
import CatallaxNumerics
import _CatallaxTestSupport

/// A point from `key = value` assignments over the defaults (the tests'
/// points are inside every domain and consistent).
func slaPoint(_ assignments: [(String, Double)], agreement: SlaAgreement = .posted) -> SlaMarketParameters {
    do {
        return try SlaMarketParameters(assigning: [(key: "agreement", value: .word(agreement.rawValue))]
            + assignments.map { (key: $0.0, value: .number($0.1)) })
    } catch {
        preconditionFailure("\(error)")
    }
}

func slaKeys(_ replicates: Range<Int>, seed: UInt64 = 15) -> [RunKey] {
    replicates.map { RunKey(seed: seed, replicate: UInt64($0)) }
}

/// The accounts of one lane after one step.
struct SlaStepRecord: Equatable {
    var requesterWallets: [Double]
    var providerWallets: [Double]
    var protocolAccount: Double
    var outsideAccount: Double
    var escrow: Double
    var reputations: [Double]
    var left: [Bool]
    var skips: [Bool]
    var price: Double

    /// `Σ W_i + Σ W_j + escrow + Y + X`.
    var money: Double { requesterWallets.reduce(0, +) + providerWallets.reduce(0, +) + escrow + protocolAccount + outsideAccount }
}

/// Records every real lane's accounts, reputations and providers after every step.
typealias SlaProbe<Lanes: LaneVector> = RecordingProbe<Lanes, SlaMarketState<Lanes>, SlaStepRecord>

/// Runs `keys` (at most two) in one batch of two lanes with a ``SlaProbe``.
/// For small points only: the kernel is specialized here, in the test build.
func probedSlaRun(_ p: SlaMarketParameters, keys: [RunKey]) -> (outcomes: [RunOutcome], probe: SlaProbe<SIMD2<Double>>) {
    let kernel = SlaMarketKernel<SIMD2<Double>>(sizedFor: p)
    var probe = SlaProbe<SIMD2<Double>>(runCount: keys.count) { s, lane in
        SlaStepRecord(
            requesterWallets: s.requesterWallets(lane: lane), providerWallets: s.providerWallets(lane: lane),
            protocolAccount: s.protocolAccount(lane: lane), outsideAccount: s.outsideAccount(lane: lane),
            escrow: s.escrow(lane: lane), reputations: s.reputations(lane: lane), left: s.providersLeft(lane: lane),
            skips: s.skipsWork(lane: lane), price: s.snapshot.price[lane])
    }
    let outcomes = kernel.run(p, keys: LaneKeys(keys), runCount: keys.count, observer: &probe)
    return (outcomes, probe)
}
