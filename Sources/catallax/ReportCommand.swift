import ArgumentParser
import CatallaxModel
import CatallaxReport
import Foundation

extension Catallax {
    /// `catallax report`: a sweep's result folder as one self-contained HTML page.
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Writes report.html (and each chart as figures/<chart>.svg) for a sweep's result folder.",
            discussion: """
            The page is self-contained (inline SVG and CSS, no scripts) and opens offline: the run's facts,
            the ranking, the metric against each family's main axis (or the main swept parameter), a
            heatmap over two axes, fan charts of the best and worst points' price paths (when the spec
            kept paths with [paths] replicates = N) and the metrics' distributions at the best points.
            `catallax sweep` writes it at the end unless --no-report is given. The page is described in
            docs/REPORT.md.
            """)

        @Argument(help: "The sweep's output folder (holding summary.json and journal.jsonl).")
        var folder: String

        @Option(help: "The metric of the line charts and the heatmap (default: the sweep's objective).")
        var metric: String?

        @Option(help: "The heatmap's horizontal axis: a parameter key or a family's axis (default: the first varied parameter).")
        var heatmapX: String?

        @Option(help: "The heatmap's vertical axis: a parameter key or a family's axis (default: the family axis when it varies).")
        var heatmapY: String?

        @Option(help: "Rows of the ranking table.")
        var top: Int = 20

        func validate() throws {
            guard top >= 0 else { throw ValidationError("--top must be at least 0, got \(top).") }
            let names = Scenario.all.flatMap(\.metrics).map(\.name)
            if let metric, !names.contains(metric) {
                var seen = Set<String>()
                let allowed = names.filter { seen.insert($0).inserted }.joined(separator: ", ")
                throw ValidationError("--metric must be one of \(allowed), got '\(metric)'.")
            }
        }

        func run() throws {
            var options = SweepReport.Options()
            options.metric = metric
            options.heatmapX = heatmapX
            options.heatmapY = heatmapY
            options.top = top
            let url = URL(fileURLWithPath: folder)
            do {
                let report = try SweepReport.load(folder: url, options: options)
                let written = try report.write(to: url)
                print("wrote \(written[0]) and \(written.count - 1) charts in \(url.appendingPathComponent(SweepReport.figuresFolder).path)")
            } catch {
                throw BadInput(message: error.description)
            }
        }
    }
}
