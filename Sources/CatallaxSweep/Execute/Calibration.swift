import CatallaxModel
import Dispatch

/// A short timed run that estimates how long a sweep will take: one batch
/// of lanes of the sweep's most expensive point, cut to at most 200 steps.
public struct Calibration: Sendable {
    /// Agent-steps per second measured on one core.
    public var agentStepsPerSecond: Double

    /// Calibrates on `points` with lanes of `laneWidth`.
    public init(points: [ScenarioParameters], laneWidth: LaneWidth) {
        let sample = points.max { $0.agentSteps < $1.agentSteps }!.shortened(toSteps: 200)
        let runner = PointRunner(parameters: sample, seed: 0, threads: 1, laneWidth: laneWidth)
        _ = runner.run(replicates: laneWidth.rawValue)
        let start = DispatchTime.now().uptimeNanoseconds
        _ = runner.run(replicates: laneWidth.rawValue, offset: laneWidth.rawValue)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        agentStepsPerSecond = Double(laneWidth.rawValue) * sample.agentSteps / max(seconds, 1e-9)
    }

    /// Seconds to run `agentSteps` on `threads` cores (assuming linear scaling).
    public func seconds(forAgentSteps agentSteps: Double, threads: Int) -> Double {
        agentSteps / (agentStepsPerSecond * Double(threads))
    }
}
