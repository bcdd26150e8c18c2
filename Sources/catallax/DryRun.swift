import CatallaxReport
import CatallaxSweep

/// What `catallax sweep --dry-run` prints: the plan and a time estimate.
struct DryRun {
    var spec: SweepSpec
    var shard: Shard
    var threads: Int
    var laneWidth: LaneWidth

    func text() -> String {
        let calibration = Calibration(points: spec.points.parameters, laneWidth: laneWidth)
        guard let precision = spec.precision else {
            let runs = Plan.runCount(points: spec.points.count, replicates: spec.replicates, shard: shard)
            let agentSteps = spec.points.indices.reduce(0.0) { sum, point in
                sum + Double(Plan.runCount(ofPoint: point, replicates: spec.replicates, shard: shard)) * spec.agentStepsPerRun[point]
            }
            let seconds = calibration.seconds(forAgentSteps: agentSteps, threads: threads)
            return """
            sweep \(spec.name) (\(spec.file), hash \(spec.hashHex)), shard \(shard)
            points: \(spec.points.count), replicates: \(spec.replicates), runs: \(runs)
            agent-steps: \(NumberFormat.significant(agentSteps))
            calibration: \(NumberFormat.significant(calibration.agentStepsPerSecond)) agent-steps/s on one core
            estimate: \(NumberFormat.significant(seconds)) s on \(threads) threads
            """
        }
        // With a precision target a shard holds whole points, and each runs between replicates and max_replicates.
        let points = spec.points.indices.filter(shard.contains(point:))
        let agentSteps = points.reduce(0.0) { $0 + spec.agentStepsPerRun[$1] }
        let least = calibration.seconds(forAgentSteps: agentSteps * Double(spec.replicates), threads: threads)
        let most = calibration.seconds(forAgentSteps: agentSteps * Double(precision.maxReplicates), threads: threads)
        return """
        sweep \(spec.name) (\(spec.file), hash \(spec.hashHex)), shard \(shard)
        points: \(points.count), replicates: \(spec.replicates) to \(precision.maxReplicates) (precision: \(precision.description)), \
        runs: \(points.count * spec.replicates) to \(points.count * precision.maxReplicates)
        agent-steps: \(NumberFormat.significant(agentSteps * Double(spec.replicates))) to \(NumberFormat.significant(agentSteps * Double(precision.maxReplicates)))
        calibration: \(NumberFormat.significant(calibration.agentStepsPerSecond)) agent-steps/s on one core
        estimate: \(NumberFormat.significant(least)) to \(NumberFormat.significant(most)) s on \(threads) threads
        """
    }
}
