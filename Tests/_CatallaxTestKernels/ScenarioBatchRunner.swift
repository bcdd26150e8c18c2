import CatallaxModel
import CatallaxNumerics

/// Runs points of any scenario through the registry's kernels, a lane
/// width at a time, at speed in tests compiled without optimization.
///
/// This module holds the invariant checks, whose kernels it specializes
/// itself, with optimization; it depends on the model only, so a build
/// compiles it alongside the sweep module's executor instead of after it.
/// `_CatallaxTestSupport` adds `outcomes(_:keys:laneWidth:after:)`, which
/// runs through the executor's kernels, and re-exports this module.
public enum ScenarioBatchRunner {
    /// The keys of replicates `replicates` under `seed`.
    public static func keys(_ replicates: Range<Int>, seed: UInt64 = 11) -> [RunKey] {
        replicates.map { RunKey(seed: seed, replicate: UInt64($0)) }
    }

    /// The first invariant violation of each of `keys`' runs (one batch of
    /// four lanes), and how many times the state was checked.
    public static func invariantViolations(_ point: ScenarioParameters, keys: [RunKey]) -> (violations: [String?], checks: Int) {
        var observer = InvariantObserver<SIMD4<Double>>(runCount: keys.count)
        _ = ScenarioKernels<SIMD4<Double>>().run(point, keys: LaneKeys(keys), runCount: keys.count, observer: &observer)
        return (observer.violations, observer.checks)
    }
}
