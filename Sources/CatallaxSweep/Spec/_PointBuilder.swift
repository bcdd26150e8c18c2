import CatallaxModel

/// Expands a decoded header into checked points: for each block, its own
/// assignments over the global `[fixed]` values, then the anchor, then one
/// `ScenarioParameters(_:assigning:)` per point, whose errors are
/// mapped back to the key path that set the offending value.
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

    /// The points and the sweep-wide coordinate columns.
    /// - Throws: ``SpecError``.
    func points() throws(SpecError) -> (points: [SweepPoint], columns: [String]) {
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
        var drafts: [_Draft] = []
        drafts.reserveCapacity(total)
        for block in header.blocks {
            // Each point is built and checked on its own: over every core (the first bad point, in order, is reported).
            drafts += try _concurrentMap(block.expandedAssignments(seed: header.seed)) { (own) throws(SpecError) in
                try draft(block: block, own: own)
            }
        }
        var columns: [String] = []
        var seen = Set<String>()
        for draft in drafts {
            for (key, _) in draft.own where seen.insert(key).inserted { columns.append(key) }
        }
        let built = drafts, sweepColumns = columns
        let points = _concurrentMap(Array(built.indices)) { index in
            let draft = built[index]
            // The point's own texts only when the block leaves a column unset (keyedValues, as a list).
            var keyed: [(key: String, value: String)]?
            let coordinates = sweepColumns.map { key in
                if let own = draft.own.first(where: { $0.key == key }) { return (key: key, value: own.value) }
                if keyed == nil { keyed = draft.parameters.keyedTexts }
                return (key: key, value: keyed?.first { $0.key == key }?.value ?? "")
            }
            return SweepPoint(index: index, block: draft.block, parameters: draft.parameters, coordinates: coordinates)
        }
        try requireEveryPoint(points, reports: header.objective, keyPath: "objective", role: "the objective")
        if let precision = header.precision {
            try requireEveryPoint(points, reports: precision.metric, keyPath: "precision.metric", role: "the precision's metric")
        }
        return (points, columns)
    }

    /// Refuses a metric (the objective, the precision's) that some point does not report.
    /// - Throws: ``SpecError/inconsistent(file:keyPath:value:allowed:)`` naming `keyPath`.
    func requireEveryPoint(_ points: [SweepPoint], reports metric: Metric, keyPath: String, role: String) throws(SpecError) {
        guard let missing = points.first(where: { !$0.parameters.reports(metric) }) else { return }
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
        var merged: [String: _Assignment] = [:]
        for assignment in header.fixed + own { merged[assignment.key] = assignment }
        let ownKeys = Set(own.map(\.key))
        var assignments = header.fixed.filter { !ownKeys.contains($0.key) } + own
        var blockSet = own
        if let anchor = block.anchor {
            let anchored = try anchorAssignments(anchor, merged: merged)
            for assignment in anchored { merged[assignment.key] = assignment }
            assignments += anchored
            blockSet += anchored
        }
        let parameters: ScenarioParameters
        do {
            parameters = try ScenarioParameters(header.scenario, assigning: assignments.map { ($0.key, $0.value) })
        } catch {
            throw specError(error, merged: merged, block: block)
        }
        return _Draft(block: block.index, parameters: parameters,
                      own: blockSet.map { ($0.key, keys.format($0.value, key: $0.key)) })
    }

    /// The level assignments the scenario's level rule solves for the
    /// anchor's target (for a curve, its levels such that `f(s_init) = p`).
    ///
    /// When the family is not a known word, nothing is anchored and the
    /// point's build reports the bad value.
    /// - Throws: ``SpecError/conflict(file:keyPath:otherKeyPath:allowed:)``
    ///   when the scenario has no level rule or the file sets a level the
    ///   anchor solves for.
    func anchorAssignments(_ anchor: _Anchor, merged: [String: _Assignment]) throws(SpecError) -> [_Assignment] {
        let scenario = header.scenario
        guard let families = scenario.families, let rule = families.levelRule else {
            throw .conflict(file: header.file, keyPath: anchor.keyPath, otherKeyPath: "scenario",
                            allowed: "an anchor solves the level parameters of a family that has a level rule; scenario \"\(scenario.name)\" has no level rule, remove the anchor")
        }
        let family: ParameterFamily
        switch merged[families.key]?.value ?? keys.descriptors.first(where: { $0.key == families.key })?.defaultValue {
        case .word(let word)?:
            guard let known = families.family(word) else { return [] }
            family = known
        case .number?, nil: return []
        }
        for key in family.levelKeys {
            if let set = merged[key] {
                throw .conflict(file: header.file, keyPath: set.keyPath, otherKeyPath: anchor.keyPath,
                                allowed: "the anchor solves \(family.levelKeys.joined(separator: " and ")) of a \(family.word) \(families.key) so that \(rule.goal(for: anchor.price)); set them by hand or anchor, not both")
            }
        }
        func number(_ key: String) -> Double? {
            switch merged[key]?.value {
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
