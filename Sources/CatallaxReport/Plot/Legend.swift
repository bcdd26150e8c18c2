/// A chart's key: one row per entry, a swatch then its label, stacked
/// from a top-left corner.
struct Legend: Sendable {
    /// How an entry's swatch looks.
    enum Swatch: Sendable {
        /// A line segment in a colour with a marker in its middle.
        case line(Color, MarkerShape?, dash: String?)
        /// A filled square of a colour at an opacity (bands, areas).
        case area(Color, opacity: Double)
        /// A marker alone.
        case marker(MarkerShape, Color)
        /// A miniature box and whiskers.
        case box(Color)
        /// A scatter chart's symbol.
        case symbol(ScatterChart.Symbol, Color)
    }

    /// One row of the key.
    struct Entry: Sendable {
        /// The label.
        var label: String
        /// The swatch.
        var swatch: Swatch
    }

    /// A heading above the entries, if any.
    var title: String?
    /// The entries, top to bottom.
    var entries: [Entry]

    /// Height of a row.
    static let rowHeight = 18.0

    /// Draws the key with its top-left corner at `(x, y)`.
    func draw(atX x: Double, y: Double, on canvas: inout SVGCanvas) {
        canvas.beginGroup("legend")
        var row = y
        if let title {
            canvas.text(title, x: x, y: row + 10, size: 11.5, bold: true)
            row += Self.rowHeight
        }
        for entry in entries {
            let middle = row + 6
            switch entry.swatch {
            case let .line(color, marker, dash):
                canvas.line(x1: x, y1: middle, x2: x + 24, y2: middle, stroke: color, width: 2, dash: dash)
                if let marker { marker.draw(atX: x + 12, y: middle, size: 4, color: color, on: &canvas) }
            case let .area(color, opacity):
                canvas.rect(x: x, y: middle - 6, width: 24, height: 12, fill: color, opacity: opacity)
            case let .marker(shape, color):
                shape.draw(atX: x + 12, y: middle, size: 4, color: color, on: &canvas)
            case let .box(color):
                canvas.line(x1: x + 12, y1: middle - 7, x2: x + 12, y2: middle + 7, stroke: color)
                canvas.rect(x: x + 5, y: middle - 4, width: 14, height: 8, fill: color, stroke: color, opacity: 0.35)
            case let .symbol(symbol, color):
                symbol.draw(atX: x + 12, y: middle, size: 4, color: color, on: &canvas)
            }
            canvas.text(entry.label, x: x + 30, y: middle, size: 11.5, centered: true)
            row += Self.rowHeight
        }
        canvas.endGroup()
    }

    /// The height the key takes.
    var height: Double { Double(entries.count + (title == nil ? 0 : 1)) * Self.rowHeight }
}

/// The shape of a data marker, so that series stay apart where their
/// lines overlap and in grey print.
package enum MarkerShape: CaseIterable, Sendable {
    case circle, square, triangle, diamond

    /// Draws the marker centred at `(x, y)`, `size` its half-width.
    func draw(atX x: Double, y: Double, size: Double, color: Color, tooltip: String? = nil, on canvas: inout SVGCanvas) {
        switch self {
        case .circle:
            canvas.circle(x: x, y: y, radius: size, fill: color, stroke: Palette.background, tooltip: tooltip)
        case .square:
            canvas.rect(x: x - size * 0.9, y: y - size * 0.9, width: size * 1.8, height: size * 1.8, fill: color,
                        stroke: Palette.background, tooltip: tooltip)
        case .triangle:
            canvas.polygon([(x, y - size * 1.15), (x + size * 1.1, y + size * 0.8), (x - size * 1.1, y + size * 0.8)],
                           fill: color, stroke: Palette.background, tooltip: tooltip)
        case .diamond:
            canvas.polygon([(x, y - size * 1.2), (x + size * 1.2, y), (x, y + size * 1.2), (x - size * 1.2, y)],
                           fill: color, stroke: Palette.background, tooltip: tooltip)
        }
    }
}
