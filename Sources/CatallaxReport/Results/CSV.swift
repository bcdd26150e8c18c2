import CatallaxModel

/// Comma-separated values as RFC 4180 writes them.
public enum CSV {
    /// `field`, quoted when it holds a comma, a quote or a line break
    /// (quotes doubled inside).
    public static func escaped(_ field: String) -> String {
        // The four bytes are ASCII, so a scan of the UTF-8 bytes finds them without grapheme breaking.
        guard field.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// One line of fields, ending in a line feed.
    public static func line(_ fields: [String]) -> String {
        var text = ""
        append(fields, to: &text)
        return text
    }

    /// Appends one line of fields, ending in a line feed, to `stream`.
    /// - Complexity: O(characters of the fields).
    public static func append(_ fields: [String], to stream: inout some TextOutputStream) {
        for (i, field) in fields.enumerated() {
            if i > 0 { stream.write(",") }
            stream.write(escaped(field))
        }
        stream.write("\n")
    }

    /// A number for machines: shortest form that reads back to the same
    /// `Double`; empty when absent.
    public static func number(_ x: Double?) -> String {
        x.map(NumberFormat.exact) ?? ""
    }

    /// Appends ``number(_:)`` of `x` to `stream` without making a string of
    /// it (a finite `Double` writes its shortest round-trip digits, the
    /// bytes of `"\(x)"`, straight to the stream).
    public static func appendNumber(_ x: Double?, to stream: inout some ByteSink) {
        guard let x else { return }
        if x.isFinite { x.write(to: &stream) } else { stream.write(NumberFormat.exact(x)) }
    }

    /// Appends `,` and then ``appendNumber(_:to:)`` of `x`: one more field of a row.
    public static func appendField(_ x: Double?, to stream: inout some ByteSink) {
        stream.write(ascii: UInt8(ascii: ","))
        appendNumber(x, to: &stream)
    }
}
