import CatallaxModel
import CatallaxReduce
import CatallaxSweep
import Dispatch

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
    /// Wall-clock seconds spent running candidates (the simulation itself), to
    /// tell the search's own cost from the model's.
    public internal(set) var simulationSeconds = 0.0
    /// Where evaluations are recorded, and replayed from on resume.
    public let journal: EvaluationJournal?
    /// Evaluations (parallel plans) done or replayed so far.
    var _evaluations = 0

    /// Prepares a search of `spec` on `threads` cores, recording into `journal`
    /// (and taking the evaluations it already holds from it).
    public init(spec: OptimizeSpec, threads: Int, laneWidth: LaneWidth = .standard, journal: EvaluationJournal? = nil) {
        self.spec = spec
        self.journal = journal
        evaluator = CandidateEvaluator(seed: spec.spaces.seed, threads: threads, laneWidth: laneWidth)
    }

    /// Runs replicate ranges of `points` on `evaluator`'s streams — or, for
    /// an evaluation the journal already holds, takes its outcomes from it —
    /// and records new ones.
    /// - Throws: ``SweepError`` when the journal cannot be written, or holds
    ///   another evaluation at this place (a journal of another search).
    func evaluate(_ points: [ScenarioParameters], _ ranges: [Range<Int>], on evaluator: CandidateEvaluator) throws(SweepError) -> [[RunOutcome]] {
        defer { _evaluations += 1 }
        if let journal, _evaluations < journal.recorded.count {
            let recorded = journal.recorded[_evaluations]
            guard recorded.seed == evaluator.seed, recorded.ranges == ranges else {
                throw .damagedJournal(path: journal.url.path, damage: "evaluation \(_evaluations) ran other replicates than this search asks for")
            }
            return recorded.outcomes
        }
        let start = DispatchTime.now().uptimeNanoseconds
        let outcomes = evaluator.run(points, replicates: ranges)
        simulationSeconds += Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        try journal?.append(evaluation: _evaluations, seed: evaluator.seed, ranges: ranges, outcomes: outcomes)
        return outcomes
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
    /// - Throws: ``SweepError`` when the journal cannot be written or does not fit.
    public func run(progress: (Progress) -> Void = { _ in }) throws(SweepError) -> OptimizationResult {
        let blocks = spec.spaces.points.count
        for block in 0..<blocks {
            // Each space gets an equal share of what is left, so an early one that stops short leaves more to the rest.
            let share = (spec.budget - runs) / (blocks - block)
            try search(block: block, budget: share, progress: progress)
        }
        return try select()
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
        let candidates = self.candidates
        for i in indices where judgement(candidates[i]) != .infeasible {
            guard let value = objective(candidates[i]) else { continue }
            if best == nil || better(value, than: best!.value) { best = (i, value) }
        }
        return best?.index
    }
}
