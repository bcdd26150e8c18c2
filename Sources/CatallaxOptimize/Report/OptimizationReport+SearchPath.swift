import CatallaxReport
import CatallaxSweep

extension OptimizationReport {
    /// The block the search path shows: the winner's, else the first.
    var pathBlock: Int { record.best.block ?? 0 }

    /// The searched parameters of `block` ordered by importance: largest
    /// `|ρ|` first, ρ Spearman's rank correlation of the parameter with the
    /// objective statistic over the block's feasible candidates; ties (and
    /// NaN, with fewer than three feasible candidates) in the spec's order.
    func rankedBounds(ofBlock block: Int) -> [(bound: SweepSpec.SearchBound, rho: Double)] {
        let feasible = record.rows.filter { $0.block == block && $0.status == .feasible && $0.statistic != nil }
        let ranked = spec.spaces.searchBounds(ofBlock: block).map { bound in
            let pairs = feasible.compactMap { row in row.value(bound.key).map { ($0, row.statistic!) } }
            return (bound: bound, rho: RankCorrelation.spearman(pairs.map(\.0), pairs.map(\.1)))
        }
        let weight = { (rho: Double) in rho.isNaN ? -1 : abs(rho) }
        return ranked.enumerated().sorted { a, b in
            weight(a.element.rho) > weight(b.element.rho) || (weight(a.element.rho) == weight(b.element.rho) && a.offset < b.offset)
        }.map(\.element)
    }

    /// Every candidate of the winner's block in the plane of its two most
    /// important searched parameters (``rankedBounds(ofBlock:)``), coloured
    /// by generation, shaped by judgement, the winner highlighted; with one
    /// searched parameter, the objective's mean (with its 95% interval)
    /// against it instead.
    func searchPathFigure() -> Figure {
        let block = pathBlock
        let rows = record.rows.filter { $0.block == block }
        let ranked = rankedBounds(ofBlock: block)
        let family = spec.spaces.points[block].parameters.family
        let lastGeneration = max(1, rows.map(\.generation).max() ?? 0)
        func color(_ row: EvaluationRow) -> Color { ColorMap.viridis.color(at: 0.85 * Double(row.generation) / Double(lastGeneration)) }
        let x = ranked[0].bound
        let y = ranked.count > 1 ? ranked[1].bound : nil
        func mark(_ row: EvaluationRow) -> ScatterChart.Mark? {
            guard let u = row.value(x.key) else { return nil }
            let tooltip = "candidate \(row.candidate), generation \(row.generation), \(row.status.rawValue): \(describe(row))"
                + (row.mean.map { _ in "; mean \(Self.meanText(row.mean, row.ciLow, row.ciHigh))" } ?? "")
                + (row.refusal.isEmpty ? "" : "; \(row.refusal)")
            if let y {
                guard let v = row.value(y.key) else { return nil }
                return ScatterChart.Mark(x: u, y: v, color: color(row), tooltip: tooltip)
            }
            guard let mean = row.mean else { return nil }
            return ScatterChart.Mark(x: u, y: mean, yLow: row.ciLow, yHigh: row.ciHigh, color: color(row), tooltip: tooltip)
        }
        let groups: [(role: String, name: String, symbol: ScatterChart.Symbol, members: [EvaluationRow])] = [
            ("feasible", "feasible", .marker(.circle), rows.filter { $0.status == .feasible }),
            ("infeasible", "infeasible, undecided", .ring, rows.filter { $0.status == .infeasible || $0.status == .undecided }),
            ("refused", "refused", .cross, rows.filter { $0.status == .refused }),
        ]
        var layers = groups.map { group in
            ScatterChart.Layer(role: group.role, name: group.name, color: Palette.muted, symbol: group.symbol, size: 3.5,
                               errorBars: y == nil, marks: group.members.compactMap { mark($0) })
        }
        if let winner = record.best.candidate, let row = record.rows.first(where: { $0.candidate == winner }), let marked = mark(row) {
            var highlighted = marked
            highlighted.color = Self.highlight
            layers.append(.init(role: "winner", name: "winner", color: Self.highlight, symbol: .marker(.diamond), size: 6.5, marks: [highlighted]))
        }
        // The generation colour key: first, middle and last generation.
        for generation in Set([0, lastGeneration / 2, lastGeneration]).sorted() {
            layers.append(.init(role: "key-\(generation)", name: "generation \(generation)",
                                color: ColorMap.viridis.color(at: 0.85 * Double(generation) / Double(lastGeneration)),
                                symbol: .marker(.circle), marks: []))
        }
        let drawn = layers.prefix(3).reduce(0) { $0 + $1.marks.count }
        let name = { (bound: SweepSpec.SearchBound) in labels.nameAndUnit(bound.key, family: family).0 }
        let rho = { (r: Double) in r.isNaN ? "ρ undefined" : "ρ = \(NumberText.significant(r, digits: 2))" }
        var chart = ScatterChart(
            title: "Search path: \(blockName(block)) block",
            subtitle: "\(rows.count) candidates in \(lastGeneration + 1) generations; colour: generation",
            xTitle: labels.title(x.key, family: family),
            yTitle: y.map { labels.title($0.key, family: family) } ?? "mean \(labels.title(spec.objective))", layers: layers)
        chart.xMode = x.isGeometric ? .logarithmic : .linear
        chart.xExtent = [x.from, x.to]
        if let y {
            chart.yMode = y.isGeometric ? .logarithmic : .linear
            chart.yExtent = [y.from, y.to]
        }
        let what: String
        if let y {
            what = "at its values of \(name(x)) and \(name(y)), the two searched parameters with the largest |Spearman rank correlation| "
                + "with the objective \(spec.statistic.rawValue) over the block's feasible candidates (\(rho(ranked[0].rho)), \(rho(ranked[1].rho))"
                + (ranked.count > 2 ? "; the other \(ranked.count - 2) are not shown" : "") + ")"
        } else {
            what = "its mean \(labels.name(spec.objective)) (with its 95% interval) against \(name(x)), the one searched parameter"
        }
        return Figure(
            id: "search-path",
            caption: "Every candidate of the \(blockName(block)) block drawn (\(drawn) of \(rows.count)) \(what); "
                + "colour: generation, dark early, light late; filled: meets every constraint; ring: misses one or is undecided; "
                + "×: refused (not a valid point)\(y == nil ? ", not drawn: no objective" : ""); red diamond: the winner"
                + (x.isGeometric || y?.isGeometric == true ? "; geometric ranges on a logarithmic axis." : "."),
            canvas: chart.canvas())
    }
}
