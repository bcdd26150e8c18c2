import CatallaxModel
import CatallaxReduce
import CatallaxSweep

/// A search run end to end (`docs/Optimization.md`): each search space
/// (block) is searched with its share of the budget; every candidate runs
/// the same first replicates (common random numbers), and those whose
/// interval overlaps the incumbent's, or whose constraints are undecided,
/// are raced with more; the best feasible candidates are then compared by
/// Kim–Nelson selection, and the winner is re-measured on fresh streams so
/// that the value reported is not the lucky one it was chosen on.
///
/// Everything is a pure function of the spec: candidates come from seeded
/// searches, outcomes from `(seed, replicate)`, decisions from outcomes,
/// so results are bit-identical across threads and lane widths.
public final class Optimization {
    /// The spec.
    public let spec: OptimizeSpec
    /// Runs candidates on the search's streams.
    public let evaluator: CandidateEvaluator
    /// Every candidate proposed so far, in order.
    public internal(set) var candidates: [Candidate] = []
    /// Runs spent so far (search, racing and selection; not the re-measurement).
    public internal(set) var runs = 0

    /// Prepares a search of `spec` on `threads` cores.
    public init(spec: OptimizeSpec, threads: Int, laneWidth: LaneWidth = .standard) {
        self.spec = spec
        evaluator = CandidateEvaluator(seed: spec.spaces.seed, threads: threads, laneWidth: laneWidth)
    }

    /// What one generation did, for a progress line.
    public struct Progress: Sendable {
        /// The block searched.
        public var block: Int
        /// Its generation.
        public var generation: Int
        /// Runs spent so far, and the budget.
        public var runs: Int, budget: Int
        /// The incumbent's objective statistic, if there is a feasible candidate yet.
        public var incumbent: Double?
    }

    /// Runs the search, the selection and the re-measurement.
    /// - Parameter progress: called after every generation.
    public func run(progress: (Progress) -> Void = { _ in }) -> OptimizationResult {
        let blocks = spec.spaces.points.count
        for block in 0..<blocks {
            // Each space gets an equal share of what is left, so an early one that stops short leaves more to the rest.
            let share = (spec.budget - runs) / (blocks - block)
            search(block: block, budget: share, progress: progress)
        }
        return select()
    }

    /// The objective statistic of a candidate, `nil` without successful replicates.
    func objective(_ candidate: Candidate) -> Double? { spec.objectiveValue(of: candidate) }

    /// How the constraints stand for a candidate.
    func judgement(_ candidate: Candidate) -> MetricConstraint.Judgement { spec.judgement(of: candidate) }

    /// `a` is better than `b` in the objective's order.
    func better(_ a: Double, than b: Double) -> Bool {
        spec.order == .ascending ? a < b : a > b
    }

    /// The best candidate not judged infeasible, by its objective statistic.
    func incumbent(among indices: some Sequence<Int>) -> Int? {
        var best: (index: Int, value: Double)?
        for i in indices where judgement(candidates[i]) != .infeasible {
            guard let value = objective(candidates[i]) else { continue }
            if best == nil || better(value, than: best!.value) { best = (i, value) }
        }
        return best?.index
    }
}
