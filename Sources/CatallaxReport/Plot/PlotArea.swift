/// The rectangle of a chart inside its margins, where the data are drawn,
/// and the drawing of its title, axes, ticks and grid lines.
struct PlotArea: Sendable, Equatable {
    /// Left, top, right and bottom edges in user units.
    var left: Double, top: Double, right: Double, bottom: Double

    /// Width of the area.
    var width: Double { right - left }
    /// Height of the area.
    var height: Double { bottom - top }

    /// Draws the chart's title, centred above the area.
    static func drawTitle(_ title: String, subtitle: String? = nil, on canvas: inout SVGCanvas) {
        canvas.beginGroup("title")
        canvas.text(title, x: canvas.width / 2, y: 22, size: 15, anchor: .middle, bold: true)
        if let subtitle { canvas.text(subtitle, x: canvas.width / 2, y: 40, size: 11.5, anchor: .middle, fill: Palette.muted) }
        canvas.endGroup()
    }

    /// Draws the frame, a horizontal axis with `scale`'s ticks and `title` (plus the ticks' common power) below.
    func drawXAxis(_ scale: AxisScale, title: String, grid: Bool = true, on canvas: inout SVGCanvas) {
        let labels = scale.tickLabels
        canvas.beginGroup("x-axis")
        for (tick, label) in zip(scale.ticks, labels.labels) {
            let x = scale.position(of: tick)
            guard x >= left - 0.5 && x <= right + 0.5 else { continue }
            if grid { canvas.line(x1: x, y1: top, x2: x, y2: bottom, stroke: Palette.grid) }
            canvas.line(x1: x, y1: bottom, x2: x, y2: bottom + 5, stroke: Palette.frame)
            canvas.text(label, x: x, y: bottom + 18, size: 11, anchor: .middle, fill: Palette.muted)
        }
        canvas.line(x1: left, y1: bottom, x2: right, y2: bottom, stroke: Palette.frame)
        canvas.text(title + labels.titleSuffix, x: (left + right) / 2, y: bottom + 38, size: 12.5, anchor: .middle)
        canvas.endGroup()
    }

    /// Draws a vertical axis with `scale`'s ticks and `title` (rotated) to the left.
    func drawYAxis(_ scale: AxisScale, title: String, grid: Bool = true, on canvas: inout SVGCanvas) {
        let labels = scale.tickLabels
        canvas.beginGroup("y-axis")
        for (tick, label) in zip(scale.ticks, labels.labels) {
            let y = scale.position(of: tick)
            guard y >= top - 0.5 && y <= bottom + 0.5 else { continue }
            if grid { canvas.line(x1: left, y1: y, x2: right, y2: y, stroke: Palette.grid) }
            canvas.line(x1: left - 5, y1: y, x2: left, y2: y, stroke: Palette.frame)
            canvas.text(label, x: left - 8, y: y, size: 11, anchor: .end, fill: Palette.muted, centered: true)
        }
        canvas.line(x1: left, y1: top, x2: left, y2: bottom, stroke: Palette.frame)
        let x = left - 58
        canvas.text(title + labels.titleSuffix, x: x, y: (top + bottom) / 2, size: 12.5, anchor: .middle, rotation: -90)
        canvas.endGroup()
    }

    /// Draws category labels under bands of a horizontal categorical axis
    /// (each label may have several lines) and `title` below them.
    func drawXCategories(_ bands: BandScale, labels: [[String]], title: String, on canvas: inout SVGCanvas) {
        canvas.beginGroup("x-axis")
        canvas.line(x1: left, y1: bottom, x2: right, y2: bottom, stroke: Palette.frame)
        var lines = 1
        for (i, label) in labels.enumerated() {
            let x = bands.center(of: i)
            canvas.line(x1: x, y1: bottom, x2: x, y2: bottom + 5, stroke: Palette.frame)
            for (k, line) in label.enumerated() {
                canvas.text(line, x: x, y: bottom + 18 + Double(k) * 13, size: 11, anchor: .middle, fill: Palette.muted)
            }
            lines = max(lines, label.count)
        }
        canvas.text(title, x: (left + right) / 2, y: bottom + 25 + Double(lines) * 13, size: 12.5, anchor: .middle)
        canvas.endGroup()
    }

    /// Draws category labels beside bands of a vertical categorical axis, and `title` (rotated) to the left.
    func drawYCategories(_ bands: BandScale, labels: [String], title: String, on canvas: inout SVGCanvas) {
        canvas.beginGroup("y-axis")
        for (i, label) in labels.enumerated() {
            canvas.text(label, x: left - 6, y: bands.center(of: i), size: 11, anchor: .end, fill: Palette.muted, centered: true)
        }
        canvas.text(title, x: left - 94, y: (top + bottom) / 2, size: 12.5, anchor: .middle, rotation: -90)
        canvas.endGroup()
    }
}
