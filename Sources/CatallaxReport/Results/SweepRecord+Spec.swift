import CatallaxModel
import CatallaxReduce
import CatallaxSweep

extension SweepRecord {
    /// The record of `spec`'s runs `outcomes` (all of them, or one shard's):
    /// reduces them, with the spec's objective and every metric some point
    /// reports (shock metrics only when some point has a shock).
    public init(spec: SweepSpec, specText: String, outcomes: [RunID: RunOutcome], shard: Shard, timing: Timing) {
        // A metric is reduced when some point reports it (most are found at the first point).
        let metrics = spec.scenario.metrics.filter { metric in spec.points.contains { $0.parameters.reports(metric) } }
        let order: Ranking.Order = spec.objectiveOrder == .descending ? .descending : .ascending
        let reduction = SweepReduction(outcomes: outcomes, points: spec.points.count, metrics: metrics,
                                       objective: spec.objective, order: order)
        let columns = spec.coordinateColumns
        let coordinates = spec.points.map { point in
            // The decoder builds coordinates in column order; look them up by key only if not.
            point.coordinates.map(\.key) == columns ? point.coordinates.map(\.value)
                : columns.map { column in point.coordinate(column) ?? "" }
        }
        self.init(name: spec.name, scenario: spec.scenario, specFile: spec.file, specText: specText,
                  specHash: spec.hashHex, seed: spec.seed, replicates: spec.replicates,
                  columns: spec.coordinateColumns, coordinates: coordinates,
                  points: spec.points.map(\.parameters), outcomes: outcomes, reduction: reduction,
                  order: order, shard: shard, timing: timing, precision: spec.precision)
    }
}
