import CatallaxModel
import CatallaxReduce

/// What a search found: every candidate, the finalists, the winner chosen
/// among them and how sure that choice is, and the winner re-measured on
/// fresh streams.
public struct OptimizationResult: Sendable {
    /// Every candidate, in the order proposed.
    public var candidates: [Candidate]
    /// The best candidate of each block (not judged infeasible), by block.
    public var blockBests: [Int?]
    /// The candidates compared in the final selection, best first by their search statistic.
    public var finalists: [Int]
    /// The winner, `nil` when no candidate met the constraints.
    public var winner: Int?
    /// How the winner was chosen.
    public var selection: Selection
    /// The winner re-measured on fresh streams.
    public var remeasured: Remeasurement?
    /// Runs spent on the search and the selection.
    public var runs: Int
    /// Wall-clock seconds inside the simulation (runs not replayed from a journal).
    public var simulationSeconds: Double

    /// How the winner was chosen among the finalists.
    public struct Selection: Sendable {
        /// `"kim-nelson"`, or `"single"` when only one candidate qualified, or `"none"`.
        public var procedure: String
        /// The indifference zone `δ` used.
        public var indifferenceZone: Double
        /// The error probability `α`: the selection is correct with probability
        /// at least `1 − α` when the best is `δ` better than the rest.
        public var errorProbability: Double
        /// Replicates per finalist when the selection ended.
        public var replicates: [Int]
        /// The approximate probability of correct selection (APCS-B) of the final means.
        public var approximateCorrectSelection: Double?
    }

    /// The winner's values on streams it was not chosen on.
    public struct Remeasurement: Sendable {
        /// The seed of the fresh streams.
        public var seed: UInt64
        /// Replicates run.
        public var replicates: Int
        /// The objective metric's statistics over them.
        public var objective: MetricSummary
        /// Each constraint's metric statistics and judgement, in spec order.
        public var constraints: [(summary: MetricSummary, judgement: MetricConstraint.Judgement)]
    }
}
