import CatallaxModel
import Synchronization

/// Runs replicates `0..<R` of a single point (what `catallax run` does):
/// a one-point plan on the sweep executor, with outcomes gathered in
/// replicate order.
public struct PointRunner: Sendable {
    /// The executor, holding the one point.
    public var executor: SweepExecutor

    /// A runner of point `parameters` with seed `seed`.
    public init(parameters: ScenarioParameters, seed: UInt64, threads: Int, laneWidth: LaneWidth = .standard) {
        executor = SweepExecutor(points: [parameters], seed: seed, threads: threads, laneWidth: laneWidth)
    }

    /// The outcomes of replicates `0..<replicates` and, if asked, their price
    /// paths, in replicate order.
    public func run(replicates: Int, recordingPaths: Bool = false, offset: Int = 0) -> (outcomes: [RunOutcome], paths: [[Double]]) {
        let batchSize = executor.laneWidth.rawValue
        let plan = Plan(points: 1, replicates: offset + replicates, batchSize: batchSize,
                        isDone: { $0.replicate < offset })
        let results = Mutex<[Int: SweepExecutor.BatchResult]>([:])
        executor.run(plan, recordingPaths: { _ in recordingPaths }) { result in
            results.withLock { $0[result.batch.index] = result }
        }
        let ordered = results.withLock { all in plan.batches.map { all[$0.index]! } }
        return (ordered.flatMap(\.outcomes), ordered.flatMap { $0.paths ?? [] })
    }
}
