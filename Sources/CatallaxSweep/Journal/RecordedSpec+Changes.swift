import Foundation

extension RecordedSpec {
    /// The lines in which canonical text `old` differs from `new`, as the
    /// user reads them, the old value first:
    /// ```
    /// replicates = 8 → 16
    /// point 3 block 0: fee = 0 → 0.01, k = 2 → 3
    /// point 9 block 1: only in this spec
    /// ```
    /// Lines are matched by their label (the key of a setting, `point i
    /// block b` of a point), so a changed value shows as one line, not as
    /// a removal and an addition.
    /// - Parameter limit: the most lines listed; the rest are counted in a
    ///   last line `and N more`.
    /// - Complexity: O(lines).
    static func changes(from old: String, to new: String, limit: Int = 5) -> [String] {
        let before = _entries(old), after = _entries(new)
        let oldValues = Dictionary(before.map { ($0.label, $0) }) { first, _ in first }
        let newLabels = Set(after.map(\.label))
        var lines: [String] = []
        for entry in after {
            if let previous = oldValues[entry.label] {
                if previous.value != entry.value { lines.append(_change(previous, entry)) }
            } else {
                lines.append("\(entry.label): only in this spec")
            }
        }
        for entry in before where !newLabels.contains(entry.label) {
            lines.append("\(entry.label): only in the folder's spec")
        }
        guard lines.count > limit else { return lines }
        return Array(lines.prefix(limit)) + ["and \(lines.count - limit) more"]
    }

    /// One line of a canonical text split into its label and value.
    struct _Entry {
        var label: String
        /// What stands between label and value: ` = ` for a setting, `: `
        /// for a point (whose value is `key=value` words), ` ` otherwise.
        var separator: String
        var value: String
    }

    static func _entries(_ text: String) -> [_Entry] {
        text.split(separator: "\n").map { line in
            for separator in [" = ", ": ", " "] {
                if let range = line.range(of: separator) {
                    return _Entry(label: String(line[..<range.lowerBound]), separator: separator,
                                  value: String(line[range.upperBound...]))
                }
            }
            return _Entry(label: String(line), separator: "", value: "")
        }
    }

    /// `old → new` for one label; for a point, only the keys whose values
    /// changed, when both have the same keys in the same order.
    static func _change(_ old: _Entry, _ new: _Entry) -> String {
        guard new.separator == ": " else { return "\(new.label)\(new.separator)\(old.value) → \(new.value)" }
        let oldWords = _words(old.value), newWords = _words(new.value)
        guard oldWords.map(\.key) == newWords.map(\.key) else { return "\(new.label): \(old.value) → \(new.value)" }
        let changed = zip(oldWords, newWords).filter { $0.value != $1.value }
            .map { "\($0.key) = \($0.value) → \($1.value)" }
        return "\(new.label): " + changed.joined(separator: ", ")
    }

    static func _words(_ value: String) -> [(key: Substring, value: Substring)] {
        value.split(separator: " ").map { word in
            guard let equals = word.firstIndex(of: "=") else { return (word, "") }
            return (word[..<equals], word[word.index(after: equals)...])
        }
    }
}
