/// The drawn elements of a chart's groups (`<g data-role="…">`), as the
/// report's SVG writes them: one element per line, a `<title>` child on the same line.
public enum SVGGroup {
    /// The element lines of the first group labelled `role` in `svg`
    /// (nested groups' own lines included); empty when there is none.
    public static func elements(_ role: String, in svg: String) -> [Substring] {
        let lines = svg.split(separator: "\n")
        guard let start = lines.firstIndex(of: Substring("<g data-role=\"\(role)\">")) else { return [] }
        var depth = 0, found: [Substring] = []
        for line in lines[(start + 1)...] {
            if line.hasPrefix("<g ") { depth += 1; continue }
            if line == "</g>" {
                if depth == 0 { break }
                depth -= 1
                continue
            }
            found.append(line)
        }
        return found
    }

    /// How many drawn shapes (`circle`, `rect`, `polygon`, `line`, `polyline`) the group `role` holds.
    public static func shapes(_ role: String, in svg: String) -> Int {
        elements(role, in: svg).filter { line in
            ["<circle ", "<rect ", "<polygon ", "<line ", "<polyline "].contains { line.hasPrefix($0) }
        }.count
    }
}
