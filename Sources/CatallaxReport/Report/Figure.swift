/// One chart of a report: drawn once, shown inline in the page and
/// written as its own `.svg` file.
package struct Figure: Sendable {
    /// The file stem and the `data-chart` name (`heatmap-volatility`).
    package var id: String
    /// The sweep page's section it belongs to; `nil` on pages without those sections.
    var section: ReportSection?
    /// The caption under it in the page.
    package var caption: String
    /// The drawing.
    package var canvas: SVGCanvas

    /// A chart of a page other than the sweep's (``ReportPage``).
    package init(id: String, caption: String, canvas: SVGCanvas) {
        self.init(id: id, section: nil, caption: caption, canvas: canvas)
    }

    /// A chart of the sweep page's `section`.
    init(id: String, section: ReportSection?, caption: String, canvas: SVGCanvas) {
        self.id = id
        self.section = section
        self.caption = caption
        self.canvas = canvas
    }

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
