import CatallaxReduce

/// The spread of many paths over time: at every step, the 5–95% and
/// 25–75% ranges over the paths as nested shaded bands, and the median as a line.
///
/// ```
/// band_p(t) = Q_p({Pᵣ(t) : r = 1 … R}),   p ∈ {0.05, 0.25, 0.5, 0.75, 0.95}   (Hyndman–Fan type 7)
/// ```
/// Steps run to the shortest path's end, so every band at every step is
/// over the same `R` paths.
struct FanChart: Sendable {
    /// The quantile bands of a set of paths, step by step.
    struct Bands: Sendable, Equatable {
        /// 5%, 25%, 50%, 75% and 95% quantiles at each step.
        var q05: [Double], q25: [Double], median: [Double], q75: [Double], q95: [Double]
        /// How many paths the quantiles are over.
        var pathCount: Int

        /// The bands of `paths` (each `P_0 … P_T`); empty when there are none.
        /// - Complexity: O(T · R log R).
        init(paths: [[Double]]) {
            let steps = paths.map(\.count).min() ?? 0
            var q05: [Double] = [], q25: [Double] = [], median: [Double] = [], q75: [Double] = [], q95: [Double] = []
            for t in 0..<steps {
                let column = paths.map { $0[t] }.filter(\.isFinite).sorted()
                guard !column.isEmpty else { continue }
                q05.append(Quantiles.linear(ofSorted: column, at: 0.05)!)
                q25.append(Quantiles.linear(ofSorted: column, at: 0.25)!)
                median.append(Quantiles.linear(ofSorted: column, at: 0.5)!)
                q75.append(Quantiles.linear(ofSorted: column, at: 0.75)!)
                q95.append(Quantiles.linear(ofSorted: column, at: 0.95)!)
            }
            (self.q05, self.q25, self.median, self.q75, self.q95) = (q05, q25, median, q75, q95)
            pathCount = paths.count
        }
    }

    /// The chart's title.
    var title: String
    /// A line under the title.
    var subtitle: String?
    /// Axis titles with units.
    var xTitle: String, yTitle: String
    /// The bands.
    var bands: Bands
    /// The colour of the bands and the median.
    var color = Palette.accent
    /// Size in user units.
    var width = 640.0, height = 420.0

    /// The drawn chart.
    func canvas() -> SVGCanvas {
        var canvas = SVGCanvas(width: width, height: height, title: title,
                               summary: "Median and 5–95% and 25–75% bands of \(yTitle) over \(bands.pathCount) paths, by \(xTitle).")
        let area = PlotArea(left: 84, top: subtitle == nil ? 40 : 54, right: width - 172, bottom: height - 58)
        let steps = bands.median.indices.map(Double.init)
        let x = AxisScale.fitting(steps, rangeStart: area.left, rangeEnd: area.right, logarithmic: false)
        let y = AxisScale.fitting(bands.q05 + bands.q95, rangeStart: area.bottom, rangeEnd: area.top, padding: 0.04)
        PlotArea.drawTitle(title, subtitle: subtitle, on: &canvas)
        area.drawXAxis(x, title: xTitle, on: &canvas)
        area.drawYAxis(y, title: yTitle, on: &canvas)
        func band(_ low: [Double], _ high: [Double], opacity: Double) {
            let upper = zip(steps, high).map { (x: x.position(of: $0), y: y.position(of: $1)) }
            let lower = zip(steps, low).reversed().map { (x: x.position(of: $0), y: y.position(of: $1)) }
            canvas.polygon(upper + lower, fill: color, opacity: opacity)
        }
        canvas.beginGroup("bands")
        band(bands.q05, bands.q95, opacity: 0.2)
        band(bands.q25, bands.q75, opacity: 0.45)
        canvas.endGroup()
        canvas.beginGroup("median")
        canvas.polyline(zip(steps, bands.median).map { (x: x.position(of: $0), y: y.position(of: $1)) }, stroke: color, width: 2)
        canvas.endGroup()
        Legend(title: "\(bands.pathCount) replicates", entries: [
            .init(label: "5–95%", swatch: .area(color, opacity: 0.2)),
            .init(label: "25–75%", swatch: .area(color, opacity: 0.55)),
            .init(label: "median", swatch: .line(color, nil, dash: nil)),
        ]).draw(atX: area.right + 14, y: area.top, on: &canvas)
        return canvas
    }
}
