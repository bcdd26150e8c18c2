extension SweepRecord.Timing {
    /// The timing of a sweep run as shards side by side: the slowest shard's
    /// wall time, every shard's agent-steps over it, the threads and resumed
    /// runs added up; the machine, lane width and batch size of the first.
    ///
    /// ```
    /// wallSeconds         = max_k wall_k
    /// agentStepsPerSecond = Σ_k rate_k · wall_k / wallSeconds   (0 when wallSeconds = 0)
    /// threads             = Σ_k threads_k,  resumedRuns = Σ_k resumed_k
    /// ```
    /// - Parameters:
    ///   - shards: each shard's timing, at least one.
    ///   - engineVersion: the version of the engine that merges.
    /// - Complexity: O(shards).
    public init(mergingShards shards: [SweepRecord.Timing], engineVersion: String) {
        precondition(!shards.isEmpty, "a merge has at least one shard")
        let wall = shards.map(\.wallSeconds).max() ?? 0
        let agentSteps = shards.reduce(0.0) { $0 + $1.agentStepsPerSecond * $1.wallSeconds }
        let first = shards[0]
        self.init(engineVersion: engineVersion, cores: first.cores, cpu: first.cpu,
                  threads: shards.map(\.threads).reduce(0, +), laneWidth: first.laneWidth,
                  batchSize: first.batchSize, wallSeconds: wall,
                  agentStepsPerSecond: wall > 0 ? agentSteps / wall : 0,
                  resumedRuns: shards.map(\.resumedRuns).reduce(0, +))
    }
}
