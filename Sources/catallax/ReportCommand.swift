import ArgumentParser
import CatallaxModel
import CatallaxOptimize
import CatallaxReport
import Foundation

extension Catallax {
    /// `catallax report`: a sweep's, a search's or a sensitivity analysis's result folder as one self-contained HTML page.
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Writes report.html (and each chart as figures/<chart>.svg) for a sweep's, search's or sensitivity analysis's result folder.",
            discussion: """
            The page is self-contained (inline SVG and CSS, no scripts) and opens offline: the run's facts, \
            the ranking, the metric against each family's main axis (or the main swept parameter), a \
            heatmap over two axes, fan charts of the best and worst points' price paths (when the spec \
            kept paths with [paths] replicates = N) and the metrics' distributions at the best points. \
            `catallax sweep` writes it at the end unless --no-report is given. The page is described in \
            docs/REPORT.md. A folder of `catallax optimize` (evaluations.csv, best.json) gets the search's \
            page (convergence, search path, Pareto front), one of `catallax sensitivity` (sensitivity.csv) \
            the Sobol′ and Morris charts; the chart options apply to sweeps only.
            """)

        @Argument(help: "The output folder (a sweep's summary.json and journal.jsonl, a search's best.json and evaluations.csv, or sensitivity.csv).")
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
            func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: url.appendingPathComponent(name).path) }
            if !exists("summary.json") && (SearchRecord.files + [SensitivityFile.name]).contains(where: exists) {
                if metric != nil || heatmapX != nil || heatmapY != nil {
                    throw BadInput(message: "--metric, --heatmap-x and --heatmap-y choose a sweep's charts; '\(folder)' holds no sweep.")
                }
                do {
                    let written = SearchRecord.files.contains(where: exists)
                        ? try OptimizationReport.load(folder: url).write(to: url) : try SensitivityReport.load(folder: url).write(to: url)
                    print("wrote \(written[0]) and \(written.count - 1) charts in \(url.appendingPathComponent(ReportPage.figuresFolder).path)")
                } catch {
                    throw BadInput(message: error.description)
                }
                return
            }
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
