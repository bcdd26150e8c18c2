import CatallaxModel
import CatallaxReduce
import Foundation

extension SweepReport {
    /// The page: a header, links to the sections, then the run's facts, the
    /// ranking and the charts, each chart inline with a caption linking its
    /// `.svg` file. No scripts; a content security policy forbids fetching
    /// anything, so the page opens offline exactly as written.
    func html(_ figures: [Figure]) -> String {
        let sections = ReportSection.allCases.map { section in
            let charts = figures.filter { $0.section == section }
            let body = switch section {
            case .facts: factsHTML()
            case .ranking: rankingHTML()
            default: ReportPage.figuresHTML(charts, note: note(section, charts: charts.count))
            }
            return ReportPage.Section(id: section.rawValue, heading: section.heading, body: body)
        }
        let summary = "\(record.points.count) points × \(record.replicatesText) of the \(record.scenario.name) scenario, "
            + "ranked by mean \(labels.name(record.reduction.objective)) (\(record.order == .ascending ? "lowest" : "highest") first)"
            + (record.shard == .whole ? "" : ", shard \(record.shard) only") + "."
        return ReportPage(title: record.name, kind: "sweep report", summary: summary, sections: sections,
                          footer: "Written by catallax \(record.timing.engineVersion) from the files of this folder; "
                              + "numbers with 3 significant digits, exact values in points.csv and runs.csv.").html
    }

    /// The sentence above a chart section: what it shows, or why it is empty.
    func note(_ section: ReportSection, charts: Int) -> String {
        let metric = labels.name(_metric)
        if Self.isTooLargeToChart(record), section == .curves || section == .heatmap {
            let how = section == .curves
                ? "each line aggregates the points into at most \(Self.lineBinCount) bins of its axis: the median of their means, the band their 25–75% range"
                : "each cell averages the means of the points in it (at most \(Self.heatmapBinCount) × \(Self.heatmapBinCount) bins)"
            return "This sweep has \(record.points.count) points, more than the \(Self.chartedPointLimit) these charts draw one by one, "
                + "so they are aggregated: \(how). The ranking and the distributions cover every point, and points.csv ranks them all."
        }
        switch section {
        case .curves:
            if let axis = mainAxis {
                return "Mean \(metric) of each point against \(labels.nameAndUnit(axis, family: nil).0), the parameter with the most values; lines join points that differ only in it."
            }
            let families = record.scenario.families
            let axis = families?.mainAxisName ?? "main"
            let family = families.map { "\($0.key) family" } ?? "family"
            return charts > 0
                ? "Mean \(metric) of each point against its \(family)'s \(axis) parameter; lines join points that differ only in \(axis)."
                : "No \(family) has two or more \(axis) values and no numeric parameter three or more values in this sweep, so there is nothing to draw."
        case .heatmap:
            return charts > 0
                ? "Choose other axes with catallax report --heatmap-x KEY --heatmap-y KEY."
                : "Fewer than two parameters vary in this sweep, so there is no heatmap."
        case .paths:
            let kept = Set(paths.keys.map(\.replicate)).count
            if charts > 0 { return "Paths of the first \(kept) replicates of every point are in paths.csv." }
            return paths.isEmpty
                ? "This sweep kept no price paths. Add [paths] replicates = 8 to the spec to draw them."
                : "The best and worst points have fewer than two kept paths."
        case .distributions:
            return "The spread of every metric over the replicates of the \(min(options.distributionPoints, record.points.count)) best points."
        case .facts, .ranking:
            return ""
        }
    }

    /// The ranking table: the best points first, each metric's mean and 95% interval.
    func rankingHTML() -> String {
        let e = SVGCanvas.escaped
        let metrics = record.reduction.metrics
        let objective = record.reduction.objective
        let entries = record.reduction.ranking.entries.prefix(max(0, options.top))
        var html = "<p class=\"note\">The \(entries.count) best of \(record.points.count) points by mean \(e(labels.name(objective))); "
            + "under each mean its 95% confidence interval. Ranks whose intervals overlap are not clearly distinct.</p>\n"
        html += "<div class=\"scroll\"><table class=\"ranking\">\n<tr><th class=\"num\">rank</th><th class=\"num\">point</th><th>parameters</th>"
        for metric in metrics {
            html += "<th class=\"num\(metric == objective ? " objective" : "")\">\(e(labels.name(metric)))</th>"
        }
        html += "<th class=\"num\">failed</th></tr>\n"
        for entry in entries {
            let p = entry.pointIndex
            let parameters = zip(record.columns, record.coordinates[p]).filter { !$0.1.isEmpty }
                .map { labels.assignment($0, $1) }.joined(separator: ", ")
            html += "<tr><td class=\"num\">\(entry.rank)</td><td class=\"num\">\(p)</td><td>\(e(parameters))</td>"
            for (m, metric) in metrics.enumerated() {
                let s = record.reduction.summaries[p][m]
                let interval = (s.ciLow != nil && s.ciHigh != nil)
                    ? "\(NumberText.significant(s.ciLow!)) – \(NumberText.significant(s.ciHigh!))" : "–"
                html += "<td class=\"num\(metric == objective ? " objective" : "")\">\(e(s.mean.map { NumberText.significant($0) } ?? "–"))"
                    + "<small>\(e(interval))</small></td>"
            }
            let failures = record.reduction.summaries[p].first?.failures ?? 0
            html += "<td class=\"num\(failures > 0 ? " bad" : "")\">\(failures)</td></tr>\n"
        }
        html += "</table></div>\n"
        if record.points.count > entries.count {
            html += "<p class=\"note\">\(record.points.count - entries.count) more points in points.csv (catallax report --top N shows more).</p>\n"
        }
        return html
    }

    /// The run's facts: spec, hash, seed, engine, machine, threads, time, throughput, failures.
    func factsHTML() -> String {
        let t = record.timing
        let reduction = record.reduction
        let runs = reduction.runCount
        let kept = Set(paths.keys.map(\.replicate)).count
        var rows: [(String, String)] = [
            ("sweep", "\(record.name) (scenario \(record.scenario.name))"),
            ("spec file", record.specFile),
            ("spec hash", record.specHash),
            ("seed", "\(record.seed)"),
            ("design", "\(record.points.count) points × \(record.replicatesText) = \(runs) runs"
                + (record.shard == .whole ? "" : "; this folder holds shard \(record.shard): \(runs) runs")),
            ("objective", "mean \(labels.name(reduction.objective)), \(record.order == .ascending ? "lowest" : "highest") first"),
            ("price paths kept", kept > 0 ? "replicates 0–\(kept - 1) of every point (\(paths.count) paths, paths.csv)" : "none"),
            ("engine", "catallax \(t.engineVersion)"),
            ("machine", "\(t.cpu), \(t.cores) cores"),
            ("threads", "\(t.threads) threads, lane width \(t.laneWidth), batches of \(t.batchSize) replicates"),
            ("wall time", "\(NumberText.significant(t.wallSeconds)) s" + (t.resumedRuns > 0 ? " (this process; \(t.resumedRuns) runs resumed from the journal)" : "")),
            ("throughput", "\(NumberText.significant(t.agentStepsPerSecond)) agent-steps/s"),
            ("failures", "\(reduction.failedRuns) of \(runs) runs failed"),
        ]
        let failed = record.firstFailures
        if !failed.isEmpty {
            let shown = failed.map { "point \($0.run.point) replicate \($0.run.replicate): \($0.failure)" }
            let more = reduction.failedRuns - failed.count
            rows.append(("failed runs", shown.joined(separator: "; ") + (more > 0 ? "; … (\(more) more in runs.csv)" : "")))
        }
        return ReportPage.factsHTML(rows.map { ($0, $1, $0 == "failures" && reduction.failedRuns > 0) })
            + ReportPage.detailsHTML(summary: "The spec as read", text: record.specText)
    }
}
