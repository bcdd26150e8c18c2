import CatallaxModel

extension _Axis {
    /// What an axis may be, for error messages.
    static let allowed = "a list of values such as [0, 0.001] or a range such as { from = 1, to = 4, count = 16 }"

    /// Decodes axis `key` of an axes table: a list, or an even or geometric
    /// range with both ends included. Whole-number parameters round range
    /// values to the nearest whole number.
    /// - Throws: ``SpecError`` for wrong types, empty lists and empty,
    ///   inverted or non-positive geometric ranges.
    init(decoding table: _SpecTable, key: String, keys: _ScenarioKeys) throws(SpecError) {
        let file = table.file
        self.key = key
        keyPath = table.keyPath(key)
        let raw = table.value(key)!
        if let list = raw.array {
            guard !list.isEmpty else {
                throw .invalidRange(file: file, keyPath: keyPath, value: "[]", allowed: "an axis needs at least one value")
            }
            values = []
            valuePaths = []
            for (j, item) in list.enumerated() {
                let itemPath = "\(keyPath)[\(j)]"
                values.append(try _parameterValue(item, keyPath: itemPath, file: file))
                valuePaths.append(itemPath)
            }
            return
        }
        guard let rangeTable = raw.table else {
            throw .wrongType(file: file, keyPath: keyPath, value: _describe(raw), allowed: Self.allowed)
        }
        guard !keys.isWord(key) else {
            throw .wrongType(file: file, keyPath: keyPath, value: "a range", allowed: "a list of words, such as [\"call\", \"continuous\"]")
        }
        let range = _SpecTable(table: rangeTable, path: keyPath, file: file)
        try range.rejectUnknownKeys(allowed: ["from", "to", "count", "spacing"])
        let countAllowed = "a whole number from 1 to \(_SpecBlock.maximumPoints)"
        guard let count = try range.integer("count", allowed: countAllowed) else {
            throw .missingKey(file: file, keyPath: range.keyPath("count"), allowed: countAllowed)
        }
        guard count >= 1 else {
            throw .invalidRange(file: file, keyPath: range.keyPath("count"), value: "\(count)", allowed: "count must be ≥ 1")
        }
        guard count <= _SpecBlock.maximumPoints else {
            throw .outOfDomain(file: file, keyPath: range.keyPath("count"), value: "\(count)", allowed: countAllowed)
        }
        let (from, to, spacing) = try _decodeEnds(range)
        if count == 1, from != to {
            throw .invalidRange(file: file, keyPath: range.keyPath("count"), value: "1",
                                allowed: "a range of count = 1 needs from = to (both ends are included); use a list for a single value")
        }
        if count > 1, from == to {
            throw .invalidRange(file: file, keyPath: keyPath, value: "{ from = \(from), to = \(to), count = \(count) }",
                                allowed: "from must be < to when count > 1")
        }
        let whole = keys.isWhole(key)
        values = spacing.values(from: from, to: to, count: count).map { .number(whole ? $0.rounded() : $0) }
        valuePaths = Array(repeating: keyPath, count: count)
    }
}

extension _Bound {
    /// Decodes bound `key` of a bounds table: `{ from, to, spacing? }`.
    /// Whole-number parameters round sampled values to the nearest whole number.
    /// - Throws: ``SpecError`` for wrong types and inverted or
    ///   non-positive geometric bounds.
    init(decoding table: _SpecTable, key: String, keys: _ScenarioKeys) throws(SpecError) {
        let file = table.file
        self.key = key
        keyPath = table.keyPath(key)
        let raw = table.value(key)!
        guard let boundTable = raw.table else {
            throw .wrongType(file: file, keyPath: keyPath, value: _describe(raw),
                             allowed: "a bound such as { from = 1e-6, to = 1e-4, spacing = \"geometric\" }")
        }
        guard !keys.isWord(key) else {
            throw .wrongType(file: file, keyPath: keyPath, value: "a bound", allowed: "a number parameter (a word parameter cannot be sampled)")
        }
        let bound = _SpecTable(table: boundTable, path: keyPath, file: file)
        try bound.rejectUnknownKeys(allowed: ["from", "to", "spacing"])
        (from, to, spacing) = try _decodeEnds(bound)
        whole = keys.isWhole(key)
    }
}

/// The `from`, `to` and `spacing` of a range or bound, checked: both ends
/// present and finite, `from ≤ to`, both ends > 0 when geometric.
/// - Throws: ``SpecError``.
func _decodeEnds(_ table: _SpecTable) throws(SpecError) -> (from: Double, to: Double, spacing: AxisSpacing) {
    let file = table.file
    let numberAllowed = "a finite number"
    guard let from = try table.real("from", allowed: numberAllowed) else {
        throw .missingKey(file: file, keyPath: table.keyPath("from"), allowed: numberAllowed)
    }
    guard let to = try table.real("to", allowed: numberAllowed) else {
        throw .missingKey(file: file, keyPath: table.keyPath("to"), allowed: numberAllowed)
    }
    let spacing = try table.choice("spacing", among: AxisSpacing.allCases.map(\.rawValue)).flatMap(AxisSpacing.init(rawValue:)) ?? .even
    if spacing == .geometric {
        for (end, x) in [("from", from), ("to", to)] where x <= 0 {
            throw .invalidRange(file: file, keyPath: table.keyPath(end), value: "\(x)",
                                allowed: "both ends of a geometric range must be > 0")
        }
    }
    guard from <= to else {
        throw .invalidRange(file: file, keyPath: table.path, value: "{ from = \(from), to = \(to) }",
                            allowed: "from must be ≤ to (both ends are included)")
    }
    return (from, to, spacing)
}
