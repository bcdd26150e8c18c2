/// Lines of `y` against `x`, one per series, each with markers and a
/// shaded band (a confidence interval) around it, and a legend.
///
/// ```
/// series s: (xᵢ, yᵢ) joined in x order;  band: polygon through (xᵢ, highᵢ) then (xᵢ, lowᵢ) reversed
/// ```
/// Axes are logarithmic when the values are positive and span a decade or
/// more (see ``AxisScale/fitting(_:rangeStart:rangeEnd:logarithmic:includeZero:padding:)``).
struct LineChart: Sendable {
    /// One measured value.
    struct Point: Sendable {
        /// Position on the horizontal axis.
        var x: Double
        /// The value.
        var y: Double
        /// The band's ends at `x`, when known.
        var low: Double?, high: Double?
        /// What hovering the marker shows.
        var tooltip: String
    }

    /// One line.
    struct Series: Sendable {
        /// The legend's label.
        var name: String
        /// Line, band and marker colour.
        var color: Color
        /// The marker.
        var marker: MarkerShape
        /// The values, in any order (drawn in x order).
        var points: [Point]
    }

    /// The chart's title.
    var title: String
    /// A line under the title.
    var subtitle: String?
    /// The horizontal axis's title, with its unit.
    var xTitle: String
    /// The vertical axis's title, with its unit.
    var yTitle: String
    /// The legend's heading (the variable the series stand for).
    var legendTitle: String?
    /// What the bands are, for the legend.
    var bandLabel: String
    /// The lines.
    var series: [Series]
    /// Values the vertical axis must also cover (to share it between charts).
    var sharedYValues: [Double] = []
    /// Size in user units.
    var width = 640.0, height = 420.0

    /// The drawn chart.
    func canvas() -> SVGCanvas {
        var canvas = SVGCanvas(width: width, height: height, title: title,
                               summary: "\(yTitle) against \(xTitle), one line per \(legendTitle ?? "series"), with \(bandLabel) shaded.")
        let area = PlotArea(left: 84, top: subtitle == nil ? 40 : 54, right: width - 172, bottom: height - 58)
        let points = series.flatMap(\.points)
        let x = AxisScale.fitting(points.map(\.x), rangeStart: area.left, rangeEnd: area.right, padding: 0.04)
        let yValues = points.flatMap { [$0.y, $0.low, $0.high].compactMap { $0 } } + sharedYValues
        let y = AxisScale.fitting(yValues, rangeStart: area.bottom, rangeEnd: area.top, padding: 0.04)
        PlotArea.drawTitle(title, subtitle: subtitle, on: &canvas)
        area.drawXAxis(x, title: xTitle, on: &canvas)
        area.drawYAxis(y, title: yTitle, on: &canvas)
        canvas.beginGroup("bands")
        for s in series {
            let sorted = s.points.sorted { $0.x < $1.x }.filter { $0.low != nil && $0.high != nil }
            guard sorted.count >= 2 else { continue }
            let upper = sorted.map { (x: x.position(of: $0.x), y: y.position(of: $0.high!)) }
            let lower = sorted.reversed().map { (x: x.position(of: $0.x), y: y.position(of: $0.low!)) }
            canvas.polygon(upper + lower, fill: s.color, opacity: 0.18)
        }
        canvas.endGroup()
        canvas.beginGroup("lines")
        for s in series {
            let sorted = s.points.sorted { $0.x < $1.x }
            canvas.polyline(sorted.map { (x: x.position(of: $0.x), y: y.position(of: $0.y)) }, stroke: s.color, width: 2)
            for point in sorted {
                s.marker.draw(atX: x.position(of: point.x), y: y.position(of: point.y), size: 4, color: s.color,
                              tooltip: point.tooltip, on: &canvas)
            }
        }
        canvas.endGroup()
        var entries = series.map { Legend.Entry(label: $0.name, swatch: .line($0.color, $0.marker, dash: nil)) }
        entries.append(.init(label: bandLabel, swatch: .area(Palette.frame, opacity: 0.3)))
        Legend(title: legendTitle, entries: entries).draw(atX: area.right + 14, y: area.top, on: &canvas)
        return canvas
    }
}
