import CatallaxReduce

/// The top of a sweep's ranking as a terminal table: rank, point, its
/// coordinates, the objective's mean and 95% interval, failures.
public struct RankingText {
    /// The sweep.
    public var record: SweepRecord
    /// How many points to show.
    public var top: Int

    /// Creates the table's description.
    public init(record: SweepRecord, top: Int) {
        self.record = record
        self.top = top
    }

    /// The table, with a line saying how many runs failed.
    public func text() -> String {
        let reduction = record.reduction
        let column = reduction.metrics.firstIndex(of: reduction.objective) ?? 0
        let objective = reduction.objective.name
        var table = TextTable(header: ["rank", "point"] + record.columns + ["\(objective) mean", "95% CI low", "95% CI high", "failures"])
        for entry in reduction.ranking.entries.prefix(top) {
            let summary = reduction.summaries[entry.pointIndex][column]
            let numbers = [entry.mean, entry.ciLow, entry.ciHigh].map { $0.map { NumberFormat.significant($0, digits: 4) } ?? "–" }
            table.rows.append(["\(entry.rank)", "\(entry.pointIndex)"] + record.coordinates[entry.pointIndex] + numbers + ["\(summary.failures)"])
        }
        let order = record.order == .ascending ? "lowest first" : "highest first"
        return """
        \(record.name): \(record.points.count) points × \(record.replicatesText), \(record.reduction.runCount) runs, shard \(record.shard), ranked by mean \(objective) (\(order))
        \(table.rendered)
        \(reduction.failedRuns) of \(reduction.runCount) runs failed
        """
    }
}
