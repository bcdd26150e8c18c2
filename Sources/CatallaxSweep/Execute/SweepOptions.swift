import Foundation

/// How and where to run a sweep: the output folder, the machine's share of
/// the work, and what to do with what the folder already holds.
public struct SweepOptions: Sendable {
    /// The output folder.
    public var folder: URL
    /// Worker threads.
    public var threads: Int
    /// Replicates run together in one kernel call.
    public var laneWidth: LaneWidth = .standard
    /// The most replicates in one batch (the journal's unit of progress).
    public var batchSize: Int = 16
    /// The slice of the sweep to run.
    public var shard: Shard = .whole
    /// Continue an interrupted sweep from its journal.
    public var resume = false
    /// Replace whatever the folder holds.
    public var force = false

    /// Options writing into `folder` with `threads` workers.
    public init(folder: URL, threads: Int) {
        self.folder = folder
        self.threads = threads
    }
}
