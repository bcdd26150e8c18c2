import CatallaxModel

/// The top level of a sweep file, decoded: the settings, the global fixed
/// values and the blocks (not yet expanded into points).
struct _SpecHeader: Sendable {
    var file: String
    var name: String
    var scenario: Scenario
    var seed: UInt64
    var replicates: Int
    var objective: Metric
    var objectiveOrder: ObjectiveOrder
    var pathsReplicates: Int
    /// `[precision]`: adaptive replicates, sweeps only.
    var precision: Precision?
    /// `[fixed]`, in canonical key order.
    var fixed: [_Assignment]
    /// The `[[block]]` tables, in file order.
    var blocks: [_SpecBlock]

    /// The most replicates of one point.
    static let maximumReplicates = 1_000_000
    /// The most runs (points × replicates) of one sweep: every run's outcome
    /// is held in memory while the sweep is reduced, about 200 bytes each.
    static let maximumRuns = 20_000_000

    /// The keys allowed at the top level.
    static let rootKeys = ["name", "scenario", "seed", "replicates", "objective", "objective_order", "fixed", "block", "paths", "precision"]

    /// Decodes the top level of a parsed sweep file.
    /// - Throws: ``SpecError``.
    init(decoding parsed: TOML.Table, file: String, kind: SpecKind = .sweep) throws(SpecError) {
        let root = _SpecTable(table: parsed, path: "", file: file)
        if case .search(let tables) = kind {
            // A search races its candidates itself: adaptive replicates are for sweeps.
            try root.rejectUnknownKeys(allowed: Self.rootKeys.filter { $0 != "precision" } + tables)
        } else {
            try root.rejectUnknownKeys(allowed: Self.rootKeys)
        }
        self.file = file

        let nameAllowed = "a name of letters, digits, '-', '_' and '.', not starting with '.'"
        guard let name = try root.string("name", allowed: nameAllowed) else {
            throw .missingKey(file: file, keyPath: "name", allowed: nameAllowed)
        }
        guard Self._isFolderName(name) else {
            throw .outOfDomain(file: file, keyPath: "name", value: "\"\(name)\"", allowed: nameAllowed)
        }
        self.name = name

        let scenarios = Scenario.all.map(\.name)
        guard let name = try root.choice("scenario", among: scenarios), let scenario = try? Scenario(named: name) else {
            throw .missingKey(file: file, keyPath: "scenario", allowed: "one of " + scenarios.map { "\"\($0)\"" }.joined(separator: ", "))
        }
        self.scenario = scenario
        let keys = _ScenarioKeys(scenario)

        let seedAllowed = "a whole number from 0 to \(Int64.max)"
        guard let seed = try root.integer("seed", allowed: seedAllowed) else {
            throw .missingKey(file: file, keyPath: "seed", allowed: seedAllowed)
        }
        guard seed >= 0 else { throw .outOfDomain(file: file, keyPath: "seed", value: "\(seed)", allowed: seedAllowed) }
        self.seed = UInt64(seed)

        let replicatesAllowed = "a whole number from 1 to \(Self.maximumReplicates)"
        guard let replicates = try root.integer("replicates", allowed: replicatesAllowed) else {
            throw .missingKey(file: file, keyPath: "replicates", allowed: replicatesAllowed)
        }
        guard (1...Self.maximumReplicates).contains(replicates) else {
            throw .outOfDomain(file: file, keyPath: "replicates", value: "\(replicates)", allowed: replicatesAllowed)
        }
        self.replicates = replicates

        let metrics = scenario.metrics.map(\.name)
        objective = try root.choice("objective", among: metrics).flatMap(scenario.metric(named:)) ?? scenario.defaultObjective
        objectiveOrder = try root.choice("objective_order", among: ObjectiveOrder.allCases.map(\.rawValue))
            .flatMap(ObjectiveOrder.init(rawValue:)) ?? (objective.better == .higher ? .descending : .ascending)

        precision = try Self._precision(root, scenario: scenario, replicates: replicates)

        pathsReplicates = 0
        if let paths = try root.subtable("paths", allowed: "a table such as [paths] with replicates = 8") {
            try paths.rejectUnknownKeys(allowed: ["replicates"])
            let allowed = "a whole number from 0 to replicates = \(replicates)"
            if let kept = try paths.integer("replicates", allowed: allowed) {
                guard (0...replicates).contains(kept) else {
                    throw .outOfDomain(file: file, keyPath: "paths.replicates", value: "\(kept)", allowed: allowed)
                }
                pathsReplicates = kept
            }
        }

        fixed = []
        if let table = try root.subtable("fixed", allowed: "a table of parameters such as [fixed] with agents = 200") {
            try table.rejectUnknownKeys(allowed: keys.all)
            for key in keys.all {
                if let value = try table.parameter(key) { fixed.append(_Assignment(key: key, value: value, keyPath: table.keyPath(key))) }
            }
        }

        let blocksAllowed = "add at least one block as an array of tables, written [[block]]"
        guard let items = try root.array("block", allowed: "an array of tables, written [[block]]"), !items.isEmpty else {
            throw .noPoints(file: file, keyPath: "block", allowed: blocksAllowed)
        }
        blocks = []
        for (i, item) in items.enumerated() {
            guard let table = item.table else {
                throw .wrongType(file: file, keyPath: "block[\(i)]", value: _describe(item), allowed: "a table, written [[block]]")
            }
            blocks.append(try _SpecBlock(decoding: _SpecTable(table: table, path: "block[\(i)]", file: file), index: i, keys: keys, kind: kind))
        }
    }

    /// Whether `name` can name a results folder: non-empty, of
    /// `[A-Za-z0-9._-]`, not starting with `.`.
    static func _isFolderName(_ name: String) -> Bool {
        guard let first = name.first, first != "." else { return false }
        return name.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "._-".unicodeScalars.contains(scalar))
        }
    }
}
