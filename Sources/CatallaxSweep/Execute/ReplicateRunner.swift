import CatallaxModel
import CatallaxNumerics
import Dispatch
import Synchronization

/// Runs replicates of one point of the `curve-volatility` scenario over
/// several cores: batches of `laneWidth` replicates in lockstep, fanned over
/// `threads` workers by `DispatchQueue.concurrentPerform`, each worker with
/// its own state allocated once.
///
/// Replicate `r` is keyed by `RunKey(seed, point, r)` whatever the thread
/// count, lane width or batch it runs in, so outcomes are bit-identical
/// across them.
public struct ReplicateRunner: Sendable {
    /// The point.
    public var parameters: CurveVolatilityParameters
    /// The sweep's seed `s`.
    public var seed: UInt64
    /// The point's index `p` in its sweep.
    public var point: UInt64
    /// Worker threads (at least 1).
    public var threads: Int
    /// Replicates per batch.
    public var laneWidth: LaneWidth

    /// Creates a runner.
    public init(parameters: CurveVolatilityParameters, seed: UInt64, point: UInt64 = 0,
                threads: Int, laneWidth: LaneWidth = .standard) {
        self.parameters = parameters
        self.seed = seed
        self.point = point
        self.threads = max(1, threads)
        self.laneWidth = laneWidth
    }

    /// The outcomes of replicates `replicates`, in replicate order.
    /// - Complexity: O(N·T) per replicate, spread over `threads` cores.
    public func run(replicates: Range<Int>) -> [RunOutcome] {
        run(replicates: replicates, recordingPaths: false).outcomes
    }

    /// The outcomes of `replicates` and, if asked, each one's price path
    /// `P_0 … P_T`, in replicate order.
    public func run(replicates: Range<Int>, recordingPaths: Bool) -> (outcomes: [RunOutcome], paths: [[Double]]) {
        switch (laneWidth, recordingPaths) {
        case (.two, false): _run(replicates, observer: NoObservation<SIMD2<Double>>(), paths: { _ in [] })
        case (.four, false): _run(replicates, observer: NoObservation<SIMD4<Double>>(), paths: { _ in [] })
        case (.eight, false): _run(replicates, observer: NoObservation<SIMD8<Double>>(), paths: { _ in [] })
        case (.two, true): _run(replicates, observer: PricePathRecorder<SIMD2<Double>>(), paths: { $0.paths })
        case (.four, true): _run(replicates, observer: PricePathRecorder<SIMD4<Double>>(), paths: { $0.paths })
        case (.eight, true): _run(replicates, observer: PricePathRecorder<SIMD8<Double>>(), paths: { $0.paths })
        }
    }

    func _run<V: LaneVector, Observer: StepObserver<V>>(
        _ replicates: Range<Int>, observer: Observer, paths: @escaping @Sendable (Observer) -> [[Double]]
    ) -> ([RunOutcome], [[Double]]) {
        let width = V.scalarCount
        let batchCount = (replicates.count + width - 1) / width
        let shared = SharedOutcomes(count: replicates.count)
        let sharedPaths = SharedPaths(count: replicates.count)
        let next = Atomic<Int>(0)
        let workers = min(threads, max(1, batchCount))
        let parameters = self.parameters, seed = self.seed, point = self.point
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            let state = CurveVolatilityBatch<V>(sizedFor: parameters)
            while true {
                let batch = next.add(1, ordering: .relaxed).oldValue
                guard batch < batchCount else { break }
                let first = replicates.lowerBound + batch * width
                let last = min(first + width, replicates.upperBound)
                let keys = (first..<last).map { RunKey(seed: seed, point: point, replicate: UInt64($0)) }
                var watcher = observer
                let outcomes = state.run(parameters, keys: LaneKeys<V>(keys), runCount: keys.count, observer: &watcher)
                let lanePaths = paths(watcher)
                for (offset, outcome) in outcomes.enumerated() {
                    shared.slots[first - replicates.lowerBound + offset] = outcome
                    if !lanePaths.isEmpty { sharedPaths.slots[first - replicates.lowerBound + offset] = lanePaths[offset] }
                }
            }
        }
        return (shared.outcomes, sharedPaths.slots.map { $0 })
    }
}
