import CatallaxModel
import CatallaxNumerics
import Dispatch
import Synchronization

/// Runs a plan's batches over several cores: `DispatchQueue.concurrentPerform`
/// fans the batches over `threads` workers, each with its own kernel state
/// allocated once; a batch's replicates run `laneWidth` at a time in
/// lockstep lanes, and a group of replicates too few to fill them at the
/// narrowest width that holds them (``_WorkerKernels``).
///
/// Run `(p, r)` is keyed by `RunKey(seed, r)` — the same stream for replicate
/// `r` of every point (common random numbers) — whatever thread, lane or
/// batch it runs in, so its outcome is bit-identical across thread counts,
/// lane widths, batch sizes, shards and resumes.
public struct SweepExecutor: Sendable {
    /// The parameters of every point of the sweep, by point index (built
    /// once per batch when they come from a spec's ``SweepPoints``).
    public var points: PointParameters
    /// The sweep's seed `s`.
    public var seed: UInt64
    /// Worker threads (at least 1).
    public var threads: Int
    /// Replicates run together in one kernel call; fewer (the last group
    /// of a batch, or a batch of fewer replicates) run at the narrowest
    /// width that holds them.
    public var laneWidth: LaneWidth

    /// Creates an executor.
    public init(points: PointParameters, seed: UInt64, threads: Int, laneWidth: LaneWidth = .standard) {
        self.points = points
        self.seed = seed
        self.threads = max(1, threads)
        self.laneWidth = laneWidth
    }

    /// Creates an executor of points listed one by one.
    public init(points: [ScenarioParameters], seed: UInt64, threads: Int, laneWidth: LaneWidth = .standard) {
        self.init(points: PointParameters(points), seed: seed, threads: threads, laneWidth: laneWidth)
    }

    /// What one finished batch produced.
    public struct BatchResult: Sendable {
        /// The batch.
        public var batch: Batch
        /// One outcome per replicate of the batch, in its order.
        public var outcomes: [RunOutcome]
        /// Each replicate's price path `P_0 … P_T`, if they were recorded.
        public var paths: [[Double]]?
        /// Agent-steps of the batch's runs (read here, where the point's parameters are at hand).
        public var agentSteps: Double
    }

    /// Runs every batch of `plan`, handing each result to `finished` as soon
    /// as its batch is done (from the worker's thread: `finished` must be
    /// thread-safe).
    /// - Parameters:
    ///   - stop: checked before each batch is taken: once it is requested no
    ///     new batch starts, and `run` returns when those in flight are done.
    ///   - recordingPaths: which batches should record price paths.
    /// - Complexity: O(N·T) per run, spread over `threads` cores.
    public func run(
        _ plan: Plan,
        stop: StopRequest = StopRequest(),
        recordingPaths: @Sendable (Batch) -> Bool = { _ in false },
        finished: @Sendable (BatchResult) -> Void
    ) {
        switch laneWidth {
        case .two: _run(plan, lanes: SIMD2<Double>.self, stop: stop, recordingPaths: recordingPaths, finished: finished)
        case .four: _run(plan, lanes: SIMD4<Double>.self, stop: stop, recordingPaths: recordingPaths, finished: finished)
        case .eight: _run(plan, lanes: SIMD8<Double>.self, stop: stop, recordingPaths: recordingPaths, finished: finished)
        }
    }

    func _run<V: LaneVector>(
        _ plan: Plan, lanes: V.Type, stop: StopRequest,
        recordingPaths: @Sendable (Batch) -> Bool, finished: @Sendable (BatchResult) -> Void
    ) {
        guard !plan.batches.isEmpty else { return }
        // The executor owns the cores: BLAS calls inside a run stay on their worker.
        OpenBLAS.useSingleThread()
        let next = Atomic<Int>(0)
        let workers = min(threads, plan.batches.count)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            let kernels = _WorkerKernels<V>()
            while !stop.isRequested {
                let index = next.add(1, ordering: .relaxed).oldValue
                guard index < plan.batches.count else { break }
                let batch = plan.batches[index]
                finished(_runBatch(batch, points[batch.point], kernels: kernels, recordingPaths: recordingPaths(batch)))
            }
        }
    }

    func _runBatch<V: LaneVector>(
        _ batch: Batch, _ parameters: ScenarioParameters, kernels: _WorkerKernels<V>, recordingPaths: Bool
    ) -> BatchResult {
        var paths: [[Double]] = []
        var outcomes: [RunOutcome] = []
        outcomes.reserveCapacity(batch.replicates.count)
        let keys = batch.replicates.map { RunKey(seed: seed, replicate: UInt64($0)) }
        for start in stride(from: 0, to: keys.count, by: V.scalarCount) {
            let group = keys[start..<min(start + V.scalarCount, keys.count)]
            // The narrowest lanes that hold the group: the same outcomes, no discarded lanes to run.
            let groupOutcomes = switch group.count {
            case ...2 where V.scalarCount > 2:
                Self._run(kernels.two, parameters, group: group, recordingPaths: recordingPaths, paths: &paths)
            case ...4 where V.scalarCount > 4:
                Self._run(kernels.four, parameters, group: group, recordingPaths: recordingPaths, paths: &paths)
            default:
                Self._run(kernels.widest, parameters, group: group, recordingPaths: recordingPaths, paths: &paths)
            }
            outcomes += groupOutcomes
        }
        return BatchResult(batch: batch, outcomes: outcomes, paths: recordingPaths ? paths : nil,
                           agentSteps: outcomes.reduce(0) { $0 + parameters.agentSteps(of: $1) })
    }

    /// The runs keyed by `keys`, in order, `V.scalarCount` at a time on one
    /// worker's kernels; each run's price path is appended to `paths` when
    /// `recordingPaths`.
    static func _run<V: LaneVector>(
        _ kernel: ScenarioKernels<V>, _ parameters: ScenarioParameters, keys: [RunKey], recordingPaths: Bool,
        paths: inout [[Double]]
    ) -> [RunOutcome] {
        var outcomes: [RunOutcome] = []
        outcomes.reserveCapacity(keys.count)
        for start in stride(from: 0, to: keys.count, by: V.scalarCount) {
            outcomes += _run(kernel, parameters, group: keys[start..<min(start + V.scalarCount, keys.count)],
                             recordingPaths: recordingPaths, paths: &paths)
        }
        return outcomes
    }

    /// The runs keyed by `group` (at most `V.scalarCount`) in one call of
    /// the kernels, as ``_run(_:_:keys:recordingPaths:paths:)``. The one
    /// call of the kernels in the engine: every batch, recording its paths
    /// or not, runs with a `PricePathRecorder`, so each scenario's kernel is
    /// specialized once per lane width (`PricePathRecorder.init(recording:)`).
    static func _run<V: LaneVector>(
        _ kernel: ScenarioKernels<V>, _ parameters: ScenarioParameters, group: ArraySlice<RunKey>, recordingPaths: Bool,
        paths: inout [[Double]]
    ) -> [RunOutcome] {
        var recorder = PricePathRecorder<V>(recording: recordingPaths)
        let outcomes = kernel.run(parameters, keys: LaneKeys<V>(Array(group)), runCount: group.count, observer: &recorder)
        if recordingPaths { paths += recorder.paths.prefix(group.count) }
        return outcomes
    }
}

/// One worker's kernels: those of the executor's lane width, and, made when
/// first needed, narrower ones for groups of runs too few to fill it. A
/// point of 4 replicates at lane width 8 runs at 4: at 8, half of every
/// vector operation would be lanes whose runs are discarded (measured on a
/// sweep of 10⁶ runs of 4 replicates a point: 1.46× the kernel's rate).
/// Each run's outcome is the same at any width.
final class _WorkerKernels<V: LaneVector> {
    let widest = ScenarioKernels<V>()
    lazy var four = ScenarioKernels<SIMD4<Double>>()
    lazy var two = ScenarioKernels<SIMD2<Double>>()
}

extension SweepExecutor {
    /// The outcomes of the runs keyed by `keys`, in order, run `laneWidth`
    /// at a time on one worker's kernels on the calling thread, after that
    /// worker ran one batch of each of `warmUp` first (so a check can
    /// compare reused kernels against fresh ones, and lane widths against
    /// each other).
    ///
    /// Kept in this file on purpose: it calls the scenario kernels through
    /// `_run`, as `_runBatch` does, so the compiler specializes every kernel
    /// once per lane width for both. The test-support module calls this instead
    /// of specializing the kernels again (170 s of a debug build's critical
    /// path on a 2-core machine).
    public static func outcomes(
        of point: ScenarioParameters, keys: [RunKey], laneWidth: LaneWidth, after warmUp: [ScenarioParameters] = []
    ) -> [RunOutcome] {
        switch laneWidth {
        case .two: _outcomes(SIMD2<Double>.self, point, keys, warmUp)
        case .four: _outcomes(SIMD4<Double>.self, point, keys, warmUp)
        case .eight: _outcomes(SIMD8<Double>.self, point, keys, warmUp)
        }
    }

    static func _outcomes<V: LaneVector>(
        _: V.Type, _ point: ScenarioParameters, _ keys: [RunKey], _ warmUp: [ScenarioParameters]
    ) -> [RunOutcome] {
        let kernels = ScenarioKernels<V>()
        var unused: [[Double]] = []
        for other in warmUp {
            _ = _run(kernels, other, keys: Array(keys.prefix(V.scalarCount)), recordingPaths: false, paths: &unused)
        }
        return _run(kernels, point, keys: keys, recordingPaths: false, paths: &unused)
    }
}
