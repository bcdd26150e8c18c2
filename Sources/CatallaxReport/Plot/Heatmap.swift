/// A value per cell of a grid of two categorical axes, coloured by a
/// sequential colour map and labelled with the number, in one or more
/// panels that share one colour scale and its colour bar.
///
/// ```
/// colour(v) = viridis(t),  t = (v − min)/(max − min), or (ln v − ln min)/(ln max − ln min)
///             when every value is positive and max/min ≥ 10
/// ```
/// A missing cell is grey and says so; text on a cell is black or white,
/// whichever contrasts more with the cell.
struct Heatmap: Sendable {
    /// One grid.
    struct Panel: Sendable {
        /// The panel's heading.
        var title: String
        /// Horizontal axis title (with unit) and its category labels, left to right.
        var xTitle: String, xLabels: [String]
        /// Vertical axis title (with unit) and its category labels, bottom to top.
        var yTitle: String, yLabels: [String]
        /// `values[row][column]`: row `i` is `yLabels[i]`; `nil` for an empty cell.
        var values: [[Double?]]
        /// What hovering a cell shows, `[row][column]`.
        var tooltips: [[String]]
    }

    /// The chart's title.
    var title: String
    /// A line under the title.
    var subtitle: String?
    /// The panels, laid out in rows of ``columns``.
    var panels: [Panel]
    /// What the colour stands for, with its unit (the colour bar's title).
    var valueTitle: String
    /// Panels per row.
    var columns = 2
    /// The colour map.
    var colorMap = ColorMap.viridis
    /// Width in user units (the height follows from the panels).
    var width = 1000.0

    static let rowHeight = 34.0
    static let panelTop = 30.0, panelBottom = 62.0, panelLeft = 132.0, panelRight = 18.0
    static let colorBarWidth = 150.0

    /// The colour bar's length: 240, or longer when its rotated title
    /// (about 6.8 user units a character at size 12) would not fit beside it.
    var colorBarLength: Double { max(240, 6.8 * Double(valueTitle.count + 4)) }

    /// A panel's grid height: ``rowHeight`` a row, or more when the rotated
    /// vertical title (about 6.6 user units a character at size 12.5)
    /// would overrun a grid of few rows.
    static func gridHeight(_ panel: Panel) -> Double {
        max(Double(panel.yLabels.count) * rowHeight, 6.6 * Double(panel.yTitle.count + 2))
    }

    /// The colour scale over every panel's values, mapping onto `0 … 1`.
    var colorScale: AxisScale {
        let values = panels.flatMap { $0.values.flatMap { $0.compactMap { $0 } } }.filter(\.isFinite)
        guard let low = values.min(), let high = values.max() else { return .linear(LinearScale(domain: 0...1)) }
        if low > 0 && high / low >= 10 { return .log(LogScale(domain: low...high)) }
        return .linear(LinearScale(domain: low...high))
    }

    /// The drawn chart.
    func canvas() -> SVGCanvas {
        let columns = max(1, min(self.columns, panels.count))
        let rowsOfPanels = (panels.count + columns - 1) / columns
        let top = subtitle == nil ? 44.0 : 58.0
        let panelWidth = (width - Self.colorBarWidth) / Double(columns)
        let heights = (0..<rowsOfPanels).map { row in
            let tallest = panels[(row * columns)..<min(panels.count, row * columns + columns)].map(Self.gridHeight).max() ?? Self.rowHeight
            return Self.panelTop + tallest + Self.panelBottom
        }
        // Tall enough for the colour bar and its title, however few the rows.
        let height = max(top + heights.reduce(0, +) + 8, top + Self.panelTop + colorBarLength + 24)
        var canvas = SVGCanvas(width: width, height: height, title: title,
                               summary: "\(valueTitle) by cell, \(panels.count) panel(s), colour scale viridis.")
        PlotArea.drawTitle(title, subtitle: subtitle, on: &canvas)
        let scale = colorScale
        var y0 = top
        for row in 0..<rowsOfPanels {
            for column in 0..<columns {
                let index = row * columns + column
                guard index < panels.count else { break }
                let x0 = Double(column) * panelWidth
                let panel = panels[index]
                let area = PlotArea(left: x0 + Self.panelLeft, top: y0 + Self.panelTop, right: x0 + panelWidth - Self.panelRight,
                                    bottom: y0 + Self.panelTop + Self.gridHeight(panel))
                draw(panel, in: area, scale: scale, on: &canvas)
            }
            y0 += heights[row]
        }
        drawColorBar(scale, x: width - Self.colorBarWidth + 30, top: top + Self.panelTop, on: &canvas)
        return canvas
    }

    func draw(_ panel: Panel, in area: PlotArea, scale: AxisScale, on canvas: inout SVGCanvas) {
        canvas.beginGroup("panel")
        canvas.text(panel.title, x: (area.left + area.right) / 2, y: area.top - 10, size: 13, anchor: .middle, bold: true)
        let xBands = BandScale(count: panel.xLabels.count, rangeStart: area.left, rangeEnd: area.right)
        let yBands = BandScale(count: panel.yLabels.count, rangeStart: area.bottom, rangeEnd: area.top)
        canvas.beginGroup("cells")
        for (i, row) in panel.values.enumerated() {
            for (j, value) in row.enumerated() {
                let color = value.map { colorMap.color(at: scale.position(of: $0)) } ?? colorMap.missing
                let x = xBands.start(of: j), y = yBands.start(of: i) + yBands.bandwidth
                canvas.rect(x: x + 1, y: y + 1, width: xBands.bandwidth - 2, height: -yBands.bandwidth - 2, fill: color,
                            tooltip: panel.tooltips[i][j])
                canvas.text(value.map { NumberText.significant($0) } ?? "no runs", x: xBands.center(of: j), y: yBands.center(of: i),
                            size: 10.5, anchor: .middle, fill: color.contrastingText, centered: true)
            }
        }
        canvas.endGroup()
        area.drawXCategories(xBands, labels: panel.xLabels.map { [$0] }, title: panel.xTitle, on: &canvas)
        area.drawYCategories(yBands, labels: panel.yLabels, title: panel.yTitle, on: &canvas)
        canvas.endGroup()
    }

    /// The colour bar: the map as stacked strips, low at the bottom, with the scale's ticks.
    func drawColorBar(_ scale: AxisScale, x: Double, top: Double, on canvas: inout SVGCanvas) {
        let length = colorBarLength, strips = 48
        canvas.beginGroup("color-bar")
        for k in 0..<strips {
            let t = (Double(k) + 0.5) / Double(strips)
            canvas.rect(x: x, y: top + length * (1 - Double(k + 1) / Double(strips)), width: 18, height: length / Double(strips) + 0.5,
                        fill: colorMap.color(at: t))
        }
        canvas.rect(x: x, y: top, width: 18, height: length, fill: nil, stroke: Palette.frame)
        let bar: AxisScale
        switch scale {
        case .linear(let s): bar = .linear(LinearScale(domain: s.domain, rangeStart: top + length, rangeEnd: top))
        case .log(let s): bar = .log(LogScale(domain: s.domain, rangeStart: top + length, rangeEnd: top))
        }
        let labels = bar.tickLabels
        for (tick, label) in zip(bar.ticks, labels.labels) {
            let y = bar.position(of: tick)
            canvas.line(x1: x + 18, y1: y, x2: x + 23, y2: y, stroke: Palette.text)
            canvas.text(label, x: x + 26, y: y, size: 11, fill: Palette.muted, centered: true)
        }
        canvas.text(valueTitle + labels.titleSuffix, x: x - 10, y: top + length / 2, size: 12, anchor: .middle, rotation: -90)
        canvas.endGroup()
    }
}
