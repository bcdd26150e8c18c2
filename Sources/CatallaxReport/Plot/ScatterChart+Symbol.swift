extension ScatterChart {
    /// What marks a point: a filled marker, a hollow ring (a point that
    /// missed a constraint), a cross (a point never run), or nothing (a line alone).
    package enum Symbol: Sendable, Equatable {
        /// A filled marker.
        case marker(MarkerShape)
        /// A hollow circle.
        case ring
        /// An upright cross `×`, one closed shape.
        case cross
        /// No symbol.
        case none

        /// Draws the symbol centred at `(x, y)`, `size` its half-width, as one SVG element.
        func draw(atX x: Double, y: Double, size: Double, color: Color, tooltip: String? = nil, on canvas: inout SVGCanvas) {
            switch self {
            case .marker(let shape):
                shape.draw(atX: x, y: y, size: size, color: color, tooltip: tooltip, on: &canvas)
            case .ring:
                canvas.circle(x: x, y: y, radius: size, fill: Palette.background, stroke: color, tooltip: tooltip)
            case .cross:
                // The twelve corners of an × whose arms are a third of its width thick.
                let (a, b) = (size, size / 3)
                let corners: [(Double, Double)] = [(-a, -a + b), (-a + b, -a), (0, -b), (a - b, -a), (a, -a + b), (b, 0),
                                                   (a, a - b), (a - b, a), (0, b), (-a + b, a), (-a, a - b), (-b, 0)]
                canvas.polygon(corners.map { (x: x + $0.0, y: y + $0.1) }, fill: color, tooltip: tooltip)
            case .none:
                break
            }
        }
    }
}

extension ScatterChart.Layer {
    /// The layer's swatch in the legend: its line with its marker, or its symbol alone.
    var swatch: Legend.Swatch {
        if lineWidth != nil {
            if case .marker(let shape) = symbol { return .line(color, shape, dash: dash) }
            return .line(color, nil, dash: dash)
        }
        return .symbol(symbol, color)
    }
}
