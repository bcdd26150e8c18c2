import CatallaxModel

/// A TOML table being decoded, with its key path in the file: typed reads
/// that turn every wrong type or unknown key into a ``SpecError``.
///
/// This is the only place that looks at TOML key strings; what it returns
/// is plain Swift values.
package struct _SpecTable {
    /// The table.
    package let table: TOML.Table
    /// Its key path (`""` for the root, `block[1].axes`).
    package let path: String
    /// The sweep file.
    package let file: String

    /// The table `table` at key path `path` of `file`.
    package init(table: TOML.Table, path: String, file: String) {
        self.table = table
        self.path = path
        self.file = file
    }

    /// The key path of `key` inside this table.
    package func keyPath(_ key: String) -> String {
        path.isEmpty ? key : "\(path).\(key)"
    }

    /// The keys present, in the parser's (sorted) order.
    package var keys: [String] { table.keys }

    /// Whether `key` is present.
    package func contains(_ key: String) -> Bool { table[key] != nil }

    /// The raw value at `key`.
    package func value(_ key: String) -> TOML.Value? { table[key] }

    /// Throws for the first key (in sorted order) not in `allowed`.
    /// - Throws: ``SpecError/unknownKey(file:keyPath:allowed:suggestion:)``.
    package func rejectUnknownKeys(allowed: [String]) throws(SpecError) {
        for key in keys where !allowed.contains(key) {
            throw .unknownKey(file: file, keyPath: keyPath(key), allowed: allowed, suggestion: closestWord(to: key, among: allowed))
        }
    }

    /// A string, if present.
    /// - Throws: ``SpecError/wrongType(file:keyPath:value:allowed:)``.
    package func string(_ key: String, allowed: String) throws(SpecError) -> String? {
        guard let value = table[key] else { return nil }
        guard let string = value.string else {
            throw .wrongType(file: file, keyPath: keyPath(key), value: _describe(value), allowed: allowed)
        }
        return string
    }

    /// An integer, if present (a float such as `16.0` is the wrong type).
    /// - Throws: ``SpecError/wrongType(file:keyPath:value:allowed:)``.
    package func integer(_ key: String, allowed: String) throws(SpecError) -> Int? {
        guard let value = table[key] else { return nil }
        guard let int = value.integer else {
            throw .wrongType(file: file, keyPath: keyPath(key), value: _describe(value), allowed: allowed)
        }
        return int
    }

    /// A finite real, if present; TOML integers are accepted.
    /// - Throws: ``SpecError/wrongType(file:keyPath:value:allowed:)`` for a
    ///   non-number, ``SpecError/outOfDomain(file:keyPath:value:allowed:)``
    ///   for `nan` or `inf`.
    package func real(_ key: String, allowed: String) throws(SpecError) -> Double? {
        guard let value = table[key] else { return nil }
        guard let x = value.float ?? value.integer.map(Double.init) else {
            throw .wrongType(file: file, keyPath: keyPath(key), value: _describe(value), allowed: allowed)
        }
        guard x.isFinite else {
            throw .outOfDomain(file: file, keyPath: keyPath(key), value: _describe(value), allowed: allowed)
        }
        return x
    }

    /// A sub-table, if present.
    /// - Throws: ``SpecError/wrongType(file:keyPath:value:allowed:)``.
    package func subtable(_ key: String, allowed: String) throws(SpecError) -> _SpecTable? {
        guard let value = table[key] else { return nil }
        guard let sub = value.table else {
            throw .wrongType(file: file, keyPath: keyPath(key), value: _describe(value), allowed: allowed)
        }
        return _SpecTable(table: sub, path: keyPath(key), file: file)
    }

    /// An array's items, if present.
    /// - Throws: ``SpecError/wrongType(file:keyPath:value:allowed:)``.
    package func array(_ key: String, allowed: String) throws(SpecError) -> [TOML.Value]? {
        guard let value = table[key] else { return nil }
        guard let array = value.array else {
            throw .wrongType(file: file, keyPath: keyPath(key), value: _describe(value), allowed: allowed)
        }
        return array
    }

    /// A list of strings, if present.
    /// - Throws: ``SpecError/wrongType(file:keyPath:value:allowed:)``.
    package func strings(_ key: String, allowed: String) throws(SpecError) -> [String]? {
        guard let value = value(key) else { return nil }
        return try Self._strings(value, keyPath: keyPath(key), file: file, allowed: allowed)
    }

    /// A string that must be one of `choices`, if present.
    /// - Throws: ``SpecError/wrongType(file:keyPath:value:allowed:)`` or
    ///   ``SpecError/unknownChoice(file:keyPath:value:allowed:suggestion:)``.
    package func choice(_ key: String, among choices: [String]) throws(SpecError) -> String? {
        let described = "one of " + choices.map { "\"\($0)\"" }.joined(separator: ", ")
        guard let word = try string(key, allowed: described) else { return nil }
        guard choices.contains(word) else {
            throw .unknownChoice(file: file, keyPath: keyPath(key), value: word, allowed: choices,
                                 suggestion: closestWord(to: word, among: choices))
        }
        return word
    }
}

/// A TOML value as it would be written, for error messages: strings quoted,
/// numbers as numbers, tables and arrays abbreviated.
func _describe(_ value: TOML.Value) -> String {
    switch value {
    case .string(let string): "\"\(string)\""
    case .integer(let int): String(int)
    case .float(let x): "\(x)"
    case .boolean(let flag): String(flag)
    case .table: "a table"
    case .array(let items):
        "[\(items.prefix(6).map(_describe).joined(separator: ", "))\(items.count > 6 ? ", …" : "")]"
    case .dateTime(let time): "a \(time.kind.name) \(time.text)"
    }
}
