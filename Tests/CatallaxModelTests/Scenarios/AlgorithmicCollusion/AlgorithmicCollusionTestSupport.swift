import Testing
@testable import CatallaxModel
import CatallaxNumerics
import _CatallaxTestSupport

/// A point from `key = value` assignments over the paper's baseline.
func collusionPoint(_ assignments: [(String, Double)]) -> AlgorithmicCollusionParameters {
    do {
        return try AlgorithmicCollusionParameters(assigning: assignments.map { (key: $0.0, value: .number($0.1)) })
    } catch {
        preconditionFailure("\(error)")
    }
}

func collusionKeys(_ replicates: Range<Int>, seed: UInt64 = 16) -> [RunKey] {
    replicates.map { RunKey(seed: seed, replicate: UInt64($0)) }
}

/// The outcomes of `keys` at `p`, four lanes a batch.
func collusionOutcomes(_ p: AlgorithmicCollusionParameters, _ keys: [RunKey], laneWidth: Int = 4) -> [RunOutcome] {
    ScenarioBatchRunner.outcomes(ScenarioParameters(p), keys: keys, laneWidth: laneWidth)
}
