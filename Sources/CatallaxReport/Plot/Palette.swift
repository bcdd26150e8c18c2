/// The fixed colours of every chart: text, frame, grid lines and the
/// colour of single-series marks.
package enum Palette {
    /// Text and axis lines.
    package static let text = Color(hex: "#222222")
    /// Secondary text (tick labels, notes).
    package static let muted = Color(hex: "#555555")
    /// Grid lines.
    package static let grid = Color(hex: "#e3e3e3")
    /// The frame of the plot area.
    package static let frame = Color(hex: "#888888")
    /// Marks of a chart with one series (boxes, fans): a blue from viridis's cool end.
    package static let accent = Color(hex: "#2a788e")
    /// The page background behind charts.
    package static let background = Color(hex: "#ffffff")
}
