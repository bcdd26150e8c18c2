import CatallaxModel
import CatallaxSweep
import Synchronization

/// Runs replicates of many candidate points at once on the sweep executor
/// (every core, lanes of replicates), so a generation of an optimizer costs
/// one parallel plan rather than one run after another.
///
/// Replicate `r` of every candidate draws from the streams of `(seed, r)`:
/// candidates are compared on common random numbers, so the noise they
/// share cancels in their differences, and a candidate's outcomes are a
/// pure function of its parameters, `seed` and `r` — bit-identical across
/// threads, lane widths and resumes. A winner is re-measured on fresh
/// streams by evaluating it with another seed (``freshStreams``).
public struct CandidateEvaluator: Sendable {
    /// The seed of the streams.
    public var seed: UInt64
    /// Worker threads.
    public var threads: Int
    /// Replicates run in lockstep per kernel call.
    public var laneWidth: LaneWidth

    /// Creates an evaluator.
    public init(seed: UInt64, threads: Int, laneWidth: LaneWidth = .standard) {
        self.seed = seed
        self.threads = threads
        self.laneWidth = laneWidth
    }

    /// The same evaluator on streams no candidate of this one has seen:
    /// seed `SplitMix64`-scrambled from this one's, so that a re-measured
    /// winner's value is not flattered by the replicates it was chosen on.
    public var freshStreams: CandidateEvaluator {
        var copy = self
        var scramble = SplitMix64(seed: seed)
        copy.seed = scramble.next()
        return copy
    }

    /// Replicates `replicates[c]` of each candidate `c` (any ranges, empty
    /// for none), as one plan over all cores.
    /// - Returns: per candidate, the outcomes of its range in replicate order.
    /// - Complexity: the runs' cost, spread over `threads` cores.
    public func run(_ candidates: [ScenarioParameters], replicates: [Range<Int>]) -> [[RunOutcome]] {
        precondition(candidates.count == replicates.count, "one replicate range per candidate")
        var batches: [Batch] = []
        let width = laneWidth.rawValue
        for (candidate, range) in replicates.enumerated() {
            for start in stride(from: range.lowerBound, to: range.upperBound, by: width) {
                batches.append(Batch(index: batches.count, point: candidate,
                                     replicates: Array(start..<min(start + width, range.upperBound))))
            }
        }
        let executor = SweepExecutor(points: candidates, seed: seed, threads: threads, laneWidth: laneWidth)
        let results = Mutex<[Int: [RunOutcome]]>([:])
        executor.run(Plan(batches: batches)) { result in
            results.withLock { $0[result.batch.index] = result.outcomes }
        }
        let byBatch = results.withLock { $0 }
        var outcomes: [[RunOutcome]] = Array(repeating: [], count: candidates.count)
        for batch in batches { outcomes[batch.point] += byBatch[batch.index]! }
        return outcomes
    }
}
