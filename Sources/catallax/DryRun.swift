import CatallaxReport
import CatallaxSweep

/// What `catallax sweep --dry-run` prints: the plan and a time estimate.
struct DryRun {
    var spec: SweepSpec
    var shard: Shard
    var threads: Int
    var laneWidth: LaneWidth

    func text() -> String {
        let plan = Plan(points: spec.points.count, replicates: spec.replicates, batchSize: spec.replicates, shard: shard)
        let agentSteps = plan.batches.reduce(0.0) { $0 + Double($1.replicates.count) * spec.points[$1.point].parameters.agentSteps }
        let calibration = Calibration(points: spec.points.map(\.parameters), laneWidth: laneWidth)
        let seconds = calibration.seconds(forAgentSteps: agentSteps, threads: threads)
        return """
        sweep \(spec.name) (\(spec.file), hash \(spec.hashHex)), shard \(shard)
        points: \(spec.points.count), replicates: \(spec.replicates), runs: \(plan.runCount)
        agent-steps: \(NumberFormat.significant(agentSteps))
        calibration: \(NumberFormat.significant(calibration.agentStepsPerSecond)) agent-steps/s on one core
        estimate: \(NumberFormat.significant(seconds)) s on \(threads) threads
        """
    }
}
