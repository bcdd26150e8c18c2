import Foundation

/// Marks at `(x, y)` in layers — scattered symbols, lines through them in
/// the order given, shaded bands, error bars, labels — on linear or
/// logarithmic axes, with a legend.
///
/// ```
/// mark i of a layer:  a symbol at (xᵢ, yᵢ)
/// error bars:         [xLowᵢ, xHighᵢ] × {yᵢ}  and  {xᵢ} × [yLowᵢ, yHighᵢ], with caps
/// line:               (x₀, y₀) → (x₁, y₁) → …  in the order given (a step line is given its corners)
/// band:               polygon through (xᵢ, yHighᵢ) forwards, then (xᵢ, yLowᵢ) backwards
/// ```
/// Layers are drawn in order, so later ones lie on top; each is an SVG
/// group whose `data-role` is the layer's ``Layer/role`` (its intervals in
/// `<role>-intervals`, its labels in `<role>-labels`), one element per
/// symbol, so that a test or a reader can count what was drawn.
package struct ScatterChart: Sendable {
    /// One measured point.
    package struct Mark: Sendable {
        /// Position on the horizontal and vertical axes.
        package var x: Double, y: Double
        /// The horizontal interval's ends, drawn as an error bar when the layer has them.
        package var xLow: Double?, xHigh: Double?
        /// The vertical interval's ends: an error bar, or the band's edge.
        package var yLow: Double?, yHigh: Double?
        /// The symbol's colour, when not the layer's.
        package var color: Color?
        /// Text drawn beside the symbol.
        package var label: String?
        /// What hovering the symbol shows.
        package var tooltip: String?

        /// A mark at `(x, y)`.
        package init(x: Double, y: Double, xLow: Double? = nil, xHigh: Double? = nil, yLow: Double? = nil, yHigh: Double? = nil,
                     color: Color? = nil, label: String? = nil, tooltip: String? = nil) {
            (self.x, self.y, self.xLow, self.xHigh, self.yLow, self.yHigh) = (x, y, xLow, xHigh, yLow, yHigh)
            (self.color, self.label, self.tooltip) = (color, label, tooltip)
        }

        /// Whether the mark can be placed.
        var isFinite: Bool { x.isFinite && y.isFinite }
    }

    /// A set of marks drawn alike.
    package struct Layer: Sendable {
        /// The `data-role` of its SVG group.
        package var role: String
        /// Its legend label; `nil` keeps it out of the legend.
        package var name: String?
        /// Colour of its symbols, line, band and error bars.
        package var color: Color
        /// The symbol at every mark.
        package var symbol: Symbol
        /// The symbol's half-width.
        package var size = 4.0
        /// The width of a line through the marks; `nil` for none.
        package var lineWidth: Double?
        /// The line's dash pattern (`"5 3"`), if any.
        package var dash: String?
        /// Whether the marks' vertical intervals are shaded as a band.
        package var band = false
        /// Whether the marks' intervals are drawn as error bars.
        package var errorBars = false
        /// The marks.
        package var marks: [Mark]

        /// A layer of `marks` drawn with `symbol` in `color`.
        package init(role: String, name: String?, color: Color, symbol: Symbol, size: Double = 4, lineWidth: Double? = nil,
                     dash: String? = nil, band: Bool = false, errorBars: Bool = false, marks: [Mark]) {
            (self.role, self.name, self.color, self.symbol, self.size) = (role, name, color, symbol, size)
            (self.lineWidth, self.dash, self.band, self.errorBars, self.marks) = (lineWidth, dash, band, errorBars, marks)
        }
    }

    /// How an axis maps values.
    package enum AxisMode: Sendable {
        /// Logarithmic when the values are positive and span a decade (``AxisScale/fitting(_:rangeStart:rangeEnd:logarithmic:includeZero:padding:)``).
        case automatic
        /// Always linear.
        case linear
        /// Always logarithmic (over the positive values): for a parameter searched on a geometric scale.
        case logarithmic
    }

    /// The chart's title.
    package var title: String
    /// A line under the title.
    package var subtitle: String?
    /// Axis titles, with units.
    package var xTitle: String, yTitle: String
    /// How each axis maps values.
    package var xMode = AxisMode.automatic, yMode = AxisMode.automatic
    /// Values each axis must cover besides the marks' (a search range).
    package var xExtent: [Double] = [], yExtent: [Double] = []
    /// The legend's heading.
    package var legendTitle: String?
    /// The label of the dashed line `y = x`; `nil` draws none.
    package var diagonal: String?
    /// What the bands are, for the legend; `nil` leaves them out of it.
    package var bandLabel: String?
    /// The layers, bottom to top.
    package var layers: [Layer]
    /// Size in user units.
    package var width = 640.0, height = 420.0

    /// A chart of `layers`.
    package init(title: String, subtitle: String? = nil, xTitle: String, yTitle: String, layers: [Layer]) {
        (self.title, self.subtitle, self.xTitle, self.yTitle, self.layers) = (title, subtitle, xTitle, yTitle, layers)
    }

    /// The drawn chart.
    package func canvas() -> SVGCanvas {
        let count = layers.reduce(0) { $0 + $1.marks.count }
        var canvas = SVGCanvas(width: width, height: height, title: title,
                               summary: "\(yTitle) against \(xTitle): \(count) marks in \(layers.count) layers.")
        let area = PlotArea(left: 84, top: subtitle == nil ? 40 : 54, right: width - 172, bottom: height - 58)
        let marks = layers.flatMap(\.marks).filter(\.isFinite)
        let xs = marks.flatMap { [$0.x, $0.xLow, $0.xHigh].compactMap { $0 } } + xExtent
        let ys = marks.flatMap { [$0.y, $0.yLow, $0.yHigh].compactMap { $0 } } + yExtent
        let x = Self.scale(xMode, xs, from: area.left, to: area.right)
        let y = Self.scale(yMode, ys, from: area.bottom, to: area.top)
        PlotArea.drawTitle(title, subtitle: subtitle, on: &canvas)
        area.drawXAxis(x, title: xTitle, on: &canvas)
        area.drawYAxis(y, title: yTitle, on: &canvas)
        if let diagonal { drawDiagonal(diagonal, x: x, y: y, area: area, on: &canvas) }
        for layer in layers where !layer.marks.isEmpty {
            draw(layer, x: x, y: y, area: area, on: &canvas)
        }
        var entries = layers.compactMap { layer in
            layer.name.map { Legend.Entry(label: $0, swatch: layer.swatch) }
        }
        if let bandLabel { entries.append(.init(label: bandLabel, swatch: .area(Palette.frame, opacity: 0.3))) }
        if !entries.isEmpty { Legend(title: legendTitle, entries: entries).draw(atX: area.right + 14, y: area.top, on: &canvas) }
        return canvas
    }

    /// One layer: band, line, error bars, symbols, labels, in that order
    /// (a label to the right of its symbol, or to the left near the area's right edge).
    func draw(_ layer: Layer, x: AxisScale, y: AxisScale, area: PlotArea, on canvas: inout SVGCanvas) {
        let marks = layer.marks.filter(\.isFinite)
        let points = marks.map { (x: x.position(of: $0.x), y: y.position(of: $0.y)) }
        if layer.band {
            let banded = marks.filter { $0.yLow != nil && $0.yHigh != nil }
            let upper = banded.map { (x: x.position(of: $0.x), y: y.position(of: $0.yHigh!)) }
            let lower = banded.reversed().map { (x: x.position(of: $0.x), y: y.position(of: $0.yLow!)) }
            canvas.beginGroup("\(layer.role)-band")
            canvas.polygon(upper + lower, fill: layer.color, opacity: 0.16)
            canvas.endGroup()
        }
        if let width = layer.lineWidth {
            canvas.beginGroup("\(layer.role)-line")
            canvas.polyline(points, stroke: layer.color, width: width, dash: layer.dash)
            canvas.endGroup()
        }
        if layer.errorBars {
            canvas.beginGroup("\(layer.role)-intervals")
            for mark in marks { drawErrorBars(mark, color: mark.color ?? layer.color, x: x, y: y, on: &canvas) }
            canvas.endGroup()
        }
        if layer.symbol != .none {
            canvas.beginGroup(layer.role)
            for (mark, point) in zip(marks, points) {
                layer.symbol.draw(atX: point.x, y: point.y, size: layer.size, color: mark.color ?? layer.color,
                                  tooltip: mark.tooltip, on: &canvas)
            }
            canvas.endGroup()
        }
        if marks.contains(where: { $0.label != nil }) {
            canvas.beginGroup("\(layer.role)-labels")
            for (mark, point) in zip(marks, points) {
                guard let label = mark.label else { continue }
                let left = point.x > area.right - 70
                canvas.text(label, x: point.x + (left ? -1 : 1) * (layer.size + 3), y: point.y - layer.size - 2, size: 10.5,
                            anchor: left ? .end : .start)
            }
            canvas.endGroup()
        }
    }

    /// The horizontal and vertical error bars of `mark`, each with end caps.
    func drawErrorBars(_ mark: Mark, color: Color, x: AxisScale, y: AxisScale, on canvas: inout SVGCanvas) {
        let (px, py) = (x.position(of: mark.x), y.position(of: mark.y))
        if let low = mark.xLow, let high = mark.xHigh, low.isFinite, high.isFinite {
            canvas.errorBar(from: x.position(of: low), to: x.position(of: high), at: py, vertical: false, color: color)
        }
        if let low = mark.yLow, let high = mark.yHigh, low.isFinite, high.isFinite {
            canvas.errorBar(from: y.position(of: low), to: y.position(of: high), at: px, vertical: true, color: color)
        }
    }

    /// The dashed line `y = x` where both axes' domains hold it, sampled at
    /// 48 points evenly in the horizontal axis's own scale (so it is
    /// straight on equal scales and curved on mixed ones), labelled at its end.
    func drawDiagonal(_ label: String, x: AxisScale, y: AxisScale, area: PlotArea, on canvas: inout SVGCanvas) {
        let (low, high) = (x.domain.lowerBound, x.domain.upperBound)
        let samples = (0...48).map { i -> Double in
            let t = Double(i) / 48
            return x.isLogarithmic ? low * pow(high / low, t) : low + (high - low) * t
        }
        let inside = samples.filter { y.domain.contains($0) }
        guard inside.count >= 2 else { return }
        canvas.beginGroup("diagonal")
        canvas.polyline(inside.map { (x: x.position(of: $0), y: y.position(of: $0)) }, stroke: Palette.frame, width: 1, dash: "5 4")
        let end = inside.last!
        canvas.text(label, x: x.position(of: end) - 4, y: y.position(of: end) - 6, size: 10.5, anchor: .end, fill: Palette.muted)
        canvas.endGroup()
    }

    /// The scale of an axis over `values` from `from` to `to`.
    static func scale(_ mode: AxisMode, _ values: [Double], from: Double, to: Double) -> AxisScale {
        switch mode {
        case .automatic:
            return AxisScale.fitting(values, rangeStart: from, rangeEnd: to, padding: 0.04)
        case .linear:
            return AxisScale.fitting(values, rangeStart: from, rangeEnd: to, logarithmic: false, padding: 0.04)
        case .logarithmic:
            let positive = values.filter { $0 > 0 && $0.isFinite }
            guard let low = positive.min(), let high = positive.max() else { return scale(.linear, values, from: from, to: to) }
            return .log(LogScale(domain: low...high, rangeStart: from, rangeEnd: to).padded(by: 0.04))
        }
    }
}
