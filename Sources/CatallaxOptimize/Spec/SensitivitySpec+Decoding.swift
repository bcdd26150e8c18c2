import CatallaxModel
import CatallaxSweep

extension SensitivitySpec {
    /// Reads and checks the sensitivity spec at `path`: a search file with a
    /// `[sensitivity]` table.
    /// - Throws: ``SpecError`` naming the file and the key: every error of a
    ///   search file, and a bad `[sensitivity]` table or block (see
    ///   ``init(spaces:)``).
    public static func load(contentsOf path: String) throws(SpecError) -> SensitivitySpec {
        try SensitivitySpec(spaces: SweepSpec.load(contentsOf: path, kind: .search(tables: ["sensitivity"])))
    }

    /// Decodes the `[sensitivity]` table (optional: every key has a default)
    /// of a spec read as search spaces, and checks every block's bounds.
    /// - Throws: ``SpecError``: an unknown key, a wrong type, `base_samples`
    ///   not a power of two, `trajectories` below 2, `levels` odd, a
    ///   `level` outside `(0, 1)`, a metric the scenario does not report at
    ///   every block, a block with no bounds or more than
    ///   `SaltelliDesign.maximumParameterCount` of them.
    public init(spaces: SweepSpec) throws(SpecError) {
        let file = spaces.file
        let root = _SpecTable(table: spaces.document, path: "", file: file)
        // Absent, the table is every default: `table?.…` reads nil for each key.
        let table = try root.subtable("sensitivity", allowed: "a table [sensitivity] with the designs' sizes")
        try table?.rejectUnknownKeys(allowed: Self.keys)
        func keyPath(_ key: String) -> String { "sensitivity.\(key)" }
        self.spaces = spaces

        func whole(_ key: String, default value: Int, from lower: Int, to upper: Int, even: Bool = false) throws(SpecError) -> Int {
            let allowed = "a whole number from \(lower) to \(upper)" + (even ? ", even" : "")
            guard let x = try table?.integer(key, allowed: allowed) else { return value }
            guard (lower...upper).contains(x), !even || x % 2 == 0 else {
                throw .outOfDomain(file: file, keyPath: keyPath(key), value: "\(x)", allowed: allowed)
            }
            return x
        }
        let powers = "a power of two from 2 to 2^20 (the Sobol′ sequence is balanced only over 2^m points)"
        baseSamples = try whole("base_samples", default: 1024, from: 2, to: 1 << 20)
        if baseSamples & (baseSamples - 1) != 0 {
            throw .outOfDomain(file: file, keyPath: keyPath("base_samples"), value: "\(baseSamples)", allowed: powers)
        }
        trajectories = try whole("trajectories", default: 20, from: 2, to: 100_000)
        levels = try whole("levels", default: 4, from: 2, to: 1000, even: true)
        resamples = try whole("resamples", default: 1000, from: 1, to: 1_000_000)
        let levelAllowed = "a number strictly between 0 and 1"
        level = try table?.real("level", allowed: levelAllowed) ?? 0.95
        if !(level > 0 && level < 1) {
            throw .outOfDomain(file: file, keyPath: keyPath("level"), value: "\(level)", allowed: levelAllowed)
        }
        metrics = try Self._metrics(table, spaces: spaces)
        try Self._checkBounds(spaces)
    }

    /// The metrics analysed: those listed, each reported at every block's
    /// point, or by default every metric so reported.
    static func _metrics(_ table: _SpecTable?, spaces: SweepSpec) throws(SpecError) -> [Metric] {
        let everywhere = spaces.scenario.metrics.filter { metric in
            spaces.points.allSatisfy { $0.parameters.reportedMetrics.contains(metric) }
        }
        let names = everywhere.map(\.name)
        let allowed = "a non-empty list of distinct metrics, from " + names.joined(separator: ", ")
        guard let table, let listed = try table.strings("metrics", allowed: allowed) else { return everywhere }
        let keyPath = table.keyPath("metrics")
        guard !listed.isEmpty, Set(listed).count == listed.count else {
            throw .outOfDomain(file: table.file, keyPath: keyPath, value: "[" + listed.map { "\"\($0)\"" }.joined(separator: ", ") + "]", allowed: allowed)
        }
        var chosen: [Metric] = []
        for name in listed {
            guard let metric = everywhere.first(where: { $0.name == name }) else {
                if let metric = spaces.scenario.metric(named: name) {
                    throw .inconsistent(file: table.file, keyPath: keyPath, value: "\"\(name)\"",
                                        allowed: "a metric reported at every block; \(name) exists only for \(metric.condition ?? "some points")")
                }
                throw .unknownChoice(file: table.file, keyPath: keyPath, value: name, allowed: names,
                                     suggestion: closestWord(to: name, among: names))
            }
            chosen.append(metric)
        }
        return chosen
    }

    /// Every block bounds between 1 and `SaltelliDesign.maximumParameterCount`
    /// parameters: the Saltelli design needs `2k` Sobol′ dimensions.
    static func _checkBounds(_ spaces: SweepSpec) throws(SpecError) {
        let most = SaltelliDesign.maximumParameterCount
        for block in spaces.points.indices {
            let count = spaces.searchBounds(ofBlock: block).count
            if count == 0 {
                throw .missingKey(file: spaces.file, keyPath: "block[\(block)].bounds", allowed: "the bounds of at least one parameter to analyse")
            }
            if count > most {
                throw .outOfDomain(file: spaces.file, keyPath: "block[\(block)].bounds", value: "\(count) parameters",
                                   allowed: "at most \(most) bounded parameters per block (a Saltelli design needs 2k ≤ \(2 * most + 1) Sobol′ dimensions); split the block or fix some")
            }
        }
    }
}
