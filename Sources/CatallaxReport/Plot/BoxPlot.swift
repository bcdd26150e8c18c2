/// One box and whiskers per group of values, side by side on a
/// categorical axis, with the mean as a diamond and outliers as dots.
///
/// ```
/// box = [Q1, Q3], line at the median, whiskers to the last values within 1.5·IQR   (``BoxStatistics``)
/// ```
struct BoxPlot: Sendable {
    /// One box.
    struct Group: Sendable {
        /// The category label, one string per line.
        var label: [String]
        /// The values.
        var values: [Double]
        /// What hovering the box shows.
        var tooltip: String
    }

    /// The chart's title.
    var title: String
    /// A line under the title.
    var subtitle: String?
    /// Axis titles (the vertical one with its unit).
    var xTitle: String, yTitle: String
    /// The boxes, left to right.
    var groups: [Group]
    /// The boxes' colour.
    var color = Palette.accent
    /// Size in user units.
    var width = 640.0, height = 420.0

    /// The drawn chart.
    func canvas() -> SVGCanvas {
        var canvas = SVGCanvas(width: width, height: height, title: title,
                               summary: "Box plots of \(yTitle) for \(groups.count) groups by \(xTitle).")
        let lines = Double(groups.map(\.label.count).max() ?? 1)
        let area = PlotArea(left: 84, top: subtitle == nil ? 40 : 54, right: width - 140, bottom: height - 45 - lines * 13)
        let statistics = groups.map { BoxStatistics($0.values) }
        let extremes = statistics.compactMap { $0 }.flatMap { [$0.lowerWhisker, $0.upperWhisker] + $0.outliers }
        let y = AxisScale.fitting(extremes, rangeStart: area.bottom, rangeEnd: area.top, logarithmic: false, padding: 0.04)
        let x = BandScale(count: groups.count, rangeStart: area.left, rangeEnd: area.right)
        PlotArea.drawTitle(title, subtitle: subtitle, on: &canvas)
        area.drawYAxis(y, title: yTitle, on: &canvas)
        area.drawXCategories(x, labels: groups.map(\.label), title: xTitle, on: &canvas)
        canvas.beginGroup("boxes")
        let half = min(22, x.bandwidth * 0.3)
        for (i, (group, box)) in zip(groups, statistics).enumerated() {
            let center = x.center(of: i)
            guard let box else {
                canvas.text("no values", x: center, y: (area.top + area.bottom) / 2, size: 10.5, anchor: .middle, fill: Palette.muted)
                continue
            }
            let (low, high) = (y.position(of: box.lowerWhisker), y.position(of: box.upperWhisker))
            canvas.line(x1: center, y1: low, x2: center, y2: high, stroke: color, width: 1.2)
            canvas.line(x1: center - half / 2, y1: low, x2: center + half / 2, y2: low, stroke: color, width: 1.2)
            canvas.line(x1: center - half / 2, y1: high, x2: center + half / 2, y2: high, stroke: color, width: 1.2)
            let (top, bottom) = (y.position(of: box.q3), y.position(of: box.q1))
            canvas.rect(x: center - half, y: top, width: 2 * half, height: max(1, bottom - top), fill: color, stroke: color,
                        strokeWidth: 1.2, opacity: 0.35, tooltip: group.tooltip)
            canvas.line(x1: center - half, y1: y.position(of: box.median), x2: center + half, y2: y.position(of: box.median),
                        stroke: Palette.text, width: 2)
            MarkerShape.diamond.draw(atX: center, y: y.position(of: box.mean), size: 3.5, color: Palette.text,
                                     tooltip: "mean \(NumberText.significant(box.mean))", on: &canvas)
            for outlier in box.outliers {
                canvas.circle(x: center, y: y.position(of: outlier), radius: 2.5, fill: color)
            }
        }
        canvas.endGroup()
        Legend(title: nil, entries: [
            .init(label: "25–75%", swatch: .box(color)),
            .init(label: "median", swatch: .line(Palette.text, nil, dash: nil)),
            .init(label: "mean", swatch: .marker(.diamond, Palette.text)),
            .init(label: "whiskers", swatch: .line(color, nil, dash: nil)),
            .init(label: "outlier", swatch: .marker(.circle, color)),
        ]).draw(atX: area.right + 14, y: area.top, on: &canvas)
        return canvas
    }
}
