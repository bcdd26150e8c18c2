/// One chart of the report: drawn once, shown inline in the page and
/// written as its own `.svg` file.
struct Figure: Sendable {
    /// The file stem and the `data-chart` name (`heatmap-volatility`).
    var id: String
    /// The page section it belongs to.
    var section: ReportSection
    /// The caption under it in the page.
    var caption: String
    /// The drawing.
    var canvas: SVGCanvas

    /// The file name under `figures/`.
    var fileName: String { "\(id).svg" }
}

/// The sections of the report page, in page order.
enum ReportSection: String, CaseIterable, Sendable {
    case facts, ranking, curves, heatmap, paths, distributions

    /// The section's heading.
    var heading: String {
        switch self {
        case .facts: "The run"
        case .ranking: "Ranking"
        case .curves: "Against the swept parameter"
        case .heatmap: "Heatmap"
        case .paths: "Price paths of the best and worst points"
        case .distributions: "Distributions of the top points"
        }
    }
}
