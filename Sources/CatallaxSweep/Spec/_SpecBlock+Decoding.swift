import CatallaxModel

extension _SpecBlock {
    /// The keys a block may hold besides parameter keys.
    static let controlKeys = ["axes", "zip", "order", "design", "samples", "bounds", "anchor", "anchor_price"]

    /// The `design` words: the grid, then the sampled designs.
    static let designChoices = ["grid"] + SampledDesign.allCases.map(\.rawValue)

    /// Decodes `[[block]]` number `index`.
    /// - Throws: ``SpecError`` for unknown keys, wrong types, bad ranges,
    ///   bad zips or orders, keys set twice, and design/axes mix-ups.
    init(decoding table: _SpecTable, index: Int, keys: _ScenarioKeys, kind: SpecKind = .sweep) throws(SpecError) {
        let file = table.file
        try table.rejectUnknownKeys(allowed: Self.controlKeys + keys.all)
        self.index = index
        path = table.path
        fixed = []
        for key in keys.all {
            if let value = try table.parameter(key) { fixed.append(_Assignment(key: key, value: value, keyPath: table.keyPath(key))) }
        }
        let designWord = try table.choice("design", among: Self.designChoices) ?? "grid"
        design = SampledDesign(rawValue: designWord)
        axes = []
        dimensions = []
        samples = 0
        bounds = []
        anchor = try Self._anchor(in: table)
        if case .search = kind {
            for key in ["axes", "zip", "order", "design", "samples"] where table.contains(key) {
                throw .conflict(file: file, keyPath: table.keyPath(key), otherKeyPath: "optimize",
                                allowed: "a block of a search is a search space: fixed values, an anchor and the bounds searched, not axes, a design or samples")
            }
            design = nil
            isSearchSpace = true
            try _decodeBounds(table, keys: keys, allowedWhen: "a search space")
            return
        }
        let designPath = table.contains("design") ? table.keyPath("design") : "\(table.keyPath("design")) (default \"grid\")"
        if let design {
            for key in ["axes", "zip", "order"] where table.contains(key) {
                throw .conflict(file: file, keyPath: table.keyPath(key), otherKeyPath: designPath,
                                allowed: "a block with design = \"\(design.rawValue)\" takes bounds and samples, not axes, zip or order; put grid axes in a block of their own")
            }
            try _decodeSampled(table, design: design, keys: keys)
        } else {
            for key in ["bounds", "samples"] where table.contains(key) {
                throw .conflict(file: file, keyPath: table.keyPath(key), otherKeyPath: designPath,
                                allowed: "bounds and samples belong to design = \"random\", \"latin-hypercube\" or \"sobol\"; a grid block takes axes")
            }
            try _decodeGrid(table, keys: keys)
        }
    }

    /// The anchor from `anchor = "unit-price"` or `anchor_price = p`.
    static func _anchor(in table: _SpecTable) throws(SpecError) -> _Anchor? {
        let word = try table.choice("anchor", among: ["unit-price"])
        let price = try table.real("anchor_price", allowed: "a finite number > 0")
        switch (word, price) {
        case (nil, nil):
            return nil
        case (.some, .some):
            throw .conflict(file: table.file, keyPath: table.keyPath("anchor_price"), otherKeyPath: table.keyPath("anchor"),
                            allowed: "give either anchor = \"unit-price\" or anchor_price = <price>, not both")
        case (.some, nil):
            return _Anchor(price: 1, keyPath: table.keyPath("anchor"))
        case (nil, .some(let p)):
            guard p > 0 else {
                throw .outOfDomain(file: table.file, keyPath: table.keyPath("anchor_price"), value: "\(p)", allowed: "a finite number > 0")
            }
            return _Anchor(price: p, keyPath: table.keyPath("anchor_price"))
        }
    }

    /// Axes, zip groups and grid order of a grid block.
    mutating func _decodeGrid(_ table: _SpecTable, keys: _ScenarioKeys) throws(SpecError) {
        let file = table.file
        if let axesTable = try table.subtable("axes", allowed: "a table of axes, such as [block.axes] or axes = { fee = [0, 0.01] }") {
            try axesTable.rejectUnknownKeys(allowed: keys.all)
            for key in keys.all where axesTable.contains(key) {
                if let set = fixed.first(where: { $0.key == key }) {
                    throw .conflict(file: file, keyPath: axesTable.keyPath(key), otherKeyPath: set.keyPath,
                                    allowed: "set each parameter once per block, either as a fixed value or as an axis")
                }
                axes.append(try _Axis(decoding: axesTable, key: key, keys: keys))
            }
        }
        let axisKeys = axes.map(\.key)
        if let order = try table.strings("order", allowed: "a list of axis names, slowest first, such as [\"m\", \"fee\"]") {
            let orderPath = table.keyPath("order")
            for (j, key) in order.enumerated() where !axisKeys.contains(key) {
                throw .unknownChoice(file: file, keyPath: "\(orderPath)[\(j)]", value: key, allowed: axisKeys,
                                     suggestion: closestWord(to: key, among: axisKeys))
            }
            guard order.count == axisKeys.count, Set(order).count == order.count else {
                throw .outOfDomain(file: file, keyPath: orderPath, value: "[" + order.map { "\"\($0)\"" }.joined(separator: ", ") + "]",
                                   allowed: "every axis exactly once: \(axisKeys.joined(separator: ", "))")
            }
            axes = order.map { key in axes.first { $0.key == key }! }
        }
        var groupOf = [Int?](repeating: nil, count: axes.count)
        var groups: [[Int]] = []
        if let zip = try table.array("zip", allowed: "a list of lists of axis names, such as [[\"k\", \"a\"]]") {
            let zipPath = table.keyPath("zip")
            for (g, item) in zip.enumerated() {
                let groupPath = "\(zipPath)[\(g)]"
                let names = try _SpecTable._strings(item, keyPath: groupPath, file: file,
                                                    allowed: "a list of at least two axis names, such as [\"k\", \"a\"]")
                guard names.count >= 2 else {
                    throw .outOfDomain(file: file, keyPath: groupPath, value: _describe(item), allowed: "a zip group names at least two axes")
                }
                var members: [Int] = []
                for (j, name) in names.enumerated() {
                    guard let a = axes.firstIndex(where: { $0.key == name }) else {
                        throw .unknownChoice(file: file, keyPath: "\(groupPath)[\(j)]", value: name, allowed: axes.map(\.key),
                                             suggestion: closestWord(to: name, among: axes.map(\.key)))
                    }
                    if let other = groupOf[a] {
                        throw .conflict(file: file, keyPath: "\(groupPath)[\(j)]", otherKeyPath: "\(zipPath)[\(other)]",
                                        allowed: "an axis belongs to at most one zip group, once")
                    }
                    groupOf[a] = g
                    members.append(a)
                }
                let lengths = members.map { axes[$0].values.count }
                guard Set(lengths).count == 1 else {
                    throw .unequalZip(file: file, keyPath: groupPath,
                                      value: members.map { "\(axes[$0].key): \(axes[$0].values.count) values" }.joined(separator: ", "),
                                      allowed: "zipped axes advance together, so each must have the same number of values")
                }
                groups.append(members)
            }
        }
        // A zip group is one dimension, placed where its first axis is in
        // the grid order; its members follow in grid order.
        var emitted = Set<Int>()
        for a in axes.indices {
            if let g = groupOf[a] {
                guard emitted.insert(g).inserted else { continue }
                dimensions.append(groups[g].sorted())
            } else {
                dimensions.append([a])
            }
        }
        // Reorder axes so each zip group is contiguous, matching ``dimensions``.
        let flat = dimensions.flatMap { $0 }
        axes = flat.map { axes[$0] }
        var next = 0
        dimensions = dimensions.map { group in
            defer { next += group.count }
            return Array(next..<(next + group.count))
        }
        if pointCount > Self.maximumPoints {
            throw .outOfDomain(file: file, keyPath: path, value: pointCount == .max ? "more than 2⁶³ points" : "\(pointCount) points",
                               allowed: "at most \(Self.maximumPoints) points in a sweep")
        }
    }

    /// Samples and bounds of a sampled block.
    mutating func _decodeSampled(_ table: _SpecTable, design: SampledDesign, keys: _ScenarioKeys) throws(SpecError) {
        let file = table.file
        let samplesAllowed = "a whole number from 1 to \(Self.maximumPoints)"
        guard let count = try table.integer("samples", allowed: samplesAllowed) else {
            throw .missingKey(file: file, keyPath: table.keyPath("samples"), allowed: samplesAllowed)
        }
        guard (1...Self.maximumPoints).contains(count) else {
            throw .outOfDomain(file: file, keyPath: table.keyPath("samples"), value: "\(count)", allowed: samplesAllowed)
        }
        samples = count
        try _decodeBounds(table, keys: keys, allowedWhen: "a sampled design")
    }

    /// The bounds of a sampled design or a search space: at least one, each a parameter not fixed in the block.
    mutating func _decodeBounds(_ table: _SpecTable, keys: _ScenarioKeys, allowedWhen what: String) throws(SpecError) {
        let file = table.file
        let boundsAllowed = "a table of bounds for \(what), such as [block.bounds] with k = { from = 1e-6, to = 1e-4, spacing = \"geometric\" }"
        guard let boundsTable = try table.subtable("bounds", allowed: boundsAllowed), !boundsTable.keys.isEmpty else {
            throw .missingKey(file: file, keyPath: table.keyPath("bounds"), allowed: boundsAllowed)
        }
        try boundsTable.rejectUnknownKeys(allowed: keys.all)
        for key in keys.all where boundsTable.contains(key) {
            if let set = fixed.first(where: { $0.key == key }) {
                throw .conflict(file: file, keyPath: boundsTable.keyPath(key), otherKeyPath: set.keyPath,
                                allowed: "set each parameter once per block, either as a fixed value or as a bound")
            }
            bounds.append(try _Bound(decoding: boundsTable, key: key, keys: keys))
        }
        if design == .sobol, bounds.count > SobolSequence.maximumDimensions {
            throw .outOfDomain(file: file, keyPath: boundsTable.path, value: "\(bounds.count) bounds",
                               allowed: "at most \(SobolSequence.maximumDimensions) bounds with design = \"sobol\"")
        }
    }
}

extension _SpecTable {
    /// The strings of an array value.
    /// - Throws: ``SpecError/wrongType(file:keyPath:value:allowed:)``.
    static func _strings(_ value: TOML.Value, keyPath: String, file: String, allowed: String) throws(SpecError) -> [String] {
        guard let items = value.array else {
            throw .wrongType(file: file, keyPath: keyPath, value: _describe(value), allowed: allowed)
        }
        var result: [String] = []
        for (j, item) in items.enumerated() {
            guard let word = item.string else {
                throw .wrongType(file: file, keyPath: "\(keyPath)[\(j)]", value: _describe(item), allowed: allowed)
            }
            result.append(word)
        }
        return result
    }
}
