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
        switch laneWidth {
        case .two: parameters.curve.accept(_Visit<SIMD2<Double>>(runner: self, replicates: replicates))
        case .four: parameters.curve.accept(_Visit<SIMD4<Double>>(runner: self, replicates: replicates))
        case .eight: parameters.curve.accept(_Visit<SIMD8<Double>>(runner: self, replicates: replicates))
        }
    }

    struct _Visit<V: LaneVector>: CurveVisitor {
        let runner: ReplicateRunner
        let replicates: Range<Int>

        func visit<Curve: BondingCurve>(_ curve: Curve) -> [RunOutcome] {
            runner._run(curve: curve, lanes: V.self, replicates: replicates)
        }
    }

    func _run<Curve: BondingCurve, V: LaneVector>(curve: Curve, lanes: V.Type, replicates: Range<Int>) -> [RunOutcome] {
        let width = V.scalarCount
        let batchCount = (replicates.count + width - 1) / width
        let shared = SharedOutcomes(count: replicates.count)
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
                let outcomes = state.run(parameters, curve: curve, keys: LaneKeys<V>(keys), runCount: keys.count)
                for (offset, outcome) in outcomes.enumerated() {
                    shared.slots[first - replicates.lowerBound + offset] = outcome
                }
            }
        }
        return shared.outcomes
    }
}
