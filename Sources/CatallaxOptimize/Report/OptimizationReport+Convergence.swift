import CatallaxReport

extension OptimizationReport {
    /// The best feasible candidate found so far against the runs spent:
    /// one step line per block (with its 95% band) and, with several
    /// blocks, the overall one dashed; the winner re-measured on fresh
    /// streams as a point with its interval.
    ///
    /// ```
    /// incumbent(t) = argbest { statistic(c) : c feasible, runs(c) ≤ t }   (statistics as the search left them)
    /// ```
    /// `runs(c)` is the file's `cumulative_runs`: the runs spent once the
    /// first replicates of `c`'s generation had run. Each candidate's
    /// statistics are its final ones (racing may have added replicates later).
    func convergenceFigure() -> Figure {
        let blocks = spec.spaces.points.count
        let colors = ColorMap.viridis.colors(count: blocks)
        let best = record.best
        var layers: [ScatterChart.Layer] = []
        for block in 0..<blocks {
            let rows = record.rows.filter { $0.block == block }
            let (stairs, improvements) = incumbentSteps(rows, end: blocks == 1 ? best.runs : rows.last?.cumulativeRuns)
            layers.append(.init(role: "block-\(block)", name: blockName(block), color: colors[block], symbol: .none, lineWidth: 2,
                                band: true, marks: stairs))
            layers.append(.init(role: "block-\(block)-improvements", name: nil, color: colors[block],
                                symbol: .marker(MarkerShape.allCases[block % MarkerShape.allCases.count]), size: 3.5, marks: improvements))
        }
        if blocks > 1 {
            layers.append(.init(role: "overall", name: "overall", color: Palette.text, symbol: .none, lineWidth: 1.5, dash: "6 4",
                                marks: incumbentSteps(record.rows, end: best.runs).stairs))
        }
        var freshText = "no winner to re-measure"
        if let fresh = best.objective, let mean = fresh.mean {
            freshText = "the diamond is the winner re-measured on \(fresh.replicates) fresh replicates, with its 95% interval"
            let mark = ScatterChart.Mark(x: Double(best.runs + fresh.replicates), y: mean, yLow: fresh.ciLow, yHigh: fresh.ciHigh,
                                         tooltip: "winner on fresh streams: \(Self.meanText(mean, fresh.ciLow, fresh.ciHigh))")
            layers.append(.init(role: "fresh", name: "winner, fresh streams", color: Self.highlight, symbol: .marker(.diamond), size: 5.5,
                                errorBars: true, marks: [mark]))
        }
        let metric = labels.name(spec.objective)
        let by = spec.statistic == .mean ? "" : " (chosen by its \(spec.statistic.rawValue))"
        var chart = ScatterChart(
            title: "Convergence: best \(metric) found so far",
            subtitle: "\(spec.method.rawValue), \(record.rows.count) candidates, \(best.runs) runs; incumbent\(by): feasible, best so far",
            xTitle: "runs spent", yTitle: "mean \(labels.title(spec.objective))", layers: layers)
        chart.xMode = .linear
        chart.legendTitle = blocks > 1 ? "block" : nil
        chart.bandLabel = "95% CI of its mean"
        return Figure(
            id: "convergence",
            caption: "The best feasible candidate so far\(by) against the runs the search had spent when it was evaluated "
                + "(each candidate with the statistics it ended with): its mean \(metric), one line per block"
                + (blocks > 1 ? " and the overall best dashed" : "") + "; shaded: the 95% confidence interval of that mean; \(freshText).",
            canvas: chart.canvas())
    }

    /// The incumbent of `rows` (in order) as a step line — a corner at each
    /// improvement, held until `end` runs — and the improvements as marks.
    func incumbentSteps(_ rows: [EvaluationRow], end: Int?) -> (stairs: [ScatterChart.Mark], improvements: [ScatterChart.Mark]) {
        func mark(_ row: EvaluationRow, at x: Double, tooltip: String? = nil) -> ScatterChart.Mark {
            ScatterChart.Mark(x: x, y: row.mean!, yLow: row.ciLow, yHigh: row.ciHigh, tooltip: tooltip)
        }
        var stairs: [ScatterChart.Mark] = [], improvements: [ScatterChart.Mark] = []
        var incumbent: EvaluationRow?
        for row in rows where row.status == .feasible && row.mean != nil {
            guard let value = row.statistic else { continue }
            if let held = incumbent, !better(value, than: held.statistic!) { continue }
            let x = Double(row.cumulativeRuns)
            if let held = incumbent { stairs.append(mark(held, at: x)) }
            stairs.append(mark(row, at: x))
            improvements.append(mark(row, at: x, tooltip: "candidate \(row.candidate) after \(row.cumulativeRuns) runs: \(describe(row)); "
                                     + "mean \(Self.meanText(row.mean, row.ciLow, row.ciHigh))"))
            incumbent = row
        }
        if let held = incumbent, let end, Double(end) > stairs.last!.x { stairs.append(mark(held, at: Double(end))) }
        return (stairs, improvements)
    }
}
