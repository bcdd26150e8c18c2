import CatallaxReport

extension OptimizationReport {
    /// The page: the search's facts, its finalists and block bests, then the
    /// charts, each inline with a caption linking its `.svg` file.
    func page(_ figures: [Figure]) -> ReportPage {
        let best = record.best
        let direction = spec.order == .ascending ? "lowest" : "highest"
        let constraints = spec.constraints.count + spec.designConstraints.count
        let chartSections: [(id: String, heading: String, note: String)] = [
            ("convergence", "Convergence", "How the best candidate improved as the search spent its runs."),
            ("search-path", "Search path", "Where the search went in the \(blockName(pathBlock)) block."),
            ("pareto-front", "Pareto front", "The trade-off between the two objectives among the feasible candidates."),
        ]
        var sections = [
            ReportPage.Section(id: "facts", heading: "The search", body: factsHTML()),
            ReportPage.Section(id: "finalists", heading: "Finalists and block bests", body: finalistsHTML()),
        ]
        for chart in chartSections {
            let drawn = figures.filter { $0.id == chart.id }
            guard !drawn.isEmpty else { continue }
            sections.append(.init(id: chart.id, heading: chart.heading, body: ReportPage.figuresHTML(drawn, note: chart.note)))
        }
        return ReportPage(
            title: spec.spaces.name, kind: "search report",
            summary: "\(methodName) search of the \(spec.spaces.scenario.name) scenario for the \(direction) "
                + "\(spec.statistic.rawValue) \(labels.name(spec.objective)) under \(constraints) constraint\(constraints == 1 ? "" : "s"): "
                + "\(record.rows.count) candidates, \(best.runs) runs.",
            sections: sections,
            footer: "Written by catallax from evaluations.csv, best.json\(spec.secondObjective == nil ? "" : " and pareto.csv") of this folder; "
                + "numbers with 3 significant digits, exact values in those files.")
    }

    /// The method as people name it.
    var methodName: String {
        switch spec.method {
        case .cmaES: "CMA-ES"
        case .random: "Random"
        case .latinHypercube: "Latin hypercube"
        }
    }

    /// The search's facts: spec, method, budget, what it spent, the winner and how sure its selection is.
    func factsHTML() -> String {
        let best = record.best
        let rows = record.rows
        let count = { (status: EvaluationRow.Status) in rows.filter { $0.status == status }.count }
        let constraintText = spec.designConstraints.map { "\($0.quantity) \($0.side == .atLeast ? "≥" : "≤") \(NumberText.compact($0.bound)) (design)" }
            + spec.constraints.map { "\($0.metric.name) \($0.statistic.rawValue) \($0.side == .atLeast ? "≥" : "≤") \(NumberText.compact($0.bound))" }
        var facts: [(name: String, value: String, bad: Bool)] = [
            ("search", "\(spec.spaces.name) (scenario \(spec.spaces.scenario.name))", false),
            ("spec file", best.spec, false),
            ("spec hash", best.specHash, false),
            ("seed", "\(spec.spaces.seed)", false),
            ("method", methodName + (spec.method == .cmaES ? ", restarts \(spec.restarts.rawValue)" : ""), false),
            ("objective", "\(spec.statistic.rawValue) of \(labels.name(spec.objective)), \(spec.order == .ascending ? "lowest" : "highest") best"
                + (spec.secondObjective.map { "; second: \(labels.name($0)), \(spec.secondOrder == .ascending ? "lowest" : "highest") best" } ?? ""), false),
            ("constraints", constraintText.isEmpty ? "none" : constraintText.joined(separator: "; "), false),
            ("blocks", (0..<spec.spaces.points.count).map { block in
                blockName(block) + ": " + spec.spaces.searchBounds(ofBlock: block).map { bound in
                    "\(labels.symbol(bound.key)) \(NumberText.compact(bound.from)) … \(NumberText.compact(bound.to))\(bound.isGeometric ? " (geometric)" : "")"
                }.joined(separator: ", ")
            }.joined(separator: "; "), false),
            ("budget", "\(spec.budget) runs; \(spec.replicates) replicates per candidate first, raced up to \(spec.maxReplicates)", false),
            ("runs spent", "\(best.runs) on the search and the selection" + (best.objective.map { ", \($0.replicates) re-measuring the winner" } ?? ""), false),
            ("candidates", "\(rows.count): \(count(.feasible)) feasible, \(count(.infeasible)) infeasible, \(count(.undecided)) undecided, "
                + "\(count(.refused)) refused (not valid points)", false),
        ]
        if let winner = best.candidate, rows.indices.contains(winner) {
            facts.append(("winner", "candidate \(winner), \(blockName(rows[winner].block)) block: \(describe(rows[winner]))", false))
        } else {
            facts.append(("winner", "none: no candidate met the constraints", true))
        }
        if let fresh = best.objective {
            facts.append(("on fresh streams", "mean \(labels.name(spec.objective)) \(Self.meanText(fresh.mean, fresh.ciLow, fresh.ciHigh)) "
                          + "over \(fresh.replicates) replicates (seed \(best.freshSeed ?? "?"))", fresh.failures > 0))
        }
        if let search = best.searchObjective {
            facts.append(("on the search's streams", "mean \(Self.meanText(search.mean, search.ciLow, search.ciHigh)) over \(search.replicates) replicates", false))
        }
        for constraint in best.constraints {
            let interval = constraint.ciLow.flatMap { low in constraint.ciHigh.map { " [\(NumberText.significant(low)), \(NumberText.significant($0))]" } } ?? ""
            facts.append(("fresh \(constraint.metric)", "\(constraint.statistic) \(constraint.value.map { NumberText.significant($0) } ?? "–")\(interval): "
                          + constraint.judgement, constraint.judgement != "feasible"))
        }
        let s = best.selection
        let apcs = s.approximateProbabilityOfCorrectSelection.map { "; APCS-B \(NumberText.significant($0))" } ?? ""
        facts.append(("selection", s.procedure == "kim-nelson"
                      ? "Kim–Nelson among \(s.finalists.count) finalists, δ = \(NumberText.significant(s.indifferenceZone)): \(s.guarantee)"
                      : s.guarantee, false))
        facts.append(("probability of correct selection",
                      (best.probabilityCorrectSelection.map { "≥ \(NumberText.compact($0))" } ?? "–") + apcs, false))
        return ReportPage.factsHTML(facts) + ReportPage.detailsHTML(summary: "The spec as read", text: record.specText)
    }

    /// The finalists (best first by their search statistic) and each block's best, the winner shaded.
    func finalistsHTML() -> String {
        let best = record.best
        var roles: [(candidate: Int, role: String)] = best.selection.finalists.enumerated().map { ($1, "finalist \($0 + 1)") }
        for (block, candidate) in best.blockBests.enumerated() {
            guard let candidate else { continue }
            if let i = roles.firstIndex(where: { $0.candidate == candidate }) {
                roles[i].role += ", best of \(blockName(block))"
            } else {
                roles.append((candidate, "best of \(blockName(block))"))
            }
        }
        let ownStatistic = spec.statistic != .mean
        var header = ["role", "candidate", "block", "parameters", "replicates", "mean \(labels.name(spec.objective))"]
        if ownStatistic { header.append("\(spec.statistic.rawValue) \(labels.name(spec.objective))") }
        header.append("judgement")
        var marked = Set<Int>()
        let table = roles.enumerated().compactMap { (r, entry) -> [(text: String, small: String?)]? in
            guard record.rows.indices.contains(entry.candidate) else { return nil }
            let row = record.rows[entry.candidate]
            if entry.candidate == best.candidate { marked.insert(r) }
            let interval = row.ciLow.flatMap { low in row.ciHigh.map { "\(NumberText.significant(low)) – \(NumberText.significant($0))" } }
            var cells: [(text: String, small: String?)] = [
                (entry.role + (entry.candidate == best.candidate ? " (winner)" : ""), nil), ("\(row.candidate)", nil),
                (blockName(row.block), nil), (describe(row), nil), ("\(row.replicates)", nil),
                (row.mean.map { NumberText.significant($0) } ?? "–", interval),
            ]
            if ownStatistic { cells.append((row.statistic.map { NumberText.significant($0) } ?? "–", nil)) }
            cells.append((row.status.rawValue, nil))
            return cells
        }
        let note = "<p class=\"note\">The candidates compared by the final selection, in the order they entered it (best first by "
            + "their \(spec.statistic.rawValue) then), and each block's best, with the replicates and statistics they ended with; "
            + "under each mean its 95% confidence interval.</p>\n"
        let numeric: Set<Int> = Set([1, 4, 5] + (ownStatistic ? [6] : []))
        return table.isEmpty ? note + "<p class=\"note\">No candidate met the constraints.</p>\n"
            : note + ReportPage.tableHTML(header: header, numeric: numeric, rows: table, marked: marked)
    }
}
