import CatallaxModel
import CatallaxNumerics
import CatallaxSweep

/// Runs points of any scenario through the registry's kernels, a lane
/// width at a time, at speed in tests compiled without optimization: the
/// outcomes through the sweep module's kernels, the invariant checks
/// through kernels specialized here, with optimization.
public enum ScenarioBatchRunner {
    /// The keys of replicates `replicates` under `seed`.
    public static func keys(_ replicates: Range<Int>, seed: UInt64 = 11) -> [RunKey] {
        replicates.map { RunKey(seed: seed, replicate: UInt64($0)) }
    }

    /// The outcomes of `keys`, run `laneWidth` (2, 4 or 8; anything else
    /// runs 4) at a time on one worker's kernels, after that worker ran
    /// `warmUp` first: `SweepExecutor.outcomes(of:keys:laneWidth:after:)`,
    /// whose kernels are specialized in the sweep module, once.
    public static func outcomes(_ point: ScenarioParameters, keys: [RunKey], laneWidth: Int, after warmUp: [ScenarioParameters] = []) -> [RunOutcome] {
        SweepExecutor.outcomes(of: point, keys: keys, laneWidth: LaneWidth(rawValue: laneWidth) ?? .four, after: warmUp)
    }

    /// The first invariant violation of each of `keys`' runs (one batch of
    /// four lanes), and how many times the state was checked.
    public static func invariantViolations(_ point: ScenarioParameters, keys: [RunKey]) -> (violations: [String?], checks: Int) {
        var observer = InvariantObserver<SIMD4<Double>>(runCount: keys.count)
        _ = ScenarioKernels<SIMD4<Double>>().run(point, keys: LaneKeys(keys), runCount: keys.count, observer: &observer)
        return (observer.violations, observer.checks)
    }
}
