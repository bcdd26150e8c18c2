/// A unit of work of the executor: replicates of one point, run in lockstep
/// lanes by one worker.
public struct Batch: Hashable, Sendable {
    /// The batch's position in its plan.
    public var index: Int
    /// The point's index in the sweep.
    public var point: Int
    /// The replicates it runs, ascending.
    public var replicates: [Int]

    /// Creates a batch.
    public init(index: Int, point: Int, replicates: [Int]) {
        self.index = index
        self.point = point
        self.replicates = replicates
    }

    /// The runs of the batch.
    public var runs: [RunID] { replicates.map { RunID(point: point, replicate: $0) } }
}
