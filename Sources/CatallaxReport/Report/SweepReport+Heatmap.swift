import CatallaxModel

extension SweepReport {
    /// The mean of the metric over the two heatmap axes, one panel per
    /// curve family (unless the family is an axis), all panels on one colour
    /// scale. A cell holding several points shows the average of their means.
    func heatmapFigures() -> [Figure] {
        guard let (x, y) = _heatmapAxes else { return [] }
        let familyKey = record.scenario.families?.key
        let byFamily = x.key != familyKey && y.key != familyKey && families.count > 1
        let panelFamilies: [ParameterFamily?] = byFamily ? families.map(Optional.some) : [nil]
        let metric = labels.name(_metric)
        var panels: [Heatmap.Panel] = []
        var pooled = false
        for family in panelFamilies {
            let indices = family.map(points(of:)) ?? Array(record.points.indices)
            let members = indices.filter { x.value(record.points[$0]) != nil && y.value(record.points[$0]) != nil }
            let parameters = members.map { record.points[$0] }
            let columns = x.categories(parameters), rows = y.categories(parameters)
            guard !columns.isEmpty, !rows.isEmpty else { continue }
            var cells = Array(repeating: Array(repeating: [Int](), count: columns.count), count: rows.count)
            for p in members {
                let j = columns.firstIndex(of: x.value(record.points[p])!)!, i = rows.firstIndex(of: y.value(record.points[p])!)!
                cells[i][j].append(p)
            }
            var values: [[Double?]] = [], tooltips: [[String]] = []
            for (i, row) in cells.enumerated() {
                values.append(row.map { points in
                    let means = points.compactMap { summary($0).mean }
                    return means.isEmpty ? nil : means.reduce(0, +) / Double(means.count)
                })
                tooltips.append(row.enumerated().map { j, points in
                    let place = "\(x.parameterKeyLabel(family, labels: labels)) = \(labels.value(columns[j], key: x.labelKey(family))), "
                        + "\(y.parameterKeyLabel(family, labels: labels)) = \(labels.value(rows[i], key: y.labelKey(family)))"
                    if points.isEmpty { return "\(place): no point" }
                    if points.count == 1 { return "\(place): point \(points[0]), mean \(metric) \(Self.meanText(summary(points[0])))" }
                    return "\(place): average of the means of points \(points.map(String.init).joined(separator: ", "))"
                })
                if row.contains(where: { $0.count > 1 }) { pooled = true }
            }
            let title = family.map { "\($0.title) \(familyKey ?? "")" } ?? "All points"
            panels.append(Heatmap.Panel(
                title: title,
                xTitle: x.title(family, labels: labels), xLabels: columns.map { labels.value($0, key: x.labelKey(family)) },
                yTitle: y.title(family, labels: labels), yLabels: rows.map { labels.value($0, key: y.labelKey(family)) },
                values: values, tooltips: tooltips))
        }
        guard !panels.isEmpty else { return [] }
        let chart = Heatmap(
            title: "Mean \(metric) by \(x.displayName(labels)) and \(y.displayName(labels))",
            subtitle: "mean over \(record.replicatesPerPoint) replicates per point" + (pooled ? "; cells with several points show the average of their means" : "")
                + (byFamily ? "; one panel per \(familyKey ?? "family") family, one colour scale" : ""),
            panels: panels, valueTitle: "mean " + labels.title(_metric))
        return [Figure(id: "heatmap-\(_metric.name)", section: .heatmap,
                       caption: "Mean \(metric) over \(x.displayName(labels)) (across) and \(y.displayName(labels)) (up)"
                           + (byFamily ? ", per \(familyKey ?? "") family" : "") + "; colour: viridis, "
                           + (chart.colorScale.isLogarithmic ? "logarithmic" : "linear") + " scale. Hover a cell for its point and interval.",
                       canvas: chart.canvas())]
    }
}

extension PointAxis {
    /// The axis's name in titles (`fee φ`, `steepness`).
    func displayName(_ labels: ParameterLabel) -> String {
        isFamilyAxis ? key : labels.nameAndUnit(key, family: nil).0
    }

    /// The symbol of the parameter read at a point of `family` (`φ`, `m`).
    func parameterKeyLabel(_ family: ParameterFamily?, labels: ParameterLabel) -> String {
        labels.symbol(family.flatMap(parameterKey) ?? key)
    }

    /// The key whose values label this axis for `family`'s panel (a mixed
    /// panel's family axis is labelled like the first family's).
    func labelKey(_ family: ParameterFamily?) -> String {
        parameterKey(family ?? scenario.families?.members.first) ?? key
    }
}
