import CatallaxModel
import Foundation
import Synchronization

/// One sweep (or one shard of it) writing into an output folder: it takes
/// the folder's lock, checks what the folder holds, resumes from the
/// journal when asked, runs what is left and records every finished batch.
public final class SweepSession {
    /// What the sweep is: its points, replicates, seed and spec hash.
    public struct Work: Sendable {
        /// The parameters of every point, by index (built per batch from a spec's ``SweepPoints``).
        public var points: PointParameters
        /// Replicates per point.
        public var replicates: Int
        /// The sweep's seed.
        public var seed: UInt64
        /// The spec's hash, naming the sweep in the journal and results.
        public var specHash: String
        /// Replicates `0 ..< pathsReplicates` of every point keep their price paths.
        public var pathsReplicates: Int
        /// The spec's ``SweepSpec/canonicalText``, recorded in the folder so
        /// that a run of a changed spec is told what changed; empty when
        /// unknown (nothing is recorded then).
        public var canonicalText: String
        /// With a precision target, how each point adds replicates past
        /// ``replicates`` (its first stage); `nil` runs exactly ``replicates``.
        public var adaptive: AdaptiveReplicates?

        /// Creates the description of a sweep's work.
        public init(points: PointParameters, replicates: Int, seed: UInt64, specHash: String,
                    pathsReplicates: Int = 0, canonicalText: String = "", adaptive: AdaptiveReplicates? = nil) {
            self.points = points
            self.replicates = replicates
            self.seed = seed
            self.specHash = specHash
            self.pathsReplicates = pathsReplicates
            self.canonicalText = canonicalText
            self.adaptive = adaptive
        }

        /// Creates the description of a sweep's work at points listed one by one.
        public init(points: [ScenarioParameters], replicates: Int, seed: UInt64, specHash: String,
                    pathsReplicates: Int = 0, canonicalText: String = "", adaptive: AdaptiveReplicates? = nil) {
            self.init(points: PointParameters(points), replicates: replicates, seed: seed, specHash: specHash,
                      pathsReplicates: pathsReplicates, canonicalText: canonicalText, adaptive: adaptive)
        }

        /// The most replicates a point can reach.
        public var maximumReplicates: Int { adaptive?.maximum ?? replicates }
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

    /// The sweep's work (its ``Work/canonicalText`` emptied once recorded in the folder).
    public private(set) var work: Work
    public let options: SweepOptions
    let _lock: FolderLock
    let _journalURL: URL
    /// What the journal held when the session opened: which runs resume
    /// (one bit each), and with a precision target their outcomes, emptied
    /// by ``run(stop:progress:prepare:consume:)`` once it holds them.
    var _journaled: JournaledRuns
    /// How many runs the session takes from the journal instead of running them.
    public let resumedRunCount: Int
    /// The price path `P_0 … P_T` of every run of the shard with replicate
    /// `r < work.pathsReplicates`, once ``run(stop:progress:)`` has returned.
    public private(set) var paths: [RunID: [Double]] = [:]

    /// Opens the output folder for `work`.
    /// - Throws: ``SweepError`` when the folder holds another spec's or
    ///   another shard's results (unless `force`; naming what changed when
    ///   the folder records its spec), a damaged journal (unless `force`),
    ///   an interrupted run of this spec (unless `resume` or `force`),
    ///   nothing to resume (with `resume`), another sweep's lock, or cannot
    ///   be created or written.
    public init(_ work: Work, options: SweepOptions, otherResultsHash: String?) throws(SweepError) {
        self.work = work
        self.options = options
        let folder = options.folder
        try OutputFolder.create(folder)
        _lock = try FolderLock(folder)
        OutputFolder.removeLeftovers(in: folder)
        _journalURL = folder.appendingPathComponent(Self.journalName)
        let header = Self._header(work, options.shard)
        // --force replaces whatever the folder holds: its journal (hundreds of MB for a large sweep) is not read.
        var journaled = JournaledRuns(work)
        let contents = options.force ? Journal.Contents(header: nil, outcomes: [:])
            : Journal.read(_journalURL) { journaled.add(point: $0, runs: $1) }
        let theirs = contents.header.map { $0 == header ? work.specHash : "\($0.specHash) shard \($0.shard)" } ?? otherResultsHash
        if options.force {
            // Nothing was read: every run runs afresh.
        } else if let theirs, theirs != work.specHash {
            throw Self._refusal(folder, theirHash: contents.header?.specHash ?? theirs, theirs: theirs, work)
        } else if let damage = contents.damage(journaled.check) {
            throw .damagedJournal(path: _journalURL.path, damage: damage)
        } else if options.resume {
            guard contents.header == header else { throw .nothingToResume(folder: folder.path) }
            // A crash cut the last record short: drop it, or the next record is glued onto it.
            if contents.tornByteCount > 0 { try Journal.discardTornTail(of: _journalURL, keeping: contents.intactByteCount) }
            if work.adaptive != nil { journaled.outcomes = journaled.resumedOutcomes }
        } else if contents.header == header && !Self.isComplete(work, options.shard, journaled) {
            throw .interrupted(folder: folder.path, done: journaled.count, total: Self.runCount(work, options.shard, journaled.outcomes))
        } else {
            journaled = JournaledRuns(work)
        }
        _journaled = journaled
        resumedRunCount = journaled.resumable
        // Every path that does not resume starts afresh.
        if options.force || !options.resume { try? FileManager.default.removeItem(at: _journalURL) }
        if !work.canonicalText.isEmpty { try RecordedSpec.record(work.canonicalText, in: folder) }
        // Tens of megabytes for a million points, needed no more.
        self.work.canonicalText = ""
    }

    /// Runs of the shard in all, journaled or not; with a precision target,
    /// the runs of the stages the points have reached so far.
    public var runTotal: Int { Self.runCount(work, options.shard, _journaled.outcomes) }

    /// Runs of `shard` in all; with a precision target, those of the stages `outcomes` reach.
    static func runCount(_ work: Work, _ shard: Shard, _ outcomes: [RunID: RunOutcome]) -> Int {
        guard let adaptive = work.adaptive else {
            return Plan.runCount(points: work.points.count, replicates: work.replicates, shard: shard)
        }
        return work.points.indices.filter(shard.contains(point:))
            .reduce(0) { $0 + adaptive.stage(ofPoint: $1, in: outcomes).end }
    }

    /// Whether `journaled` holds every run of `shard`.
    static func isComplete(_ work: Work, _ shard: Shard, _ journaled: JournaledRuns) -> Bool {
        guard let adaptive = work.adaptive else { return journaled.count >= runCount(work, shard, [:]) }
        return adaptive.isComplete(points: work.points.count, shard: shard, outcomes: journaled.outcomes)
    }

    static func _header(_ work: Work, _ shard: Shard) -> Journal.Header {
        Journal.Header(specHash: work.specHash, points: work.points.count, replicates: work.maximumReplicates,
                       seed: work.seed, shard: shard)
    }

    /// The refusal of a folder holding results of `theirs` (a spec hash,
    /// or a hash and another shard): it lists what changed when the folder
    /// records the canonical text of `theirHash` and it differs from ours.
    static func _refusal(_ folder: URL, theirHash: String, theirs: String, _ work: Work) -> SweepError {
        guard theirHash != work.specHash, !work.canonicalText.isEmpty,
              let recorded = RecordedSpec.text(in: folder, hashing: theirHash) else {
            return .foreignResults(folder: folder.path, theirs: theirs, ours: work.specHash)
        }
        let changes = RecordedSpec.changes(from: recorded, to: work.canonicalText)
        guard !changes.isEmpty else { return .foreignResults(folder: folder.path, theirs: theirs, ours: work.specHash) }
        return .specChanged(folder: folder.path, theirs: theirHash, ours: work.specHash, changes: changes)
    }

    /// Runs what is left of the shard and returns the outcome of every run
    /// of the shard (resumed ones included), recording the price paths of
    /// replicates `r < work.pathsReplicates` into ``paths``; see
    /// ``run(stop:progress:prepare:consume:)``, which hands the points on
    /// one at a time instead of holding every outcome.
    /// - Throws: as ``run(stop:progress:prepare:consume:)``.
    public func run(stop: StopRequest = StopRequest(),
                    progress: @escaping @Sendable (Progress) -> Void = { _ in }) throws(SweepError) -> [RunID: RunOutcome] {
        let collected = _Collected()
        try run(stop: stop, progress: progress, prepare: { $0 }) { point in
            for (replicate, outcome) in zip(point.replicates, point.outcomes) {
                collected.outcomes[RunID(point: point.point, replicate: replicate)] = outcome
            }
        }
        return collected.outcomes
    }

    /// The outcomes ``run(stop:progress:)`` gathers; written by one thread at a time (the one handing points on).
    final class _Collected: @unchecked Sendable {
        var outcomes: [RunID: RunOutcome] = [:]
    }

    /// Runs what is left of the shard, handing every point of the sweep on
    /// in point order as soon as its runs (resumed and new) are all in and
    /// every earlier point's are; records the price paths of replicates
    /// `r < work.pathsReplicates` into ``paths``; then writes the compact
    /// journal (streamed as the points are handed on). With a precision
    /// target it runs in rounds: each round runs every unfinished point's
    /// current stage, then the stages' outcomes decide the next round; the
    /// points are handed on after the last.
    ///
    /// Only the points in flight are held (without a precision target), so
    /// a sweep of any number of runs needs the memory of a few points.
    /// - Parameters:
    ///   - stop: once requested, no new batch starts; the batches in flight
    ///     finish and are journaled, and the journal is left as it is (not
    ///     compacted) for a later resume.
    ///   - progress: called after every batch (from a worker thread).
    ///   - prepare: turns a finished point (a point outside the shard has no
    ///     runs) into what `consume` takes; called concurrently from the
    ///     worker threads, each point once, in no particular order.
    ///   - consume: takes the prepared points in point order, one call at a
    ///     time (from whichever thread hands them on).
    /// - Throws: ``SweepError/cannotWrite(path:reason:)`` if the journal
    ///   cannot be written (the sweep then stops as on `stop`: the journal
    ///   holds every batch written before), ``SweepError/stopped(folder:done:total:)``
    ///   when `stop` was requested. Points may have been consumed before either.
    public func run<Chunk: Sendable>(
        stop: StopRequest = StopRequest(),
        progress: @escaping @Sendable (Progress) -> Void = { _ in },
        prepare: @Sendable (FinishedPoint) -> Chunk,
        consume: @Sendable (Chunk) -> Void
    ) throws(SweepError) {
        let header = Self._header(work, options.shard)
        let journal = try Journal(appendingTo: _journalURL, header: header)
        // The finished journal, in point order, written as the points are handed on and renamed over the journal at the end.
        let compact = try WholeFile.Open(_journalURL)
        compact.stream.write(Journal._encoded(header))
        let executor = SweepExecutor(points: work.points, seed: work.seed, threads: options.threads, laneWidth: options.laneWidth)
        var order = _PointOrder<Chunk>(pointCount: work.points.count, replicates: work.replicates, shard: options.shard,
                                       adaptive: work.adaptive != nil)
        // Without a precision target there is one round, of every run not resumed.
        var plan = _plan(round: 0, outcomes: _journaled.outcomes)
        if work.adaptive == nil {
            _handOnResumedPoints(&order, compact: compact, prepare: prepare, consume: consume)
        }
        let shared = Mutex(_Shared(outcomes: _journaled.outcomes, order: order, runsDone: resumedRunCount))
        _journaled.outcomes = [:]
        // Stops the executor on a journal failure too, without marking the caller's request.
        let halt = StopRequest(following: stop)
        let start = DispatchTime.now().uptimeNanoseconds
        var total = resumedRunCount
        var round = 0
        while !halt.isRequested, let current = plan {
            total += current.runCount
            _execute(current, executor, journal: journal, shared: shared, halt: halt, start: start, total: total, progress: progress,
                     prepare: prepare) { Self._handOn(shared, compact: compact, prepare: prepare, consume: consume) }
            round += 1
            plan = _plan(round: round, outcomes: shared.withLock { $0.outcomes })
        }
        if work.adaptive != nil && !halt.isRequested {
            shared.withLock { state in
                for (run, outcome) in state.outcomes { state.order.pending[run.point, default: []].append((run.replicate, outcome)) }
                state.outcomes = [:]
                state.order.final = true
            }
        }
        if !halt.isRequested { Self._handOn(shared, compact: compact, prepare: prepare, consume: consume) }
        let final = shared.withLock { state in
            (error: state.error, done: state.runsDone, paths: state.paths, agentSteps: state.agentSteps,
             handedOn: state.order.next == state.order.pointCount)
        }
        agentStepsRun = final.agentSteps
        if let error = final.error { throw error }
        if stop.isRequested { throw .stopped(folder: options.folder.path, done: final.done, total: total) }
        precondition(final.handedOn, "SweepSession: every run is in but not every point was handed on")
        try compact.commit()
        paths = final.paths
    }

    /// Agent-steps of the runs this process ran (not those resumed), once ``run(stop:progress:prepare:consume:)`` has returned.
    public private(set) var agentStepsRun = 0.0

    /// Hands on every point that can be, in order, unless another thread is
    /// already doing so (it then picks these up before it stops).
    static func _handOn<Chunk: Sendable>(_ shared: borrowing Mutex<_Shared<Chunk>>, compact: WholeFile.Open,
                               prepare: (FinishedPoint) -> Chunk, consume: (Chunk) -> Void) {
        var first = true
        while true {
            // The check of `handing` and the take are one step under the lock, so no point is left behind.
            let items = shared.withLock { state -> [_PointOrder<Chunk>.Item]? in
                if first && state.order.handing { return nil }
                return state.order.take(upTo: 64)
            }
            first = false
            guard let items else { return }
            for item in items {
                switch item {
                case let .prepared(line, chunk):
                    if let line { compact.stream.write(line) }
                    consume(chunk)
                case let .complete(point):
                    Journal.appendCompact(point, to: &compact.stream)
                    consume(prepare(point))
                }
            }
        }
    }

    /// Reads the resumed runs from the journal again, without a precision
    /// target, and hands on, in order, every point that is whole before any
    /// run starts (resumed whole, or outside the shard); the resumed runs of
    /// points not whole wait in `order` for the runs still to do.
    ///
    /// The journal lists batches about in point order (the workers take them
    /// so), so only the points at the edge of what is done are held: resuming
    /// does not hold the runs it resumes. Where a run is recorded twice (a
    /// journal edited by hand) its first record is the one taken.
    func _handOnResumedPoints<Chunk: Sendable>(_ order: inout _PointOrder<Chunk>, compact: WholeFile.Open,
                                               prepare: @Sendable (FinishedPoint) -> Chunk, consume: (Chunk) -> Void) {
        var window: [FinishedPoint] = []
        func gatherWholePoints() {
            while let point = order.takeComplete() {
                window.append(point)
                if window.count == 1024 {
                    Self._prepareAndHandOn(window, threads: options.threads, compact: compact, prepare: prepare, consume: consume)
                    window.removeAll(keepingCapacity: true)
                }
            }
        }
        if resumedRunCount > 0 {
            // The session lets go of its set, so the copy taken here is changed in place as each run is taken.
            var left = _journaled
            _journaled.recorded = nil
            _ = Journal.read(_journalURL) { point, runs in
                for (replicate, outcome) in runs where left.takeResumed(RunID(point: point, replicate: replicate)) {
                    order.pending[point, default: []].append((replicate, outcome))
                }
                gatherWholePoints()
            }
        }
        gatherWholePoints()
        Self._prepareAndHandOn(window, threads: options.threads, compact: compact, prepare: prepare, consume: consume)
    }

    /// Hands on `points`, whole and in order, preparing them on `threads`
    /// threads. Left to the workers, one of them prepared the resumed points
    /// alone while the others' finished points piled up waiting their turn:
    /// resuming 10⁶ runs at 46% peaked at 600 MB, three times a fresh sweep.
    static func _prepareAndHandOn<Chunk: Sendable>(_ points: [FinishedPoint], threads: Int, compact: WholeFile.Open,
                                                   prepare: @Sendable (FinishedPoint) -> Chunk, consume: (Chunk) -> Void) {
        guard !points.isEmpty else { return }
        let lanes = min(max(1, threads), points.count)
        let prepared = Mutex([Chunk?](repeating: nil, count: points.count))
        DispatchQueue.concurrentPerform(iterations: lanes) { lane in
            for i in stride(from: lane, to: points.count, by: lanes) {
                let chunk = prepare(points[i])
                prepared.withLock { $0[i] = chunk }
            }
        }
        for (point, chunk) in zip(points, prepared.withLock { $0 }) {
            guard let chunk else { preconditionFailure("SweepSession: a whole point was not prepared") }
            Journal.appendCompact(point, to: &compact.stream)
            consume(chunk)
        }
    }

    /// What the workers share while a sweep runs.
    struct _Shared<Chunk: Sendable>: Sendable {
        /// Every outcome so far, for planning rounds; only with a precision target.
        var outcomes: [RunID: RunOutcome]
        var order: _PointOrder<Chunk>
        var runsDone: Int
        var paths: [RunID: [Double]] = [:]
        var agentSteps = 0.0
        var error: SweepError?
    }

    /// The runs of round `round`, or `nil` when none are left: with a
    /// precision target, each point's current stage given the `outcomes` so
    /// far; without one, every run the journal does not resume, in the first round.
    func _plan(round: Int, outcomes: [RunID: RunOutcome]) -> Plan? {
        let plan: Plan
        if let adaptive = work.adaptive {
            plan = adaptive.nextRound(points: work.points.count, batchSize: options.batchSize, shard: options.shard, done: outcomes)
        } else {
            guard round == 0 else { return nil }
            plan = Plan(points: work.points.count, replicates: work.replicates, batchSize: options.batchSize,
                        shard: options.shard, isDone: _journaled.resumes)
        }
        return plan.batches.isEmpty ? nil : plan
    }

    /// Runs `plan`, journaling every finished batch, collecting its outcomes
    /// and kept paths into `shared`, preparing each point whose runs are all
    /// in, then calling `handOn`.
    func _execute<Chunk: Sendable>(_ plan: Plan, _ executor: SweepExecutor, journal: Journal, shared: borrowing Mutex<_Shared<Chunk>>,
                         halt: StopRequest, start: UInt64, total: Int, progress: @escaping @Sendable (Progress) -> Void,
                         prepare: @Sendable (FinishedPoint) -> Chunk, handOn: @Sendable () -> Void) {
        let kept = work.pathsReplicates
        let adaptive = work.adaptive != nil
        // Batches hold ascending replicates of one point: one keeps paths when its first replicate does.
        executor.run(plan, stop: halt, recordingPaths: { ($0.replicates.first ?? kept) < kept }) { result in
            let batch = result.batch
            let line = Journal._record(point: batch.point, replicates: batch.replicates, outcomes: result.outcomes)
            var failure: SweepError?
            do throws(SweepError) { try journal.append(line) }
            catch { failure = error }
            let (report, finished) = shared.withLock { state -> (Progress?, (FinishedPoint, whole: Bool)?) in
                if let failure {
                    halt.request()
                    if state.error == nil { state.error = failure }
                    return (nil, nil)
                }
                var finished: (FinishedPoint, whole: Bool)?
                if adaptive {
                    for (replicate, outcome) in zip(batch.replicates, result.outcomes) {
                        state.outcomes[RunID(point: batch.point, replicate: replicate)] = outcome
                    }
                } else {
                    finished = state.order.add(point: batch.point, replicates: batch.replicates, outcomes: result.outcomes)
                }
                for (replicate, path) in zip(batch.replicates, result.paths ?? []) where replicate < kept {
                    state.paths[RunID(point: batch.point, replicate: replicate)] = path
                }
                state.runsDone += batch.replicates.count
                state.agentSteps += result.agentSteps
                return (Progress(runsDone: state.runsDone, runsTotal: total, agentSteps: state.agentSteps,
                                 seconds: Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9), finished)
            }
            if let report { progress(report) }
            if let (point, whole) = finished {
                // A batch that is the whole point has already spelled the point's compact line.
                let item = _PointOrder<Chunk>.Item.prepared(
                    line: whole ? line : Journal._record(point: point.point, replicates: point.replicates, outcomes: point.outcomes),
                    chunk: prepare(point))
                shared.withLock { $0.order.ready[point.point] = item }
                handOn()
            }
        }
    }
}
