import CatallaxModel
import CatallaxSweep

/// A search over a scenario's parameters, decoded from a spec file
/// (`docs/Optimization.md`): a sweep file whose blocks are search spaces
/// (fixed values, an anchor, the `bounds` searched; several blocks for a
/// categorical such as the curve family, each searched and their winners
/// compared) plus an `[optimize]` table.
///
/// ```toml
/// objective = "volatility"          # the metric; objective_order says which way is better
/// replicates = 8                    # first replicates of every candidate, on common random numbers
/// [optimize]
/// method = "cma-es"                 # or "random", "lhs"
/// budget = 4000                     # runs the search may spend, all blocks together
/// statistic = "mean"                # mean, q05, q50, q95, ci_low, ci_high
/// max_replicates = 32               # a candidate close to the incumbent is raced up to this
/// finalists = 4                     # the best candidates compared by Kim–Nelson selection
/// indifference_zone = 1e-4          # δ: a difference in the objective not worth telling apart
/// final_replicates = 64             # the winner re-measured on fresh streams
/// restarts = "ipop"                 # CMA-ES: none, ipop, bipop
/// second_objective = "fees"        # optional: the Pareto front of the two, in pareto.csv
/// [[optimize.constraint]]
/// metric = "volume"
/// at_least = 2e5                    # or at_most; statistic = "mean" by default
/// ```
public struct OptimizeSpec: Sendable {
    /// The spec's search spaces, settings and seed, read as a sweep of search spaces.
    public var spaces: SweepSpec
    /// How candidates are proposed.
    public var method: OptimizeMethod
    /// The runs the search may spend (before selection and re-measurement).
    public var budget: Int
    /// Which statistic of the objective metric is optimized.
    public var statistic: ObjectiveStatistic
    /// The most replicates racing gives one candidate.
    public var maxReplicates: Int
    /// How many of the best feasible candidates enter the final selection.
    public var finalists: Int
    /// The selection's indifference zone `δ`, in the objective's units.
    public var indifferenceZone: Double
    /// The replicates of the winner's re-measurement on fresh streams.
    public var finalReplicates: Int
    /// CMA-ES restarts.
    public var restarts: RestartStrategy
    /// The constraints on metrics a candidate must meet.
    public var constraints: [MetricConstraint]
    /// The constraints on design quantities a candidate must meet.
    public var designConstraints: [DesignConstraint]
    /// A second objective, whose trade-off with the first the Pareto front shows (`pareto.csv`), if any.
    public var secondObjective: Metric?
    /// Which way the second objective is better.
    public var secondOrder: ObjectiveOrder

    /// The metric optimized (the spec's `objective`).
    public var objective: Metric { spaces.objective }
    /// Which way is better (`objective_order`).
    public var order: ObjectiveOrder { spaces.objectiveOrder }
    /// Replicates every candidate gets first.
    public var replicates: Int { spaces.replicates }

    /// The keys the `[optimize]` table may hold.
    static let keys = ["method", "budget", "statistic", "max_replicates", "finalists", "indifference_zone",
                       "final_replicates", "restarts", "constraint", "second_objective", "second_order"]
}
