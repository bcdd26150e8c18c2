import CatallaxReport
import Foundation

/// A sensitivity analysis's report: one self-contained HTML page (inline
/// SVG and CSS, no scripts, nothing fetched) with, per block and metric,
/// each parameter's Sobol′ indices as bars with their bootstrap intervals
/// and its Morris `μ*` against `σ`; every chart also as its own `.svg` file.
///
/// ```
/// <folder>/report.html
/// <folder>/figures/sobol-<metric>[-block<b>].svg, morris-<metric>[-block<b>].svg
/// ```
/// The charts come from `sensitivity.csv` alone (``SensitivityTable``);
/// the facts are the spec's when `catallax sensitivity` writes the page, and
/// what the file tells when `catallax report` rebuilds it.
public struct SensitivityReport {
    /// The indices.
    public var table: SensitivityTable
    /// The page's title (the analysis's name).
    public var title: String
    /// The facts table's rows: what was analysed and how.
    public var facts: [(name: String, value: String)]

    /// The report of `table`, titled `title`, with `facts`.
    public init(table: SensitivityTable, title: String, facts: [(name: String, value: String)]) {
        (self.table, self.title, self.facts) = (table, title, facts)
    }

    /// The report of the analysis `result` of `spec`, from the text
    /// ``SensitivityFile`` writes for it (so that its charts equal those
    /// `catallax report` rebuilds from the file), with the spec's facts.
    public init(_ result: SensitivityAnalysisResult, spec: SensitivitySpec) {
        // The file's own text parses: it is written by the same columns.
        let table = try! SensitivityTable(parsing: SensitivityFile.text(result), path: SensitivityFile.name)
        let k = result.blocks.map { "\($0.parameters.count)" }.joined(separator: ", ")
        self.init(table: table, title: spec.spaces.name, facts: [
            ("analysis", "\(spec.spaces.name) (scenario \(spec.spaces.scenario.name))"),
            ("spec file", spec.spaces.file),
            ("seed", "\(spec.spaces.seed)"),
            ("blocks", "\(result.blocks.count), with \(k) parameters"),
            ("Saltelli design", "N = \(spec.baseSamples): N(k + 2) rows per block"),
            ("Morris design", "r = \(spec.trajectories) trajectories on a \(spec.levels)-level grid: r(k + 1) rows per block"),
            ("replicates per row", "\(spec.replicates), on common random numbers; a row's output is their mean"),
            ("intervals", "\(NumberText.percent(spec.level)) percentile bootstrap, \(spec.resamples) resamples"),
            ("runs", "\(result.runs)"),
        ])
    }

    /// The report of `folder`'s `sensitivity.csv`, titled by the folder's name.
    /// - Throws: the errors of ``SensitivityTable/load(folder:)``.
    public static func load(folder: URL) throws(ReportError) -> SensitivityReport {
        let table = try SensitivityTable.load(folder: folder)
        let blocks = Set(table.groups.map(\.block)).count
        let parameters = Set(table.groups.flatMap { $0.entries.map(\.parameter) }).sorted()
        let metrics = table.groups.map(\.metric).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        return SensitivityReport(table: table, title: folder.lastPathComponent, facts: [
            ("source", "sensitivity.csv of this folder (the spec's settings are not recorded in it)"),
            ("blocks", "\(blocks)"),
            ("parameters", parameters.joined(separator: ", ")),
            ("metrics", metrics.joined(separator: ", ")),
        ])
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

    /// Every chart: per group, the Sobol′ bars then the Morris plane.
    func figures() -> [Figure] {
        table.groups.flatMap { [sobolFigure($0), morrisFigure($0)] }
    }

    /// `metric`, or `metric, block b` when the file has several blocks.
    func place(_ group: SensitivityTable.Group) -> (text: String, suffix: String) {
        guard let block = group.block else { return (group.metric, "") }
        return ("\(group.metric), block \(block)", "-block\(block)")
    }

    /// `S1` and `ST` per parameter as horizontal bars with their intervals,
    /// the most influential (largest `ST`; NaN last) at the top.
    func sobolFigure(_ group: SensitivityTable.Group) -> Figure {
        let weight = { (x: Double) in x.isNaN ? -Double.infinity : x }
        let entries = group.entries.enumerated().sorted { a, b in
            weight(a.element.total) > weight(b.element.total) || (weight(a.element.total) == weight(b.element.total) && a.offset < b.offset)
        }.map(\.element)
        func bar(_ value: Double, _ low: Double, _ high: Double, _ name: String, _ parameter: String) -> IntervalBarChart.Bar {
            .init(value: value, low: low, high: high, tooltip: "\(parameter): \(name) \(NumberText.significant(value)) "
                  + "[\(NumberText.significant(low)), \(NumberText.significant(high))]")
        }
        let colors = ColorMap.viridis.colors(count: 2, upTo: 0.6)
        let chart = IntervalBarChart(
            title: "\(place(group).text): Sobol′ indices", subtitle: "share of the variance of \(group.metric) per parameter",
            categories: entries.map(\.parameter), valueTitle: "index (share of variance)", categoryTitle: "parameter",
            intervalLabel: "bootstrap interval",
            series: [
                .init(name: "S1 (alone)", color: colors[0], bars: entries.map { bar($0.firstOrder, $0.firstLow, $0.firstHigh, "S1", $0.parameter) }),
                .init(name: "ST (total)", color: colors[1], bars: entries.map { bar($0.total, $0.totalLow, $0.totalHigh, "ST", $0.parameter) }),
            ])
        return Figure(
            id: "sobol-\(group.metric)\(place(group).suffix)",
            caption: "First-order (S1: the parameter alone) and total (ST: with all its interactions) Sobol′ indices of \(place(group).text), "
                + "with their bootstrap intervals; most influential (largest ST) at the top; ST − S1 is what the parameter does through interactions.",
            canvas: chart.canvas())
    }

    /// Morris's `μ*` against `σ` per parameter, labelled, with the line `σ = μ*`.
    func morrisFigure(_ group: SensitivityTable.Group) -> Figure {
        let marks = group.entries.map { entry in
            ScatterChart.Mark(x: entry.absoluteMean, y: entry.standardDeviation, label: entry.parameter,
                              tooltip: "\(entry.parameter): μ* \(NumberText.significant(entry.absoluteMean)), σ \(NumberText.significant(entry.standardDeviation))")
        }
        var chart = ScatterChart(
            title: "\(place(group).text): Morris elementary effects", subtitle: "per whole range of each parameter",
            xTitle: "μ* (mean absolute effect)", yTitle: "σ (spread of the effects)",
            layers: [.init(role: "parameters", name: nil, color: Palette.accent, symbol: .marker(.circle), size: 4.5, marks: marks)])
        chart.diagonal = "σ = μ*"
        return Figure(
            id: "morris-\(group.metric)\(place(group).suffix)",
            caption: "Morris screening of \(place(group).text): each parameter's mean absolute elementary effect μ* against the standard "
                + "deviation σ of its effects, over its whole range; far right: influential; above the dashed line σ = μ*: acting mostly "
                + "through interactions or non-linearly. Axes are logarithmic when the values span a decade.",
            canvas: chart.canvas())
    }

    /// The page: the facts, then a section of Sobol′ bars and one of Morris planes.
    func page(_ figures: [Figure]) -> ReportPage {
        let factsRows = facts.map { (name: $0.name, value: $0.value, bad: false) }
        let metrics = Set(table.groups.map(\.metric)).count
        return ReportPage(
            title: title, kind: "sensitivity report",
            summary: "Which parameters drive \(metrics) metric\(metrics == 1 ? "" : "s"): Sobol′ indices and Morris elementary effects.",
            sections: [
                .init(id: "facts", heading: "The analysis", body: ReportPage.factsHTML(factsRows)),
                .init(id: "sobol", heading: "Sobol′ indices",
                      body: ReportPage.figuresHTML(figures.filter { $0.id.hasPrefix("sobol-") },
                                                   note: "The share of each metric's variance a parameter explains, alone (S1) and with its interactions (ST).")),
                .init(id: "morris", heading: "Morris elementary effects",
                      body: ReportPage.figuresHTML(figures.filter { $0.id.hasPrefix("morris-") },
                                                   note: "A cheaper screening of the same question: how much, and how unevenly, each parameter moves each metric.")),
            ],
            footer: "Written by catallax from sensitivity.csv of this folder; numbers with 3 significant digits, exact values in sensitivity.csv.")
    }
}
