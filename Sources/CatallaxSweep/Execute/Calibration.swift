import CatallaxModel
import Dispatch

/// A short timed run that estimates how long a sweep will take: one batch
/// of lanes at each of up to ``sampleCount`` points spread evenly over the
/// sweep (first and last included), each cut to at most 200 steps.
///
/// ```
/// rate = Σ_sampled agent-steps / Σ_sampled seconds
/// ```
/// Pooling the samples' time weights each by how long it takes, so a sweep
/// mixing fast and slow points (a tatonnement next to an order book) is
/// estimated by the harmonic mean of their rates, as its runs will add up.
public struct Calibration: Sendable {
    /// The most points timed.
    public static let sampleCount = 8

    /// Agent-steps per second measured on one core.
    public var agentStepsPerSecond: Double

    /// Calibrates on `points` with lanes of `laneWidth`.
    public init<Points: RandomAccessCollection<ScenarioParameters>>(points: Points, laneWidth: LaneWidth) where Points.Index == Int {
        let count = min(points.count, Self.sampleCount)
        let picked = count <= 1 ? [0] : (0..<count).map { $0 * (points.count - 1) / (count - 1) }
        var agentSteps = 0.0, seconds = 0.0
        for index in picked {
            let sample = points[index].shortened(toSteps: 200)
            let runner = PointRunner(parameters: sample, seed: 0, threads: 1, laneWidth: laneWidth)
            _ = runner.run(replicates: laneWidth.rawValue)
            let start = DispatchTime.now().uptimeNanoseconds
            _ = runner.run(replicates: laneWidth.rawValue, offset: laneWidth.rawValue)
            seconds += Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            agentSteps += Double(laneWidth.rawValue) * sample.agentSteps
        }
        agentStepsPerSecond = agentSteps / max(seconds, 1e-9)
    }

    /// Seconds to run `agentSteps` on `threads` cores (assuming linear scaling).
    public func seconds(forAgentSteps agentSteps: Double, threads: Int) -> Double {
        agentSteps / (agentStepsPerSecond * Double(threads))
    }
}
