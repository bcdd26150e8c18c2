import CatallaxModel

extension _SpecHeader {
    /// Decodes `[precision]` (sweeps only):
    /// ```
    /// [precision]
    /// metric = "volatility"            # required: a metric of the scenario
    /// relative_half_width = 0.01       # or half_width = 0.002 (one of the two)
    /// max_replicates = 1024            # default 16 × replicates
    /// ```
    /// - Throws: ``SpecError`` naming `precision.<key>`.
    static func _precision(_ root: _SpecTable, scenario: Scenario, replicates: Int) throws(SpecError) -> Precision? {
        guard let table = try root.subtable("precision", allowed: "a table such as [precision] with metric = \"volatility\"") else {
            return nil
        }
        let file = root.file
        try table.rejectUnknownKeys(allowed: ["metric", "relative_half_width", "half_width", "max_replicates"])
        let metrics = scenario.metrics.map(\.name)
        guard let name = try table.choice("metric", among: metrics), let metric = scenario.metric(named: name) else {
            throw .missingKey(file: file, keyPath: "precision.metric",
                              allowed: "one of " + metrics.map { "\"\($0)\"" }.joined(separator: ", "))
        }
        let relativeAllowed = "a number above 0, the half-width as a share of the mean's magnitude (0.01 = ±1%)"
        let absoluteAllowed = "a number above 0, the half-width in \(name)'s units"
        let relative = try table.real("relative_half_width", allowed: relativeAllowed)
        let absolute = try table.real("half_width", allowed: absoluteAllowed)
        let halfWidth: Precision.HalfWidth
        switch (relative, absolute) {
        case (let rho?, nil):
            guard rho > 0 else { throw .outOfDomain(file: file, keyPath: "precision.relative_half_width", value: "\(rho)", allowed: relativeAllowed) }
            halfWidth = .relative(rho)
        case (nil, let epsilon?):
            guard epsilon > 0 else { throw .outOfDomain(file: file, keyPath: "precision.half_width", value: "\(epsilon)", allowed: absoluteAllowed) }
            halfWidth = .absolute(epsilon)
        case (_?, _?):
            throw .conflict(file: file, keyPath: "precision.relative_half_width", otherKeyPath: "precision.half_width",
                            allowed: "one of the two: a relative or an absolute half-width")
        case (nil, nil):
            throw .missingKey(file: file, keyPath: "precision.relative_half_width",
                              allowed: "relative_half_width (a share of the mean) or half_width (in the metric's units)")
        }
        let maxAllowed = "a whole number from replicates = \(replicates) to \(maximumReplicates)"
        let most = try table.integer("max_replicates", allowed: maxAllowed) ?? min(16 * replicates, maximumReplicates)
        guard (replicates...maximumReplicates).contains(most) else {
            throw .outOfDomain(file: file, keyPath: "precision.max_replicates", value: "\(most)", allowed: maxAllowed)
        }
        return Precision(metric: metric, halfWidth: halfWidth, maxReplicates: most)
    }
}
