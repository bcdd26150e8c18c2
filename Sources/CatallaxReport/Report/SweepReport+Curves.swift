import CatallaxModel
import CatallaxReduce

extension SweepReport {
    /// The summary of the charted metric at point `p` (read alone, not
    /// the point's whole row: the binned charts read it for every point).
    func summary(_ p: Int) -> MetricSummary {
        record.reduction.summaries.summary(point: p, metric: metricColumn)
    }

    /// `7.61×10⁻⁵ (95% CI 7.33×10⁻⁵ – 7.89×10⁻⁵)`, or `no successful run`.
    static func meanText(_ s: MetricSummary) -> String {
        guard let mean = s.mean else { return "no successful run" }
        guard let low = s.ciLow, let high = s.ciHigh else { return NumberText.significant(mean) }
        return "\(NumberText.significant(mean)) (95% CI \(NumberText.significant(low)) – \(NumberText.significant(high)))"
    }

    /// The families of the sweep's points, in catalog order.
    var families: [ParameterFamily] {
        (record.scenario.families?.members ?? []).filter { _pointsByFamily[$0.word] != nil }
    }

    /// The points of `family`, by index.
    func points(of family: ParameterFamily) -> [Int] {
        _pointsByFamily[family.word] ?? []
    }

    /// The coordinate columns besides the family, its main axis and its
    /// anchored levels that vary among `indices`: what tells a family's lines apart.
    func seriesKeys(_ indices: [Int], family: ParameterFamily) -> [String] {
        let excluded = Set(family.levelKeys + [record.scenario.families?.key, family.mainAxisKey].compactMap { $0 })
        return record.columns.filter { key in
            !excluded.contains(key) && Set(indices.compactMap { record.points[$0].keyedValues[key] }).count >= 2
        }
    }

    /// Per family with two or more values on its main axis (for curves, the
    /// steepness): the mean of the metric against it, one line per fee (per
    /// combination of the other varied columns), the 95% interval shaded;
    /// every chart on the same vertical scale so that families compare.
    func curveFigures() -> [Figure] {
        guard let declared = record.scenario.families else { return [] }
        let axis = PointAxis(key: declared.mainAxisName, scenario: record.scenario)
        let charted = families.filter { $0.mainAxisKey != nil && axis.categories(points(of: $0).map { record.points[$0] }).count >= 2 }
        let shared = charted.flatMap(points(of:)).flatMap { p in [summary(p).mean, summary(p).ciLow, summary(p).ciHigh].compactMap { $0 } }
        return charted.map { family in
            let indices = points(of: family)
            let steepness = family.mainAxisKey!
            let keys = seriesKeys(indices, family: family)
            let series = lineSeries(indices, by: keys, x: steepness) { values in
                keys.isEmpty ? "all points" : zip(keys, values).map { labels.assignment($0, $1) }.joined(separator: ", ")
            }
            let steepnessName = labels.nameAndUnit(steepness, family: family).0
            let chart = LineChart(
                title: "\(family.title) \(declared.key) \(family.formula): mean \(labels.name(_metric)) by \(steepnessName)",
                subtitle: "mean over \(record.replicatesPerPoint) replicates per point; all families on the same scale"
                    + (Self.linesOverlap(series) ? "; the lines overlap (within 2%)" : ""),
                xTitle: labels.title(steepness, family: family), yTitle: labels.title(_metric),
                legendTitle: keys.count == 1 ? labels.nameAndUnit(keys[0], family: family).0 : nil,
                bandLabel: "95% CI of the mean", series: series, sharedYValues: shared)
            return Figure(id: "\(_metric.name)-by-\(declared.mainAxisName)-\(family.word)", section: .curves,
                          caption: "\(family.title) \(declared.key): mean \(labels.name(_metric)) against \(steepnessName), "
                              + "one line per \(keys.isEmpty ? "family" : keys.map { labels.nameAndUnit($0, family: family).0 }.joined(separator: " and ")), "
                              + "shaded: the 95% confidence interval of the mean.",
                          canvas: chart.canvas())
        }
    }

    /// One line per combination of `keys`' values among the points
    /// `indices` (combinations in numeric order), each point at its value of
    /// `xKey` and the metric's mean, with its 95% interval as the band.
    /// - Parameter name: the legend label of a combination of values.
    func lineSeries(_ indices: [Int], by keys: [String], x xKey: String, name: ([String]) -> String) -> [LineChart.Series] {
        let groups = Dictionary(grouping: indices) { p in keys.map { record.points[p].keyedValues[$0] ?? "" } }
        let ordered = groups.keys.sorted { a, b in
            for (x, y) in zip(a, b) where x != y { return (Double(x) ?? .infinity, x) < (Double(y) ?? .infinity, y) }
            return false
        }
        let colors = ColorMap.viridis.colors(count: ordered.count)
        return ordered.enumerated().map { i, values in
            let points = groups[values]!.compactMap { p -> LineChart.Point? in
                let s = summary(p)
                guard let x = record.points[p].keyedValues[xKey].flatMap(Double.init), let mean = s.mean else { return nil }
                return LineChart.Point(x: x, y: mean, low: s.ciLow, high: s.ciHigh,
                                       tooltip: "point \(p): \(describe(p)): mean \(labels.name(_metric)) \(Self.meanText(s))")
            }
            return LineChart.Series(name: name(values), color: colors[i], marker: MarkerShape.allCases[i % MarkerShape.allCases.count],
                                    points: points)
        }
    }

    /// Whether two or more series never differ by more than 2% of their
    /// mean at a shared `x`, so the reader should know why only one line shows.
    static func linesOverlap(_ series: [LineChart.Series]) -> Bool {
        guard series.count > 1 else { return false }
        let byX = Dictionary(grouping: series.flatMap(\.points), by: \.x)
        return byX.values.allSatisfy { points in
            let ys = points.map(\.y)
            let mean = ys.reduce(0, +) / Double(ys.count)
            return ys.count < 2 || (ys.max()! - ys.min()!) <= 0.02 * abs(mean)
        }
    }

    /// A point in a few words: the coordinates that set it
    /// apart (anchored levels left out), such as `exponential, k = 1.00×10⁻⁶, φ = 1%`.
    func describe(_ p: Int) -> String {
        let levels = Set(record.points[p].family?.levelKeys ?? [])
        let parts = zip(record.columns, record.coordinates[p]).compactMap { key, value -> String? in
            guard !value.isEmpty, !levels.contains(key) else { return nil }
            return labels.assignment(key, value)
        }
        return parts.isEmpty ? record.points[p].summaryLine : parts.joined(separator: ", ")
    }
}
