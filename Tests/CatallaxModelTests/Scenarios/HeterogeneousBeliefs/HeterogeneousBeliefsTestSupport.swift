import Testing
@testable import CatallaxModel
import CatallaxNumerics
import _CatallaxTestSupport

/// A point from `key = value` assignments over the defaults.
func beliefsPoint(_ assignments: [(String, Double)]) -> HeterogeneousBeliefsParameters {
    do {
        return try HeterogeneousBeliefsParameters(assigning: assignments.map { (key: $0.0, value: .number($0.1)) })
    } catch {
        preconditionFailure("\(error)")
    }
}

func beliefsKeys(_ replicates: Range<Int>, seed: UInt64 = 16) -> [RunKey] {
    replicates.map { RunKey(seed: seed, replicate: UInt64($0)) }
}

/// One lane after one step.
struct BeliefsStepRecord: Equatable {
    var deviation: Double
    var logitShare: Double
    var share: Double
    var count: Double
    var fitnessGap: Double
}

typealias BeliefsProbe<Lanes: LaneVector> = RecordingProbe<Lanes, HeterogeneousBeliefsState<Lanes>, BeliefsStepRecord>

/// Runs `keys` (at most two) in one batch of two lanes with a ``BeliefsProbe``.
func probedBeliefsRun(_ p: HeterogeneousBeliefsParameters, keys: [RunKey]) -> (outcomes: [RunOutcome], probe: BeliefsProbe<SIMD2<Double>>) {
    let kernel = HeterogeneousBeliefsKernel<SIMD2<Double>>(sizedFor: p)
    var probe = BeliefsProbe<SIMD2<Double>>(runCount: keys.count) { s, lane in
        BeliefsStepRecord(deviation: s.deviation[lane], logitShare: s.logitShare[lane], share: s.share[lane],
                          count: s.count[lane], fitnessGap: s.fitnessGap[lane])
    }
    let outcomes = kernel.run(p, keys: LaneKeys(keys), runCount: keys.count, observer: &probe)
    return (outcomes, probe)
}

/// The outcomes of `keys` at lane width 4, through the registry.
func beliefsOutcomes(_ p: HeterogeneousBeliefsParameters, keys: [RunKey], laneWidth: Int = 4) -> [RunOutcome] {
    ScenarioBatchRunner.outcomes(ScenarioParameters(p), keys: keys, laneWidth: laneWidth)
}

/// The spectral radius of the Jacobian at `±x̄`: the largest root modulus of
/// `λ³ − (1 + s)λ² + Rsλ + (R − 1)s`, by the cubic's one real root (bisection
/// on a sign change) and the quadratic left after dividing it out.
func cubicSpectralRadius(s: Double, r: Double) -> Double {
    func f(_ l: Double) -> Double { ((l - (1 + s)) * l + r * s) * l + (r - 1) * s }
    var low = -10.0, high = 10.0   // f(−10) < 0 < f(10) for the s and R of the tests
    precondition(f(low) < 0 && f(high) > 0)
    for _ in 0..<200 {
        let mid = (low + high) / 2
        if f(mid) < 0 { low = mid } else { high = mid }
    }
    let root = (low + high) / 2
    // λ³ + c₂λ² + c₁λ + c₀ = (λ − root)(λ² + pλ + q)
    let p = -(1 + s) + root, q = r * s + root * p
    let disc = p * p - 4 * q
    let pair = disc < 0 ? q.squareRoot() : max((-p + disc.squareRoot()).magnitude, (-p - disc.squareRoot()).magnitude) / 2
    return max(root.magnitude, pair)
}
