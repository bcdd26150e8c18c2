import CatallaxModel
import CatallaxSweep
import Foundation

extension OptimizeSpec {
    /// Reads and checks the search spec at `path`.
    /// - Throws: ``SpecError`` naming the file and the key: every error of a
    ///   sweep file, a block that is not a search space, and a bad
    ///   `[optimize]` table (unknown key, wrong type, a budget smaller than
    ///   one candidate, `max_replicates` below `replicates`, a constraint on
    ///   a metric the scenario does not report …).
    public static func load(contentsOf path: String) throws(SpecError) -> OptimizeSpec {
        try OptimizeSpec(spaces: SweepSpec.load(contentsOf: path, kind: .search(tables: ["optimize"])))
    }

    /// Decodes the `[optimize]` table of a spec read as search spaces.
    /// - Throws: ``SpecError``.
    public init(spaces: SweepSpec) throws(SpecError) {
        let file = spaces.file
        let root = _SpecTable(table: spaces.document, path: "", file: file)
        let tableAllowed = "a table [optimize] with method, budget and the search's settings"
        guard let table = try root.subtable("optimize", allowed: tableAllowed) else {
            throw .missingKey(file: file, keyPath: "optimize", allowed: tableAllowed)
        }
        try table.rejectUnknownKeys(allowed: Self.keys)
        self.spaces = spaces
        method = try table.choice("method", among: OptimizeMethod.allCases.map(\.rawValue)).flatMap(OptimizeMethod.init(rawValue:)) ?? .cmaES
        statistic = try table.choice("statistic", among: ObjectiveStatistic.allCases.map(\.rawValue))
            .flatMap(ObjectiveStatistic.init(rawValue:)) ?? .mean
        restarts = try table.choice("restarts", among: RestartStrategy.allCases.map(\.rawValue)).flatMap(RestartStrategy.init(rawValue:)) ?? .ipop

        func whole(_ key: String, default value: Int, from lower: Int, to upper: Int) throws(SpecError) -> Int {
            let allowed = "a whole number from \(lower) to \(upper)"
            guard let x = try table.integer(key, allowed: allowed) else { return value }
            guard (lower...upper).contains(x) else { throw .outOfDomain(file: file, keyPath: table.keyPath(key), value: "\(x)", allowed: allowed) }
            return x
        }
        let replicates = spaces.replicates
        let blocks = spaces.points.count
        budget = try whole("budget", default: 100 * replicates * blocks, from: 4 * replicates * blocks, to: 100_000_000)
        maxReplicates = try whole("max_replicates", default: 4 * replicates, from: replicates, to: 1_000_000)
        finalists = try whole("finalists", default: 4, from: 1, to: 64)
        finalReplicates = try whole("final_replicates", default: max(64, 2 * maxReplicates), from: 2, to: 1_000_000)
        let zoneAllowed = "a finite number > 0, in the objective's units"
        indifferenceZone = try table.real("indifference_zone", allowed: zoneAllowed) ?? 0
        if table.contains("indifference_zone"), !(indifferenceZone > 0) {
            throw .outOfDomain(file: file, keyPath: table.keyPath("indifference_zone"), value: "\(indifferenceZone)", allowed: zoneAllowed)
        }
        (constraints, designConstraints) = try Self._constraints(table, spaces: spaces)
        secondObjective = nil
        secondOrder = .ascending
        if table.contains("second_objective") {
            let second = try Self._metric(table, key: "second_objective", spaces: spaces)
            secondObjective = second
            secondOrder = try table.choice("second_order", among: ObjectiveOrder.allCases.map(\.rawValue)).flatMap(ObjectiveOrder.init(rawValue:))
                ?? (second.better == .higher ? .descending : .ascending)
        } else if table.contains("second_order") {
            throw .conflict(file: file, keyPath: table.keyPath("second_order"), otherKeyPath: table.keyPath("second_objective"),
                            allowed: "second_order orders a second_objective; give one or drop second_order")
        }
        for block in 0..<blocks where spaces.searchBounds(ofBlock: block).isEmpty {
            throw .missingKey(file: file, keyPath: "block[\(block)].bounds", allowed: "the bounds of at least one parameter to search")
        }
    }

    /// The `[[optimize.constraint]]` tables: each bounds a metric's statistic
    /// (`metric`, `statistic`) or a design quantity (`design`), from one side.
    static func _constraints(_ table: _SpecTable, spaces: SweepSpec) throws(SpecError) -> ([MetricConstraint], [DesignConstraint]) {
        let file = spaces.file
        let allowed = "an array of tables [[optimize.constraint]], each with metric or design, and at_least or at_most"
        guard let items = try table.array("constraint", allowed: allowed) else { return ([], []) }
        var metricConstraints: [MetricConstraint] = [], designConstraints: [DesignConstraint] = []
        for (i, item) in items.enumerated() {
            let path = table.keyPath("constraint[\(i)]")
            guard let raw = item.table else { throw .wrongType(file: file, keyPath: path, value: "\(item.typeName)", allowed: allowed) }
            let entry = _SpecTable(table: raw, path: path, file: file)
            try entry.rejectUnknownKeys(allowed: ["metric", "statistic", "design", "at_least", "at_most"])
            let (side, bound) = try _bound(entry)
            if entry.contains("design") {
                designConstraints.append(DesignConstraint(quantity: try _designQuantity(entry, spaces: spaces), side: side, bound: bound))
                continue
            }
            let metric = try _metric(entry, key: "metric", spaces: spaces)
            let statistic = try entry.choice("statistic", among: ObjectiveStatistic.allCases.map(\.rawValue))
                .flatMap(ObjectiveStatistic.init(rawValue:)) ?? .mean
            metricConstraints.append(MetricConstraint(metric: metric, statistic: statistic, side: side, bound: bound))
        }
        return (metricConstraints, designConstraints)
    }

    /// The one bound of a constraint table.
    static func _bound(_ entry: _SpecTable) throws(SpecError) -> (MetricConstraint.Side, Double) {
        let allowed = "a finite number"
        switch (try entry.real("at_least", allowed: allowed), try entry.real("at_most", allowed: allowed)) {
        case (let bound?, nil): return (.atLeast, bound)
        case (nil, let bound?): return (.atMost, bound)
        case (.some, .some):
            throw .conflict(file: entry.file, keyPath: entry.keyPath("at_most"), otherKeyPath: entry.keyPath("at_least"),
                            allowed: "a constraint has one bound; write two constraints for a range")
        case (nil, nil):
            throw .missingKey(file: entry.file, keyPath: entry.keyPath("at_least"), allowed: "at_least = <bound> or at_most = <bound>")
        }
    }

    /// The metric at `key` (a constraint's or the second objective): one the scenario reports at every search space's points.
    static func _metric(_ entry: _SpecTable, key: String, spaces: SweepSpec) throws(SpecError) -> Metric {
        let metrics = spaces.scenario.metrics.map(\.name)
        guard let name = try entry.choice(key, among: metrics), let metric = spaces.scenario.metric(named: name) else {
            throw .missingKey(file: entry.file, keyPath: entry.keyPath(key), allowed: "one of " + metrics.joined(separator: ", ") + ", or design = <quantity>")
        }
        if let point = spaces.points.first(where: { !$0.parameters.reportedMetrics.contains(metric) }) {
            throw .inconsistent(file: entry.file, keyPath: entry.keyPath(key), value: "\"\(name)\" at block[\(point.block)]",
                                allowed: "the metric must be reported at every point of every search space")
        }
        return metric
    }

    /// The design quantity a constraint bounds: one the scenario declares.
    static func _designQuantity(_ entry: _SpecTable, spaces: SweepSpec) throws(SpecError) -> String {
        let quantities = spaces.scenario.designQuantities.map(\.name)
        guard !quantities.isEmpty else {
            // The scenario declares no design quantity, so `design` means nothing here.
            throw .unknownKey(file: entry.file, keyPath: entry.keyPath("design"), allowed: ["metric", "statistic", "at_least", "at_most"],
                              suggestion: nil)
        }
        for key in ["metric", "statistic"] where entry.contains(key) {
            throw .conflict(file: entry.file, keyPath: entry.keyPath(key), otherKeyPath: entry.keyPath("design"),
                            allowed: "a design constraint bounds a quantity of the design, known without running; it has no metric or statistic")
        }
        return try entry.choice("design", among: quantities)!
    }
}
