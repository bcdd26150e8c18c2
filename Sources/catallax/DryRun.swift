import CatallaxReport
import CatallaxSweep

/// What `catallax sweep --dry-run` prints: the plan and a time estimate.
struct DryRun {
    var spec: SweepSpec
    var shard: Shard
    var threads: Int
    var laneWidth: LaneWidth

    func text() -> String {
        let runs = Plan.runCount(points: spec.points.count, replicates: spec.replicates, shard: shard)
        let agentSteps = spec.points.indices.reduce(0.0) { sum, point in
            sum + Double(Plan.runCount(ofPoint: point, replicates: spec.replicates, shard: shard)) * spec.points[point].parameters.agentSteps
        }
        let calibration = Calibration(points: spec.points.map(\.parameters), laneWidth: laneWidth)
        let seconds = calibration.seconds(forAgentSteps: agentSteps, threads: threads)
        return """
        sweep \(spec.name) (\(spec.file), hash \(spec.hashHex)), shard \(shard)
        points: \(spec.points.count), replicates: \(spec.replicates), runs: \(runs)
        agent-steps: \(NumberFormat.significant(agentSteps))
        calibration: \(NumberFormat.significant(calibration.agentStepsPerSecond)) agent-steps/s on one core
        estimate: \(NumberFormat.significant(seconds)) s on \(threads) threads
        """
    }
}
