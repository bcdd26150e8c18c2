import CatallaxModel
import CatallaxNumerics
import Dispatch
import Synchronization

/// Runs a plan's batches over several cores: `DispatchQueue.concurrentPerform`
/// fans the batches over `threads` workers, each with its own kernel state
/// allocated once; a batch's replicates run `laneWidth` at a time in
/// lockstep lanes.
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
    /// Replicates run together in one kernel call.
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
            let kernel = ScenarioKernels<V>()
            while !stop.isRequested {
                let index = next.add(1, ordering: .relaxed).oldValue
                guard index < plan.batches.count else { break }
                let batch = plan.batches[index]
                finished(_runBatch(batch, points[batch.point], kernel: kernel, recordingPaths: recordingPaths(batch)))
            }
        }
    }

    func _runBatch<V: LaneVector>(
        _ batch: Batch, _ parameters: ScenarioParameters, kernel: ScenarioKernels<V>, recordingPaths: Bool
    ) -> BatchResult {
        var paths: [[Double]] = []
        let keys = batch.replicates.map { RunKey(seed: seed, replicate: UInt64($0)) }
        let outcomes = Self._run(kernel, parameters, keys: keys, recordingPaths: recordingPaths, paths: &paths)
        return BatchResult(batch: batch, outcomes: outcomes, paths: recordingPaths ? paths : nil,
                           agentSteps: outcomes.reduce(0) { $0 + parameters.agentSteps(of: $1) })
    }

    /// The runs keyed by `keys`, in order, `V.scalarCount` at a time on one
    /// worker's kernels; each run's price path is appended to `paths` when
    /// `recordingPaths`. The one call of the kernels in the engine: every
    /// batch, recording its paths or not, runs with a `PricePathRecorder`, so
    /// each scenario's kernel is specialized once per lane width
    /// (`PricePathRecorder.init(recording:)`).
    static func _run<V: LaneVector>(
        _ kernel: ScenarioKernels<V>, _ parameters: ScenarioParameters, keys: [RunKey], recordingPaths: Bool,
        paths: inout [[Double]]
    ) -> [RunOutcome] {
        var outcomes: [RunOutcome] = []
        outcomes.reserveCapacity(keys.count)
        for start in stride(from: 0, to: keys.count, by: V.scalarCount) {
            let group = Array(keys[start..<min(start + V.scalarCount, keys.count)])
            var recorder = PricePathRecorder<V>(recording: recordingPaths)
            outcomes += kernel.run(parameters, keys: LaneKeys<V>(group), runCount: group.count, observer: &recorder)
            if recordingPaths { paths += recorder.paths.prefix(group.count) }
        }
        return outcomes
    }
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
