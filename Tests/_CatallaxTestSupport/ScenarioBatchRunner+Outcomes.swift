@_exported import _CatallaxTestKernels
import CatallaxModel
import CatallaxNumerics
import CatallaxSweep

extension ScenarioBatchRunner {
    /// The outcomes of `keys`, run `laneWidth` (2, 4 or 8; anything else
    /// runs 4) at a time on one worker's kernels, after that worker ran
    /// `warmUp` first: `SweepExecutor.outcomes(of:keys:laneWidth:after:)`,
    /// whose kernels are specialized in the sweep module, once.
    public static func outcomes(_ point: ScenarioParameters, keys: [RunKey], laneWidth: Int, after warmUp: [ScenarioParameters] = []) -> [RunOutcome] {
        SweepExecutor.outcomes(of: point, keys: keys, laneWidth: LaneWidth(rawValue: laneWidth) ?? .four, after: warmUp)
    }
}
