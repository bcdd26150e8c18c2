import CatallaxModel
import CatallaxReduce
import CatallaxSweep

extension SweepReport {
    /// The best and the worst ranked points that have a mean.
    var bestAndWorst: [(label: String, entry: Ranking.Entry)] {
        let ranked = record.reduction.ranking.entries.filter { $0.mean != nil }
        guard let best = ranked.first, let worst = ranked.last else { return [] }
        return best.pointIndex == worst.pointIndex ? [("best", best)] : [("best", best), ("worst", worst)]
    }

    /// The kept price paths of point `p`, in replicate order.
    func paths(of p: Int) -> [[Double]] {
        paths.keys.filter { $0.point == p }.sorted().map { paths[$0]! }
    }

    /// Fan charts of the best and the worst point's price paths: the 5–95%
    /// and 25–75% bands over the kept replicates and the median, step by step.
    func pathFigures() -> [Figure] {
        bestAndWorst.compactMap { label, entry in
            let p = entry.pointIndex
            let kept = paths(of: p)
            guard kept.count >= 2 else { return nil }
            let chart = FanChart(
                title: "Price paths of the \(label) point (rank \(entry.rank) of \(record.points.count))",
                subtitle: "point \(p): \(describe(p))",
                xTitle: "step t", yTitle: "price P_t (currency per token)", bands: FanChart.Bands(paths: kept),
                color: label == "best" ? Palette.accent : Color(hex: "#b5542c"))
            return Figure(id: "paths-\(label)", section: .paths,
                          caption: "The \(label) point by mean \(labels.name(record.reduction.objective)) "
                              + "(point \(p), \(describe(p))): price over time, median and 5–95% / 25–75% bands over "
                              + "its first \(kept.count) replicates.",
                          canvas: chart.canvas())
        }
    }

    /// One box plot per reported metric, of its values at the best points
    /// (successful runs only).
    func distributionFigures() -> [Figure] {
        let top = record.reduction.ranking.entries.prefix(max(1, options.distributionPoints))
        var values: [Int: [RunOutcome]] = [:]
        for (run, outcome) in record.outcomes where outcome.failure == nil && top.contains(where: { $0.pointIndex == run.point }) {
            values[run.point, default: []].append(outcome)
        }
        return record.reduction.metrics.map { metric in
            let groups = top.map { entry in
                let p = entry.pointIndex
                return BoxPlot.Group(label: ["#\(entry.rank)", "p\(p)"], values: (values[p] ?? []).compactMap { $0[metric] },
                                     tooltip: "rank \(entry.rank), point \(p): \(describe(p))")
            }
            let chart = BoxPlot(
                title: "\(labels.name(metric).capitalizedFirst) at the \(top.count) best points",
                subtitle: "each box: the \(record.replicatesPerPoint) replicates of one point, ranked by mean \(labels.name(record.reduction.objective))",
                xTitle: "rank and point", yTitle: labels.title(metric), groups: groups)
            return Figure(id: "distribution-\(metric.name)", section: .distributions,
                          caption: "\(labels.name(metric).capitalizedFirst) over the replicates of each of the \(top.count) best points "
                              + "(box: quartiles; line: median; diamond: mean; whiskers: within 1.5 IQR).",
                          canvas: chart.canvas())
        }
    }
}

extension String {
    /// The string with its first letter in upper case.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
