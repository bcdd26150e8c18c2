/// The fixed colours of every chart: text, frame, grid lines and the
/// colour of single-series marks.
enum Palette {
    /// Text and axis lines.
    static let text = Color(hex: "#222222")
    /// Secondary text (tick labels, notes).
    static let muted = Color(hex: "#555555")
    /// Grid lines.
    static let grid = Color(hex: "#e3e3e3")
    /// The frame of the plot area.
    static let frame = Color(hex: "#888888")
    /// Marks of a chart with one series (boxes, fans): a blue from viridis's cool end.
    static let accent = Color(hex: "#2a788e")
    /// The page background behind charts.
    static let background = Color(hex: "#ffffff")
}
