extension CSV {
    /// The records of `text` as RFC 4180 writes them (``line(_:)``): fields
    /// split at commas, a quoted field's commas, line breaks and doubled
    /// quotes kept as text; each record ends at a line feed (a carriage
    /// return before it is dropped), and a last line without one is a record too.
    ///
    /// ```
    /// a,"b,""c""",d⏎  →  ["a", "b,\"c\"", "d"]
    /// ```
    /// - Complexity: O(characters).
    package static func records(_ text: String) -> [[String]] {
        var records: [[String]] = [], record: [String] = [], field = ""
        var quoted = false, afterQuote = false, started = false
        for character in text {
            if quoted {
                if character == "\"" { quoted = false; afterQuote = true } else { field.append(character) }
                continue
            }
            switch character {
            case "\"":
                // A quote opens a quoted field, or, right after one closed, is an escaped quote inside it.
                if afterQuote { field.append("\"") }
                quoted = true
                afterQuote = false
            case ",":
                record.append(field)
                field = ""
                afterQuote = false
            case "\n", "\r\n":
                record.append(field)
                records.append(record)
                (record, field, afterQuote) = ([], "", false)
            default:
                field.append(character)
                afterQuote = false
            }
            started = true
        }
        if started && (!field.isEmpty || !record.isEmpty) {
            record.append(field)
            records.append(record)
        }
        return records
    }
}
