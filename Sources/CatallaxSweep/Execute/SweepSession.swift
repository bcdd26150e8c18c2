import CatallaxModel
import Foundation
import Synchronization

/// One sweep (or one shard of it) writing into an output folder: it takes
/// the folder's lock, checks what the folder holds, resumes from the
/// journal when asked, runs what is left and records every finished batch.
public final class SweepSession {
    /// What the sweep is: its points, replicates, seed and spec hash.
    public struct Work: Sendable {
        /// The parameters of every point, by index.
        public var points: [ScenarioParameters]
        /// Replicates per point.
        public var replicates: Int
        /// The sweep's seed.
        public var seed: UInt64
        /// The spec's hash, naming the sweep in the journal and results.
        public var specHash: String
        /// Replicates `0 ..< pathsReplicates` of every point keep their price paths.
        public var pathsReplicates: Int

        /// Creates the description of a sweep's work.
        public init(points: [ScenarioParameters], replicates: Int, seed: UInt64, specHash: String,
                    pathsReplicates: Int = 0) {
            self.points = points
            self.replicates = replicates
            self.seed = seed
            self.specHash = specHash
            self.pathsReplicates = pathsReplicates
        }
    }

    /// Progress of a running sweep.
    public struct Progress: Sendable {
        /// Runs finished, including those found in the journal.
        public var runsDone: Int
        /// Runs of the shard in all.
        public var runsTotal: Int
        /// Agent-steps run by this process so far.
        public var agentSteps: Double
        /// Seconds since this process started running.
        public var seconds: Double
    }

    /// The journal's file name inside the output folder.
    public static let journalName = "journal.jsonl"

    public let work: Work
    public let options: SweepOptions
    let _lock: FolderLock
    let _journalURL: URL
    /// Outcomes found in the journal when the session opened, except the
    /// runs whose price paths are kept: the journal holds no paths, so those
    /// runs (a pure function of point, replicate and seed) run again.
    public private(set) var resumed: [RunID: RunOutcome]
    /// The price path `P_0 … P_T` of every run of the shard with replicate
    /// `r < work.pathsReplicates`, once ``run(progress:)`` has returned.
    public private(set) var paths: [RunID: [Double]] = [:]

    /// Opens the output folder for `work`.
    /// - Throws: ``SweepError`` when the folder holds another spec's or
    ///   another shard's results (unless `force`), an interrupted run of this
    ///   spec (unless `resume` or `force`), nothing to resume (with
    ///   `resume`), another sweep's lock, or cannot be written.
    public init(_ work: Work, options: SweepOptions, otherResultsHash: String?) throws(SweepError) {
        self.work = work
        self.options = options
        let folder = options.folder
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(path: folder.path, reason: error.localizedDescription)
        }
        _lock = try FolderLock(folder)
        _journalURL = folder.appendingPathComponent(Self.journalName)
        let header = Journal.Header(specHash: work.specHash, points: work.points.count, replicates: work.replicates,
                                    seed: work.seed, shard: options.shard)
        let contents = Journal.read(_journalURL)
        let theirs = contents.header.map { $0 == header ? work.specHash : "\($0.specHash) shard \($0.shard)" } ?? otherResultsHash
        if options.force {
            try? FileManager.default.removeItem(at: _journalURL)
            resumed = [:]
        } else if let theirs, theirs != work.specHash {
            throw .foreignResults(folder: folder.path, theirs: theirs, ours: work.specHash)
        } else if options.resume {
            guard contents.header == header else { throw .nothingToResume(folder: folder.path) }
            resumed = contents.outcomes.filter { $0.key.replicate >= work.pathsReplicates }
        } else if contents.header == header && contents.outcomes.count < Self.runCount(work, options.shard) {
            throw .interrupted(folder: folder.path, done: contents.outcomes.count, total: Self.runCount(work, options.shard))
        } else {
            try? FileManager.default.removeItem(at: _journalURL)
            resumed = [:]
        }
    }

    static func runCount(_ work: Work, _ shard: Shard) -> Int {
        Plan(points: work.points.count, replicates: work.replicates, batchSize: work.replicates, shard: shard).runCount
    }

    /// Runs what is left of the shard, recording the price paths of
    /// replicates `r < work.pathsReplicates` into ``paths``.
    /// - Parameter progress: called after every batch (from a worker thread).
    /// - Returns: the outcome of every run of the shard.
    /// - Throws: ``SweepError/cannotWrite(path:reason:)`` if the journal cannot be written.
    public func run(progress: @escaping @Sendable (Progress) -> Void = { _ in }) throws(SweepError) -> [RunID: RunOutcome] {
        let header = Journal.Header(specHash: work.specHash, points: work.points.count, replicates: work.replicates,
                                    seed: work.seed, shard: options.shard)
        let journal = try Journal(appendingTo: _journalURL, header: header)
        let plan = Plan(points: work.points.count, replicates: work.replicates, batchSize: options.batchSize,
                        shard: options.shard, done: Set(resumed.keys))
        let total = resumed.count + plan.runCount
        let executor = SweepExecutor(points: work.points, seed: work.seed, threads: options.threads, laneWidth: options.laneWidth)
        struct Shared {
            var outcomes: [RunID: RunOutcome]
            var paths: [RunID: [Double]] = [:]
            var agentSteps = 0.0
            var error: SweepError?
        }
        let shared = Mutex(Shared(outcomes: resumed))
        let start = DispatchTime.now().uptimeNanoseconds
        let points = work.points
        let kept = work.pathsReplicates
        // Batches hold ascending replicates of one point: one keeps paths when its first replicate does.
        executor.run(plan, recordingPaths: { ($0.replicates.first ?? kept) < kept }) { result in
            let batch = result.batch
            var failure: SweepError?
            do { try journal.append(point: batch.point, replicates: batch.replicates, outcomes: result.outcomes) }
            catch let error as SweepError { failure = error } catch { failure = .cannotWrite(path: "journal", reason: "\(error)") }
            let report = shared.withLock { state -> Progress in
                for (replicate, outcome) in zip(batch.replicates, result.outcomes) {
                    state.outcomes[RunID(point: batch.point, replicate: replicate)] = outcome
                }
                for (replicate, path) in zip(batch.replicates, result.paths ?? []) where replicate < kept {
                    state.paths[RunID(point: batch.point, replicate: replicate)] = path
                }
                state.agentSteps += Double(batch.replicates.count) * points[batch.point].agentSteps
                if state.error == nil { state.error = failure }
                return Progress(runsDone: state.outcomes.count, runsTotal: total, agentSteps: state.agentSteps,
                                seconds: Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            }
            progress(report)
        }
        let final = shared.withLock { $0 }
        if let error = final.error { throw error }
        try _compactJournal(header, final.outcomes)
        paths = final.paths
        return final.outcomes
    }

    func _compactJournal(_ header: Journal.Header, _ outcomes: [RunID: RunOutcome]) throws(SweepError) {
        try Journal.writeCompact(to: _journalURL, header: header, outcomes: outcomes)
    }
}
