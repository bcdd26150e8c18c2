/// One row of `evaluations.csv` read back (``EvaluationsFile``): a
/// candidate as the search left it, with the numbers the report draws.
public struct EvaluationRow: Sendable, Equatable {
    /// How the candidate stood when the search ended (the file's `judgement`).
    public enum Status: String, Sendable, Equatable {
        /// It meets every constraint.
        case feasible
        /// A metric constraint's interval straddles its bound at the most replicates racing gives.
        case undecided
        /// It misses a constraint (or no replicate succeeded).
        case infeasible
        /// Its point is not valid; it was never run.
        case refused
    }

    /// Its index in the order proposed.
    public var candidate: Int
    /// Its block (search space).
    public var block: Int
    /// The generation of its block's search that proposed it.
    public var generation: Int
    /// Runs the search had spent once its generation's first replicates had run.
    public var cumulativeRuns: Int
    /// The coordinates its block set, by key (searched values and anchored levels).
    public var coordinates: [String: String]
    /// Replicates run, and how many of them failed.
    public var replicates: Int, failures: Int
    /// The optimized statistic of the objective, and its mean with the mean's 95% interval.
    public var statistic: Double?, mean: Double?, ciLow: Double?, ciHigh: Double?
    /// The second objective's mean and 95% interval, when the spec has one.
    public var secondMean: Double?, secondLow: Double?, secondHigh: Double?
    /// Its judgement.
    public var status: Status
    /// Why its point was refused, empty otherwise.
    public var refusal: String

    /// The value of searched parameter `key`, when it has a number.
    public func value(_ key: String) -> Double? {
        coordinates[key].flatMap(Double.init)
    }
}
