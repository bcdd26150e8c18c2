import Testing
@testable import CatallaxModel
import CatallaxNumerics
import _CatallaxTestSupport

/// Arifovic's two cases (`docs/Cobweb.md`, "Where the model comes from"):
/// `x = 0`, `y = 0.016`, with `(A, B)` stable `B/y = 0.95` or unstable `1.05`.
enum CobwebCase: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case stable, unstable

    var assignments: [(String, Double)] {
        switch self {
        case .stable: [("demand_intercept", 2.184), ("demand_slope", 0.0152)]
        case .unstable: [("demand_intercept", 2.296), ("demand_slope", 0.0168)]
        }
    }

    var testDescription: String { rawValue }
}

/// A point of case `market` with `expectations` and `key = value` assignments
/// over the defaults; the first expectation is exactly `p₀` (`initial_spread = 0`).
func cobwebPoint(_ market: CobwebCase, _ expectations: CobwebExpectations, _ assignments: [(String, Double)] = []) -> CobwebParameters {
    do {
        return try CobwebParameters(assigning: [(key: "expectations", value: .word(expectations.rawValue))]
            + (market.assignments + [("initial_spread", 0)] + assignments).map { (key: $0.0, value: .number($0.1)) })
    } catch {
        preconditionFailure("\(error)")
    }
}

func cobwebKeys(_ replicates: Range<Int>, seed: UInt64 = 16) -> [RunKey] {
    replicates.map { RunKey(seed: seed, replicate: UInt64($0)) }
}

/// One lane after one period.
struct CobwebStepRecord: Equatable {
    var price: Double
    var quantities: [Double]
    var expectedPrice: Double
}

typealias CobwebProbe<Lanes: LaneVector> = RecordingProbe<Lanes, CobwebState<Lanes>, CobwebStepRecord>

/// Runs `keys` (at most two) in one batch of two lanes with a ``CobwebProbe``.
func probedCobwebRun(_ p: CobwebParameters, keys: [RunKey]) -> (outcomes: [RunOutcome], probe: CobwebProbe<SIMD2<Double>>) {
    let kernel = CobwebKernel<SIMD2<Double>>(sizedFor: p)
    var probe = CobwebProbe<SIMD2<Double>>(runCount: keys.count) { s, lane in
        CobwebStepRecord(price: s.snapshot.price[lane], quantities: s.quantities(lane: lane), expectedPrice: s.expectedPrice(lane: lane))
    }
    let outcomes = kernel.run(p, keys: LaneKeys(keys), runCount: keys.count, observer: &probe)
    return (outcomes, probe)
}

/// The outcomes of `replicates` runs of `p`, four lanes a batch.
func cobwebOutcomes(_ p: CobwebParameters, _ replicates: Range<Int>) -> [RunOutcome] {
    ScenarioBatchRunner.outcomes(ScenarioParameters(p), keys: cobwebKeys(replicates), laneWidth: 4)
}

/// Mean and a 95% normal interval half-width of `values`.
func meanAndHalfWidth(_ values: [Double]) -> (mean: Double, halfWidth: Double) {
    let n = Double(values.count)
    let mean = values.reduce(0, +) / n
    let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Swift.max(1, n - 1)
    return (mean, 1.96 * (variance / n).squareRoot())
}
