import CatallaxModel
import CatallaxReport
import Foundation

/// A search's report: one self-contained HTML page (inline SVG and CSS, no
/// scripts, nothing fetched) with the search's facts, its finalists and
/// block bests, how the best candidate improved with the runs spent
/// (convergence), where the search went in the winner's block (search
/// path), and, with a second objective, the Pareto front; every chart also
/// as its own `.svg` file.
///
/// ```
/// <folder>/report.html
/// <folder>/figures/convergence.svg, search-path.svg, pareto-front.svg
/// ```
/// Made from the folder's files alone (``SearchRecord``), so `catallax
/// optimize` and `catallax report` write the same bytes, whatever the
/// threads the search ran on.
public struct OptimizationReport {
    /// The search.
    public var record: SearchRecord
    /// The names and units of the scenario's parameters.
    let labels: ParameterLabel

    /// The report of `record`.
    public init(record: SearchRecord) {
        self.record = record
        labels = ParameterLabel(record.spec.spaces.scenario)
    }

    /// The report of the search in `folder`.
    /// - Throws: the errors of ``SearchRecord/load(folder:)``.
    public static func load(folder: URL) throws(ReportError) -> OptimizationReport {
        OptimizationReport(record: try SearchRecord.load(folder: folder))
    }

    /// Writes `report.html` and `figures/*.svg` into `folder`, each file
    /// under a temporary name then renamed.
    /// - Returns: the paths written, the page first.
    /// - Throws: ``ReportError/unreadable(path:reason:)`` when a file cannot be written.
    @discardableResult
    public func write(to folder: URL) throws(ReportError) -> [String] {
        let figures = self.figures()
        return try page(figures).write(figures, to: folder)
    }

    /// Every chart, in page order.
    func figures() -> [Figure] {
        [convergenceFigure(), searchPathFigure()] + (record.spec.secondObjective == nil ? [] : [paretoFigure()])
    }

    /// The spec.
    var spec: OptimizeSpec { record.spec }

    /// The colour that marks the winner.
    static let highlight = Color(hex: "#c0392b")

    /// Block `block`'s name: its family's word (`exponential`), or `block 2`.
    func blockName(_ block: Int) -> String {
        spec.spaces.points[block].parameters.family?.word ?? "block \(block)"
    }

    /// `a` is better than `b` in the objective's order.
    func better(_ a: Double, than b: Double) -> Bool {
        spec.order == .ascending ? a < b : a > b
    }

    /// A candidate in a few words: the coordinates its block set, anchored
    /// levels left out (`exponential, k = 4.05×10⁻⁶, φ = 0.171%`).
    func describe(_ row: EvaluationRow) -> String {
        let levels = Set(spec.spaces.points[row.block].parameters.family?.levelKeys ?? [])
        return spec.spaces.coordinateColumns.compactMap { key in
            guard let value = row.coordinates[key], !levels.contains(key) else { return nil }
            return labels.assignment(key, value)
        }.joined(separator: ", ")
    }

    /// `7.61×10⁻⁵ (95% CI 7.33×10⁻⁵ – 7.89×10⁻⁵)`, or `no successful run`.
    static func meanText(_ mean: Double?, _ low: Double?, _ high: Double?) -> String {
        guard let mean else { return "no successful run" }
        guard let low, let high else { return NumberText.significant(mean) }
        return "\(NumberText.significant(mean)) (95% CI \(NumberText.significant(low)) – \(NumberText.significant(high)))"
    }
}
