import CatallaxModel

/// The replicates of a sweep with a precision target, point by point, in
/// stages: every point runs `initial` replicates; after each stage a rule
/// reads the outcomes of replicates `0 ..< n` and says how many the point
/// should reach next (`n` when it has enough), never more than `maximum`.
///
/// ```
/// n₀ = initial;  n_{k+1} = wanted(outcomes[0 ..< n_k])   until n_{k+1} = n_k
/// ```
/// A stage's end is a pure function of earlier outcomes, and each outcome a
/// pure function of `(seed, point, replicate)`, so where a point stops is
/// the same for any thread count, lane width, batch size, shard split or
/// resume point. The stages are found again from the outcomes alone
/// (``stage(_:)``), so nothing but the runs themselves need be journaled.
public struct AdaptiveReplicates: Sendable {
    /// The replicates of the first stage (the sweep's `replicates`).
    public var initial: Int
    /// The most replicates of a point.
    public var maximum: Int
    /// The replicates a point should reach given the outcomes of its first
    /// `n` replicates (a stage's end): `n` when they are enough, else a
    /// number in `n + 1 ... maximum`.
    public var wanted: @Sendable ([RunOutcome]) -> Int

    /// Creates a schedule.
    /// - Precondition: `1 ≤ initial ≤ maximum`.
    public init(initial: Int, maximum: Int, wanted: @escaping @Sendable ([RunOutcome]) -> Int) {
        precondition(initial >= 1 && initial <= maximum)
        self.initial = initial
        self.maximum = maximum
        self.wanted = wanted
    }

    /// Where a point stands.
    public struct Stage: Equatable, Sendable {
        /// The end of the stage it is in: it should have replicates `0 ..< end`.
        public var end: Int
        /// Whether it has all of them and needs no more.
        public var isFinished: Bool

        /// Creates a stage.
        public init(end: Int, isFinished: Bool) {
            self.end = end
            self.isFinished = isFinished
        }
    }

    /// The stage of a point whose finished replicates `outcome(r)` returns
    /// (`nil` for a replicate not run), replaying the decisions from the first stage.
    /// - Complexity: O(n · stages) for a point that reached `n`.
    public func stage(_ outcome: (Int) -> RunOutcome?) -> Stage {
        var end = initial
        var outcomes: [RunOutcome] = []
        while true {
            for replicate in outcomes.count..<end {
                guard let found = outcome(replicate) else { return Stage(end: end, isFinished: false) }
                outcomes.append(found)
            }
            guard end < maximum else { return Stage(end: end, isFinished: true) }
            let next = wanted(outcomes)
            precondition(next >= end && next <= maximum, "a precision rule asked for \(next) replicates after \(end)")
            if next == end { return Stage(end: end, isFinished: true) }
            end = next
        }
    }

    /// The stage of `point` among a sweep's finished runs.
    public func stage(ofPoint point: Int, in outcomes: [RunID: RunOutcome]) -> Stage {
        stage { outcomes[RunID(point: point, replicate: $0)] }
    }

    /// The next round of a sweep: for every point of `shard` (a shard holds
    /// whole points, ``Shard/contains(point:)``) not yet finished, the
    /// replicates of its current stage not in `done`, in batches of at most `batchSize`.
    /// - Complexity: O(points · replicates).
    public func nextRound(points: Int, batchSize: Int, shard: Shard, done: [RunID: RunOutcome]) -> Plan {
        precondition(batchSize >= 1)
        var batches: [Batch] = []
        for point in 0..<points where shard.contains(point: point) {
            let stage = stage(ofPoint: point, in: done)
            guard !stage.isFinished else { continue }
            let pending = (0..<stage.end).filter { done[RunID(point: point, replicate: $0)] == nil }
            for start in stride(from: 0, to: pending.count, by: batchSize) {
                let slice = Array(pending[start..<min(start + batchSize, pending.count)])
                batches.append(Batch(index: batches.count, point: point, replicates: slice))
            }
        }
        return Plan(batches: batches)
    }

    /// Whether every point of `shard` in a sweep of `points` points has
    /// finished, and `outcomes` holds no run outside their stages.
    public func isComplete(points: Int, shard: Shard, outcomes: [RunID: RunOutcome]) -> Bool {
        var expected = 0
        for point in 0..<points where shard.contains(point: point) {
            let stage = stage(ofPoint: point, in: outcomes)
            guard stage.isFinished else { return false }
            expected += stage.end
        }
        return expected == outcomes.count
    }
}
