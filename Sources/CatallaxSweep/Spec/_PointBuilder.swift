import CatallaxModel

/// Expands a decoded header into points: for each block, its own
/// assignments over the global `[fixed]` values, then the anchor, then one
/// `ScenarioParameters(_:assigning:)` per point, whose errors are
/// mapped back to the key path that set the offending value. The points
/// are kept as their blocks' designs (``SweepPoints``) and built from them
/// when read: a million built points would hold a gigabyte.
struct _PointBuilder: Sendable {
    /// The decoded top level.
    let header: _SpecHeader
    /// The scenario's keys.
    let keys: _ScenarioKeys

    /// A builder of `header`'s points.
    init(header: _SpecHeader) {
        self.header = header
        keys = _ScenarioKeys(header.scenario)
    }

    /// One point before the sweep-wide columns are known.
    struct _Draft: Sendable {
        var block: Int
        var parameters: ScenarioParameters
        /// The keys the block set for this point, formatted, in block order.
        var own: [(key: String, value: String)]
    }

    /// What a block assigns at one point: every assignment in the order the
    /// parameters take them, and those the block set itself (its own, then
    /// the anchored levels).
    struct _Assigned: Sendable {
        var all: [_Assignment]
        var blockSet: [_Assignment]

        /// The assignments by key, later ones winning (those the parameters keep): for naming the key path of a bad value.
        var merged: [String: _Assignment] { Dictionary(all.map { ($0.key, $0) }) { _, later in later } }
    }

    /// The sweep's points, compact: each block's design, not yet built.
    /// Sizes are checked here; each point's parameters are checked by
    /// ``SweepPoints/check(metrics:_:)``, which the spec's hash runs.
    /// - Throws: ``SpecError`` for a sweep of too many points or runs.
    func points() throws(SpecError) -> SweepPoints {
        var total = 0
        for block in header.blocks {
            let (sum, overflow) = total.addingReportingOverflow(block.pointCount)
            guard !overflow, sum <= _SpecBlock.maximumPoints else {
                throw .outOfDomain(file: header.file, keyPath: block.path, value: "a sweep of more than \(_SpecBlock.maximumPoints) points",
                                   allowed: "at most \(_SpecBlock.maximumPoints) points in a sweep")
            }
            total = sum
        }
        if total > _SpecHeader.maximumRuns / header.replicates {
            throw .outOfDomain(file: header.file, keyPath: "replicates", value: "\(header.replicates) replicates of \(total) points",
                               allowed: "at most \(_SpecHeader.maximumRuns) runs (points × replicates) in one sweep; split it into several sweeps")
        }
        if let most = header.precision?.maxReplicates, total > _SpecHeader.maximumRuns / most {
            throw .outOfDomain(file: header.file, keyPath: "precision.max_replicates", value: "\(most) replicates of \(total) points",
                               allowed: "at most \(_SpecHeader.maximumRuns) runs (points × max_replicates) in one sweep; split it into several sweeps")
        }
        let values = header.blocks.map { $0.boundValues(seed: header.seed) }
        var starts = [0]
        for block in header.blocks { starts.append(starts[starts.count - 1] + block.pointCount) }
        return SweepPoints(builder: self, boundValues: values, starts: starts, columns: columns(boundValues: values))
    }

    /// The coordinate columns: every key a block sets at some point (its
    /// own keys, the same at each of its points, and the levels its anchor
    /// solves), in order of first appearance over the points.
    func columns(boundValues: [[Double]]) -> [String] {
        var columns: [String] = []
        var seen = Set<String>()
        for (b, block) in header.blocks.enumerated() where block.pointCount > 0 {
            let first = block.assignments(ofPoint: 0, boundValues: boundValues[b])
            for key in first.map(\.key) where seen.insert(key).inserted { columns.append(key) }
            guard block.anchor != nil else { continue }
            // The anchor solves the levels of the point's family: only a grid's points can differ in family (bounds are numbers).
            let varies = block.design == nil && !block.isSearchSpace
            for j in 0..<(varies ? block.pointCount : 1) {
                // A point that cannot be assigned is reported by the check that follows, in order.
                let assigned = try? assigned(block: block, own: block.assignments(ofPoint: j, boundValues: boundValues[b]))
                for key in (assigned?.blockSet ?? []).map(\.key) where seen.insert(key).inserted { columns.append(key) }
            }
        }
        return columns
    }

    /// The point's value in each of `columns`: the text the block set where
    /// it set one (its first), else the point's own (`keyed`, asked only
    /// then), empty where the point has no such key.
    func coordinates(columns: [String], own: [(key: String, value: String)],
                     keyed: () -> [(key: String, value: String)]) -> [(key: String, value: String)] {
        var texts: [(key: String, value: String)]?
        return columns.map { key in
            if let set = own.first(where: { $0.key == key }) { return (key: key, value: set.value) }
            if texts == nil { texts = keyed() }
            return (key: key, value: texts?.first { $0.key == key }?.value ?? "")
        }
    }

    /// Refuses a metric (the objective, the precision's) that some point does not report.
    /// - Parameter missing: the first point that does not report it, if any.
    /// - Throws: ``SpecError/inconsistent(file:keyPath:value:allowed:)`` naming `keyPath`.
    func requireEveryPoint(reports metric: Metric, missing: SweepPoint?, keyPath: String, role: String) throws(SpecError) {
        guard let missing else { return }
        let reported = missing.parameters.reportedMetrics.map(\.name).joined(separator: ", ")
        let why = metric.condition.map {
            "\(metric.name) exists only at points with \($0); make every point have it (in [fixed] or in every block)"
        } ?? "\(role) must be a metric every point reports; point \(missing.index) reports \(reported)"
        throw .inconsistent(file: header.file, keyPath: keyPath,
                            value: "\"\(metric.name)\" at point \(missing.index) (block[\(missing.block)])", allowed: why)
    }

    /// One checked point of `block` with the block's assignments `own`.
    /// - Throws: ``SpecError`` naming the key path that set the bad value.
    func draft(block: _SpecBlock, own: [_Assignment]) throws(SpecError) -> _Draft {
        let assigned = try assigned(block: block, own: own)
        return _Draft(block: block.index, parameters: try parameters(assigned, block: block), own: formatted(assigned.blockSet))
    }

    /// `assignments` as result files spell them.
    func formatted(_ assignments: [_Assignment]) -> [(key: String, value: String)] {
        assignments.map { ($0.key, keys.format($0.value, key: $0.key)) }
    }

    /// The assignments of `block` with its own `own` over the file's
    /// `[fixed]` values, and the anchor's levels.
    /// - Throws: ``SpecError/conflict(file:keyPath:otherKeyPath:allowed:)`` from the anchor.
    func assigned(block: _SpecBlock, own: [_Assignment]) throws(SpecError) -> _Assigned {
        // A handful of keys a point: searched in place, not hashed (this runs a few times for every point).
        var assignments = header.fixed.filter { fixed in !own.contains { $0.key == fixed.key } } + own
        var blockSet = own
        if let anchor = block.anchor {
            let anchored = try anchorAssignments(anchor, own: own)
            assignments += anchored
            blockSet += anchored
        }
        return _Assigned(all: assignments, blockSet: blockSet)
    }

    /// The assignment of `key` in effect at a point of `own` (the block's
    /// over the file's `[fixed]`, the later of two), if any.
    func assignment(_ key: String, own: [_Assignment]) -> _Assignment? {
        own.last { $0.key == key } ?? header.fixed.last { $0.key == key }
    }

    /// The family a point of `own` names (or the default's), if the
    /// scenario has families; `nil` also when the named word is no family's.
    func family(own: [_Assignment]) -> ParameterFamily? {
        guard let families = header.scenario.families else { return nil }
        switch assignment(families.key, own: own)?.value ?? keys.descriptors.first(where: { $0.key == families.key })?.defaultValue {
        case .word(let word)?: return families.family(word)
        case .number?, nil: return nil
        }
    }

    /// The checked parameters `assigned` gives.
    /// - Throws: ``SpecError`` naming the key path that set the bad value.
    func parameters(_ assigned: _Assigned, block: _SpecBlock) throws(SpecError) -> ScenarioParameters {
        do {
            return try ScenarioParameters(header.scenario, assigning: assigned.all.map { ($0.key, $0.value) })
        } catch {
            throw specError(error, merged: assigned.merged, block: block)
        }
    }

    /// The level assignments the scenario's level rule solves for the
    /// anchor's target (for a curve, its levels such that `f(s_init) = p`).
    ///
    /// When the family is not a known word, nothing is anchored and the
    /// point's build reports the bad value.
    /// - Throws: ``SpecError/conflict(file:keyPath:otherKeyPath:allowed:)``
    ///   when the scenario has no level rule or the file sets a level the
    ///   anchor solves for.
    func anchorAssignments(_ anchor: _Anchor, own: [_Assignment]) throws(SpecError) -> [_Assignment] {
        let scenario = header.scenario
        guard let families = scenario.families, let rule = families.levelRule else {
            throw .conflict(file: header.file, keyPath: anchor.keyPath, otherKeyPath: "scenario",
                            allowed: "an anchor solves the level parameters of a family that has a level rule; scenario \"\(scenario.name)\" has no level rule, remove the anchor")
        }
        guard let family = family(own: own) else { return [] }
        for key in family.levelKeys {
            if let set = assignment(key, own: own) {
                throw .conflict(file: header.file, keyPath: set.keyPath, otherKeyPath: anchor.keyPath,
                                allowed: "the anchor solves \(family.levelKeys.joined(separator: " and ")) of a \(family.word) \(families.key) so that \(rule.goal(for: anchor.price)); set them by hand or anchor, not both")
            }
        }
        func number(_ key: String) -> Double? {
            switch assignment(key, own: own)?.value {
            case .number(let x)?: x
            case .word?: nil
            case nil: keys.defaultNumber(key, family: family)
            }
        }
        var inputs: [String: Double] = [:]
        for key in rule.inputs(family.word) {
            guard let x = number(key) else { return [] }
            inputs[key] = x
        }
        return rule.solve(family.word, inputs, anchor.price).map {
            _Assignment(key: $0.key, value: .number($0.value), keyPath: anchor.keyPath)
        }
    }

    /// A parameter error at one point as a spec error at the key path that
    /// set the value.
    func specError(_ error: ParameterError, merged: [String: _Assignment], block: _SpecBlock) -> SpecError {
        let file = header.file
        func path(_ key: String) -> String { merged[key]?.keyPath ?? block.path }
        func shown(_ key: String, _ value: String) -> String {
            if let anchor = block.anchor, merged[key]?.keyPath == anchor.keyPath, let rule = header.scenario.families?.levelRule {
                return "\(key) = \(value) (solved so that \(rule.goal(for: anchor.price)))"
            }
            return value
        }
        switch error {
        case let .unknownKey(key, allowed, suggestion):
            return .unknownKey(file: file, keyPath: path(key), allowed: allowed, suggestion: suggestion)
        case let .outOfDomain(key, value, allowed):
            return .outOfDomain(file: file, keyPath: path(key), value: shown(key, value), allowed: allowed)
        case let .inconsistent(names, reason):
            let values = names.map { key in "\(key) = \(merged[key].map { keys.format($0.value, key: key) } ?? "its default")" }
            let firstSet = names.first { merged[$0] != nil } ?? names.first ?? ""
            return .inconsistent(file: file, keyPath: path(firstSet), value: values.joined(separator: " and "), allowed: reason)
        case let .unknownScenario(name, allowed):
            return .unknownChoice(file: file, keyPath: "scenario", value: name, allowed: allowed, suggestion: nil)
        }
    }
}
