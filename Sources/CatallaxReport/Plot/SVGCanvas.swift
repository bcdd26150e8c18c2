import Foundation

/// SVG markup being drawn: shapes and text in user units (pixels at 100%),
/// y growing downwards, styled with presentation attributes only, so that a
/// chart looks the same inline in a page and as a file on its own.
///
/// The trap avoided: every text and attribute value is escaped (`&`, `<`,
/// `>`, quotes), so a spec name or parameter value cannot break the markup;
/// coordinates are printed with at most two decimals in the C locale.
package struct SVGCanvas: Sendable {
    /// Width and height in user units.
    var width: Double, height: Double
    /// The chart's title (the SVG `<title>`, read by screen readers).
    var title: String
    /// What the chart shows, in a sentence (the SVG `<desc>`).
    var summary: String
    /// The elements drawn so far.
    private(set) var body = ""

    /// Where text is anchored.
    enum Anchor: String, Sendable { case start, middle, end }

    /// An empty canvas.
    init(width: Double, height: Double, title: String, summary: String) {
        self.width = width
        self.height = height
        self.title = title
        self.summary = summary
    }

    /// A rectangle; `tooltip` becomes a `<title>` child that browsers show on hover.
    mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: Color?, stroke: Color? = nil,
                       strokeWidth: Double = 1, opacity: Double = 1, tooltip: String? = nil) {
        var attributes = "x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" width=\"\(Self.number(max(0, width)))\" height=\"\(Self.number(max(0, height)))\""
        attributes += Self.paint(fill: fill, stroke: stroke, strokeWidth: strokeWidth, opacity: opacity)
        element("rect", attributes, tooltip: tooltip)
    }

    /// A straight line.
    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: Color, width: Double = 1, dash: String? = nil) {
        var attributes = "x1=\"\(Self.number(x1))\" y1=\"\(Self.number(y1))\" x2=\"\(Self.number(x2))\" y2=\"\(Self.number(y2))\""
        attributes += Self.paint(fill: nil, stroke: stroke, strokeWidth: width, opacity: 1)
        if let dash { attributes += " stroke-dasharray=\"\(dash)\"" }
        element("line", attributes)
    }

    /// An open line through `points`.
    mutating func polyline(_ points: [(x: Double, y: Double)], stroke: Color, width: Double = 1.5, dash: String? = nil,
                           tooltip: String? = nil) {
        guard !points.isEmpty else { return }
        var attributes = "points=\"\(Self.pointList(points))\" stroke-linejoin=\"round\""
        attributes += Self.paint(fill: nil, stroke: stroke, strokeWidth: width, opacity: 1)
        if let dash { attributes += " stroke-dasharray=\"\(dash)\"" }
        element("polyline", attributes, tooltip: tooltip)
    }

    /// A filled closed shape through `points`.
    mutating func polygon(_ points: [(x: Double, y: Double)], fill: Color, opacity: Double = 1,
                          stroke: Color? = nil, tooltip: String? = nil) {
        guard points.count >= 3 else { return }
        let attributes = "points=\"\(Self.pointList(points))\""
            + Self.paint(fill: fill, stroke: stroke, strokeWidth: 1, opacity: opacity)
        element("polygon", attributes, tooltip: tooltip)
    }

    /// A circle.
    mutating func circle(x: Double, y: Double, radius: Double, fill: Color?, stroke: Color? = nil, tooltip: String? = nil) {
        let attributes = "cx=\"\(Self.number(x))\" cy=\"\(Self.number(y))\" r=\"\(Self.number(radius))\""
            + Self.paint(fill: fill, stroke: stroke, strokeWidth: 1, opacity: 1)
        element("circle", attributes, tooltip: tooltip)
    }

    /// Text at `(x, y)`: `y` is the baseline, or the middle with `centered`;
    /// `rotation` in degrees about the anchor point.
    mutating func text(_ content: String, x: Double, y: Double, size: Double = 12, anchor: Anchor = .start,
                       bold: Bool = false, fill: Color = Palette.text, centered: Bool = false, rotation: Double? = nil) {
        var attributes = "x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" font-size=\"\(Self.number(size))\""
        if anchor != .start { attributes += " text-anchor=\"\(anchor.rawValue)\"" }
        if bold { attributes += " font-weight=\"bold\"" }
        if centered { attributes += " dy=\"0.35em\"" }
        if fill != Palette.text { attributes += " fill=\"\(fill.hex)\"" }
        if let rotation { attributes += " transform=\"rotate(\(Self.number(rotation)) \(Self.number(x)) \(Self.number(y)))\"" }
        body += "<text \(attributes)>\(Self.escaped(content))</text>\n"
    }

    /// Opens a group, labelled for tests and readers (`data-role`).
    mutating func beginGroup(_ role: String) {
        body += "<g data-role=\"\(Self.escaped(role))\">\n"
    }

    /// Closes the group opened last.
    mutating func endGroup() {
        body += "</g>\n"
    }

    /// The `<svg>` element; `standalone` adds the XML declaration a file needs.
    /// - Parameter id: the chart's name, in `data-chart` (what the page check counts by).
    package func svg(id: String, standalone: Bool) -> String {
        let header = standalone ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" : ""
        let size = "width=\"\(Self.number(width))\" height=\"\(Self.number(height))\" viewBox=\"0 0 \(Self.number(width)) \(Self.number(height))\""
        return header
            + "<svg xmlns=\"http://www.w3.org/2000/svg\" \(size) role=\"img\" data-chart=\"\(Self.escaped(id))\" "
            + "font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\" fill=\"\(Palette.text.hex)\">\n"
            + "<title>\(Self.escaped(title))</title>\n<desc>\(Self.escaped(summary))</desc>\n"
            + "<rect x=\"0\" y=\"0\" width=\"\(Self.number(width))\" height=\"\(Self.number(height))\" fill=\"#ffffff\"/>\n"
            + body + "</svg>\n"
    }

    mutating func element(_ name: String, _ attributes: String, tooltip: String? = nil) {
        if let tooltip {
            body += "<\(name) \(attributes)><title>\(Self.escaped(tooltip))</title></\(name)>\n"
        } else {
            body += "<\(name) \(attributes)/>\n"
        }
    }

    static func paint(fill: Color?, stroke: Color?, strokeWidth: Double, opacity: Double) -> String {
        var text = " fill=\"\(fill?.hex ?? "none")\""
        if let stroke { text += " stroke=\"\(stroke.hex)\" stroke-width=\"\(number(strokeWidth))\"" }
        if opacity < 1 { text += " fill-opacity=\"\(number(opacity))\"" }
        return text
    }

    static func pointList(_ points: [(x: Double, y: Double)]) -> String {
        points.map { "\(number($0.x)),\(number($0.y))" }.joined(separator: " ")
    }

    /// `x` with at most two decimals and no trailing zeros (`12.5`, `3`, `-0.25`).
    static func number(_ x: Double) -> String {
        guard x.isFinite else { return "0" }
        var text = String(format: "%.2f", x)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }

    /// `text` with the five XML special characters escaped.
    package static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
