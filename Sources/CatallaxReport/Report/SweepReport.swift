import CatallaxModel
import CatallaxSweep
import Foundation

/// A sweep's report: one self-contained HTML page (inline SVG and CSS, no
/// scripts, nothing fetched) with the ranking, the metric against each
/// family's main axis (for curves, steepness) or the main swept parameter,
/// a heatmap over two axes, fan charts of the
/// best and worst points' price paths, the metrics' distributions at the top
/// points and the run's facts; every chart also as its own `.svg` file.
///
/// ```
/// <folder>/report.html
/// <folder>/figures/<chart>.svg
/// ```
/// Built from a ``SweepRecord`` at the end of a sweep, or from a result
/// folder alone with ``load(folder:options:)``.
public struct SweepReport: Sendable {
    /// What the report shows.
    public struct Options: Sendable {
        /// The name of the metric of the line charts and the heatmap; `nil` for the sweep's objective.
        public var metric: String?
        /// The heatmap's horizontal axis: a parameter key or the family axis
        /// (`steepness` for curves); `nil` for the default (the first varied
        /// parameter that is not a family's level).
        public var heatmapX: String?
        /// The heatmap's vertical axis; `nil` for the default (the family axis when it varies).
        public var heatmapY: String?
        /// Rows of the ranking table.
        public var top = 20
        /// Points in each distribution chart (the best ones).
        public var distributionPoints = 8

        /// The defaults.
        public init() {}
    }

    /// The sweep.
    public var record: SweepRecord
    /// The price paths kept, by run.
    public var paths: [RunID: [Double]]
    /// What to show.
    public var options: Options
    /// The metric of the line charts and heatmap.
    let _metric: Metric
    /// Index of the charted metric in the reduction's columns.
    let metricColumn: Int
    /// Each family's points, ascending, by the family's word: found in one
    /// pass over the points (a million in a large sweep), which
    /// ``families`` and ``points(of:)`` read many times.
    let _pointsByFamily: [String: [Int]]
    /// The heatmap's axes, `nil` when fewer than two parameters vary.
    let _heatmapAxes: (x: PointAxis, y: PointAxis)?
    /// The names and units of the scenario's parameters.
    let labels: ParameterLabel

    /// The report of `record` and its `paths`.
    /// - Throws: ``ReportError/unknownAxis(key:allowed:)`` when a heatmap
    ///   axis does not vary in the sweep, or the metric is not one it reports.
    public init(record: SweepRecord, paths: [RunID: [Double]], options: Options = Options()) throws(ReportError) {
        self.record = record
        self.paths = paths
        self.options = options
        let name = options.metric ?? record.reduction.objective.name
        guard let column = record.reduction.metrics.firstIndex(where: { $0.name == name }) else {
            throw .unknownAxis(key: name, allowed: record.reduction.metrics.map(\.name))
        }
        _metric = record.reduction.metrics[column]
        metricColumn = column
        var pointsByFamily: [String: [Int]] = [:]
        for p in record.points.indices {
            if let word = record.points.family(at: p)?.word { pointsByFamily[word, default: []].append(p) }
        }
        _pointsByFamily = pointsByFamily
        labels = ParameterLabel(record.scenario)
        guard !Self.isTooLargeToChart(record) else {
            // The charts aggregate the points into bins (the page says so): their axes are chosen then.
            _heatmapAxes = nil
            return
        }
        // Listed: the report charts these points one by one (``isTooLargeToChart``).
        let points = Array(record.points)
        let varied = PointAxis.varied(points)
        for key in [options.heatmapX, options.heatmapY].compactMap({ $0 }) where !varied.contains(key) {
            throw .unknownAxis(key: key, allowed: varied)
        }
        if let x = options.heatmapX, let y = options.heatmapY {
            _heatmapAxes = (PointAxis(key: x, scenario: record.scenario), PointAxis(key: y, scenario: record.scenario))
        } else if let pair = PointAxis.defaultPair(points) {
            _heatmapAxes = (PointAxis(key: options.heatmapX ?? pair.x, scenario: record.scenario),
                            PointAxis(key: options.heatmapY ?? pair.y, scenario: record.scenario))
        } else {
            _heatmapAxes = nil
        }
    }

    /// The page's file name.
    public static let pageName = ReportPage.pageName
    /// The folder of the charts' `.svg` files.
    public static let figuresFolder = ReportPage.figuresFolder

    /// Writes `report.html` and `figures/*.svg` into `folder`, each file
    /// under a temporary name then renamed.
    /// - Returns: the paths written, the page first.
    /// - Throws: ``ReportError/unreadable(path:reason:)`` when a file cannot be written.
    @discardableResult
    public func write(to folder: URL) throws(ReportError) -> [String] {
        let figures = self.figures()
        return try ReportPage.write(html: html(figures), figures: figures, to: folder)
    }

    /// Every chart, in page order.
    func figures() -> [Figure] {
        guard !Self.isTooLargeToChart(record) else {
            let numbers = _CoordinateNumbers(record)
            return binnedLineFigures(numbers) + binnedHeatmapFigures(numbers) + pathFigures() + distributionFigures()
        }
        return curveFigures() + axisFigures() + heatmapFigures() + pathFigures() + distributionFigures()
    }

    /// The most points the line charts and the heatmap draw one by one: a
    /// sampled design of more points would give as many heatmap rows and
    /// columns and as many lines, which no page can show (nor memory hold,
    /// squared), so beyond it they aggregate the points into bins.
    public static let chartedPointLimit = 5_000

    /// Whether `record` has more than ``chartedPointLimit`` points: its line
    /// charts and heatmap then aggregate the points into bins, and say so;
    /// the ranking, the paths and the distributions still cover every point.
    static func isTooLargeToChart(_ record: SweepRecord) -> Bool { record.points.count > chartedPointLimit }
}
