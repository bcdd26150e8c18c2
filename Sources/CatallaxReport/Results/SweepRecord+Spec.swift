import CatallaxModel
import CatallaxReduce
import CatallaxSweep

extension SweepRecord {
    /// The record of `spec`'s runs `outcomes` (all of them, or one shard's):
    /// reduces them, with the spec's objective and every metric some point
    /// reports (shock metrics only when some point has a shock).
    public init(spec: SweepSpec, specText: String, outcomes: [RunID: RunOutcome], shard: Shard, timing: Timing) {
        // A metric is reduced when some point reports it (most are found at the first point).
        let metrics = Self.metrics(of: spec)
        let order = Self.order(of: spec)
        let reduction = SweepReduction(outcomes: outcomes, points: spec.points.count, metrics: metrics,
                                       objective: spec.objective, order: order)
        self.init(name: spec.name, scenario: spec.scenario, specFile: spec.file, specText: specText,
                  specHash: spec.hashHex, seed: spec.seed, replicates: spec.replicates,
                  columns: spec.coordinateColumns, coordinates: spec.coordinates,
                  points: Self.points(of: spec), outcomes: outcomes, reduction: reduction,
                  order: order, shard: shard, timing: timing, precision: spec.precision)
    }

    /// The metrics a sweep's results hold: every metric of the scenario that
    /// some point reports (shock metrics only when some point has a shock).
    public static func metrics(of spec: SweepSpec) -> [Metric] { spec.reportedMetrics }

    /// The parameters of `spec`'s points as a record keeps them: listed
    /// when the report charts them point by point (it reads each many
    /// times), else built when read (the report then reads few of them).
    static func points(of spec: SweepSpec) -> PointParameters {
        spec.points.count > SweepReport.chartedPointLimit ? spec.points.parameters : spec.points.parameters.listed
    }

    /// The ranking's order of `spec`'s objective.
    public static func order(of spec: SweepSpec) -> Ranking.Order {
        spec.objectiveOrder == .descending ? .descending : .ascending
    }

    /// `point`'s value in each of `columns`, as the result files write them.
    public static func coordinates(of point: SweepPoint, columns: [String]) -> [String] {
        // The decoder builds coordinates in column order; look them up by key only if not.
        point.coordinates.count == columns.count && zip(point.coordinates, columns).allSatisfy { $0.key == $1 }
            ? point.coordinates.map(\.value)
            : columns.map { column in point.coordinate(column) ?? "" }
    }
}
