/// The work of a sweep (or of one shard of it) as batches: each point's
/// runs still to do, grouped into batches of at most `batchSize` replicates.
///
/// Results do not depend on the plan: a run is a pure function of its
/// point, replicate and the sweep's seed, so any grouping, order, shard or
/// resume point gives the same runs.
public struct Plan: Sendable {
    /// The batches, in point order.
    public var batches: Batches
    /// How many runs the plan holds.
    public var runCount: Int

    /// The plan of `points × replicates` runs in `shard`, without those `isDone` names.
    /// - Parameters:
    ///   - points: the sweep's number of points.
    ///   - replicates: replicates per point.
    ///   - batchSize: the most replicates in one batch (a multiple of the
    ///     lane width keeps every lane busy).
    ///   - shard: the slice of the sweep to plan.
    ///   - isDone: whether a run is already finished (in the journal).
    /// - Complexity: O(points × replicates).
    public init(points: Int, replicates: Int, batchSize: Int, shard: Shard = .whole,
                isDone: (RunID) -> Bool = { _ in false }) {
        precondition(batchSize >= 1)
        var batches = Batches()
        var runCount = 0
        for point in 0..<points {
            var pending: [Int] = []
            for replicate in 0..<replicates {
                let run = RunID(point: point, replicate: replicate)
                guard shard.contains(run, replicatesPerPoint: replicates), !isDone(run) else { continue }
                pending.append(replicate)
                runCount += 1
                if pending.count == batchSize {
                    batches.append(point: point, replicates: pending)
                    pending.removeAll(keepingCapacity: true)
                }
            }
            if !pending.isEmpty { batches.append(point: point, replicates: pending) }
        }
        self.batches = batches
        self.runCount = runCount
    }
}

extension Plan {
    /// A plan of the given batches, as a caller that chooses its own
    /// replicates lays them out (an optimizer adding replicates to some
    /// candidates only).
    /// - Precondition: each batch's `index` is its position in `batches`.
    public init(batches: [Batch]) {
        precondition(batches.indices.allSatisfy { batches[$0].index == $0 }, "a batch's index is its position")
        var stored = Batches()
        for batch in batches { stored.append(point: batch.point, replicates: batch.replicates) }
        self.batches = stored
        self.runCount = batches.reduce(0) { $0 + $1.replicates.count }
    }
}
