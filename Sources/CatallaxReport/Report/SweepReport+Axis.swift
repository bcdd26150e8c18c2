import CatallaxModel
import CatallaxReduce

extension SweepReport {
    /// The numeric axis a sweep without curves is charted against: the
    /// varied parameter with the most values (at least three, all numbers),
    /// the earlier in catalog order on a tie; `nil` when there is none.
    var mainAxis: String? {
        guard families.isEmpty else { return nil }
        let points = Array(record.points)
        let candidates = PointAxis.varied(points).compactMap { key -> (key: String, count: Int)? in
            let values = PointAxis(key: key, scenario: record.scenario).categories(points)
            return values.count >= 3 && values.allSatisfy({ Double($0) != nil }) ? (key, values.count) : nil
        }
        return candidates.max { $0.count < $1.count || ($0.count == $1.count && $0.key > $1.key) }?.key
    }

    /// For a scenario without curves: the mean of the metric against the
    /// ``mainAxis``, one line per combination of the other varied columns,
    /// the 95% interval shaded (the line chart of the curve sweeps, with the
    /// sweep's own axis in place of the steepness).
    func axisFigures() -> [Figure] {
        guard let axis = mainAxis else { return [] }
        let indices = Array(record.points.indices)
        let keys = record.columns.filter { key in
            key != axis && Set(indices.compactMap { record.points[$0].keyedValues[key] }).count >= 2
        }
        let series = lineSeries(indices, by: keys, x: axis) { values in
            // Several keys: values only, the keys in the legend's title (full assignments would not fit).
            keys.isEmpty ? "all points"
                : keys.count == 1 ? labels.assignment(keys[0], values[0])
                : zip(keys, values).map { labels.value($1, key: $0) }.joined(separator: ", ")
        }
        let axisName = labels.nameAndUnit(axis, family: nil).0
        let chart = LineChart(
            title: "Mean \(labels.name(_metric)) by \(axisName)",
            subtitle: "mean over \(record.replicatesPerPoint) replicates per point" + (Self.linesOverlap(series) ? "; the lines overlap (within 2%)" : ""),
            xTitle: labels.title(axis, family: nil), yTitle: labels.title(_metric),
            legendTitle: keys.count == 1 ? labels.nameAndUnit(keys[0], family: nil).0 : keys.isEmpty ? nil : keys.joined(separator: ", "),
            bandLabel: "95% CI of the mean", series: series)
        return [Figure(id: "\(_metric.name)-by-\(axis)", section: .curves,
                       caption: "Mean \(labels.name(_metric)) against \(axisName), one line per "
                           + (keys.isEmpty ? "sweep" : keys.map { labels.nameAndUnit($0, family: nil).0 }.joined(separator: " and "))
                           + "; shaded: the 95% confidence interval of the mean.",
                       canvas: chart.canvas())]
    }
}
