import CatallaxReport
import CatallaxSweep

extension OptimizationReport {
    /// The trade-off between the objective and the second objective: every
    /// feasible candidate in grey, the Pareto front (``ParetoFile``) as a
    /// step line through its points, each with both 95% intervals as error bars.
    ///
    /// ```
    /// corner between front points p, q = (worse of xₚ, x_q; worse of yₚ, y_q)
    /// ```
    /// so the steps bound the region the front's points dominate.
    func paretoFigure() -> Figure {
        let second = spec.secondObjective!
        let feasible = record.rows.filter { $0.status == .feasible && $0.mean != nil && $0.secondMean != nil }
        let front: [EvaluationRow] = record.front.map { record.rows[$0] }
            .filter { $0.mean != nil && $0.secondMean != nil }.sorted { $0.mean! < $1.mean! }
        func tooltip(_ row: EvaluationRow) -> String {
            "candidate \(row.candidate): \(describe(row)); \(labels.name(spec.objective)) \(Self.meanText(row.mean, row.ciLow, row.ciHigh)), "
                + "\(labels.name(second)) \(Self.meanText(row.secondMean, row.secondLow, row.secondHigh))"
        }
        func worse(_ a: Double, _ b: Double, _ order: ObjectiveOrder) -> Double { order == .ascending ? max(a, b) : min(a, b) }
        var stairs: [ScatterChart.Mark] = []
        for (p, q) in zip(front, front.dropFirst()) {
            stairs.append(.init(x: p.mean!, y: p.secondMean!))
            stairs.append(.init(x: worse(p.mean!, q.mean!, spec.order), y: worse(p.secondMean!, q.secondMean!, spec.secondOrder)))
        }
        if let last = front.last { stairs.append(.init(x: last.mean!, y: last.secondMean!)) }
        let layers: [ScatterChart.Layer] = [
            .init(role: "feasible", name: "feasible candidates", color: Color(hex: "#b8b8b8"), symbol: .marker(.circle), size: 2.5,
                  marks: feasible.map { .init(x: $0.mean!, y: $0.secondMean!, tooltip: tooltip($0)) }),
            .init(role: "front-line", name: nil, color: Palette.text, symbol: .none, lineWidth: 1.5, marks: stairs),
            .init(role: "front", name: "Pareto front", color: Palette.accent, symbol: .marker(.circle), size: 4.5, errorBars: true,
                  marks: front.map { .init(x: $0.mean!, y: $0.secondMean!, xLow: $0.ciLow, xHigh: $0.ciHigh, yLow: $0.secondLow,
                                           yHigh: $0.secondHigh, tooltip: tooltip($0)) }),
        ]
        let direction = { (order: ObjectiveOrder) in order == .ascending ? "lower" : "higher" }
        var chart = ScatterChart(
            title: "Pareto front: \(labels.name(spec.objective)) and \(labels.name(second))",
            subtitle: "\(front.count) points on the front of \(feasible.count) feasible candidates; "
                + "better: \(direction(spec.order)) \(labels.name(spec.objective)), \(direction(spec.secondOrder)) \(labels.name(second))",
            xTitle: "mean \(labels.title(spec.objective))", yTitle: "mean \(labels.title(second))", layers: layers)
        // Linear, so that equal steps along the front look equal; a log axis would crush the front into a corner.
        (chart.xMode, chart.yMode) = (.linear, .linear)
        return Figure(
            id: "pareto-front",
            caption: "Every feasible candidate's mean \(labels.name(spec.objective)) and mean \(labels.name(second)) (grey); the front "
                + "(pareto.csv: no feasible candidate is better on both) as a step line, each point with both 95% confidence intervals. "
                + "It is the front of what the search evaluated, led by the first objective.",
            canvas: chart.canvas())
    }
}
