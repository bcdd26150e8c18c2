import CatallaxModel
import CatallaxNumerics

/// Runs points of any scenario through the registry's kernels, a lane
/// width at a time. Compiled with optimization (unlike the test targets),
/// so the kernels specialize here and tests run them at speed.
public enum ScenarioBatchRunner {
    /// The keys of replicates `replicates` under `seed`.
    public static func keys(_ replicates: Range<Int>, seed: UInt64 = 11) -> [RunKey] {
        replicates.map { RunKey(seed: seed, replicate: UInt64($0)) }
    }

    /// The outcomes of `keys`, run `laneWidth` (2, 4 or 8) at a time on one
    /// worker's kernels, after that worker ran `warmUp` first.
    public static func outcomes(_ point: ScenarioParameters, keys: [RunKey], laneWidth: Int, after warmUp: [ScenarioParameters] = []) -> [RunOutcome] {
        switch laneWidth {
        case 2: _outcomes(SIMD2<Double>.self, point, keys, warmUp)
        case 8: _outcomes(SIMD8<Double>.self, point, keys, warmUp)
        default: _outcomes(SIMD4<Double>.self, point, keys, warmUp)
        }
    }

    static func _outcomes<V: LaneVector>(_: V.Type, _ point: ScenarioParameters, _ keys: [RunKey], _ warmUp: [ScenarioParameters]) -> [RunOutcome] {
        let kernels = ScenarioKernels<V>()
        for other in warmUp { _ = _batches(kernels, other, Array(keys.prefix(V.scalarCount))) }
        return _batches(kernels, point, keys)
    }

    static func _batches<V: LaneVector>(_ kernels: ScenarioKernels<V>, _ point: ScenarioParameters, _ keys: [RunKey]) -> [RunOutcome] {
        stride(from: 0, to: keys.count, by: V.scalarCount).flatMap { start in
            let batch = Array(keys[start..<min(start + V.scalarCount, keys.count)])
            return kernels.run(point, keys: LaneKeys<V>(batch), runCount: batch.count)
        }
    }

    /// The first invariant violation of each of `keys`' runs (one batch of
    /// four lanes), and how many times the state was checked.
    public static func invariantViolations(_ point: ScenarioParameters, keys: [RunKey]) -> (violations: [String?], checks: Int) {
        var observer = InvariantObserver<SIMD4<Double>>(runCount: keys.count)
        _ = ScenarioKernels<SIMD4<Double>>().run(point, keys: LaneKeys(keys), runCount: keys.count, observer: &observer)
        return (observer.violations, observer.checks)
    }
}
