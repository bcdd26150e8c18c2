/// Comma-separated values as RFC 4180 writes them.
public enum CSV {
    /// `field`, quoted when it holds a comma, a quote or a line break
    /// (quotes doubled inside).
    public static func escaped(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// One line of fields, ending in a line feed.
    public static func line(_ fields: [String]) -> String {
        fields.map(escaped).joined(separator: ",") + "\n"
    }

    /// A number for machines: shortest form that reads back to the same
    /// `Double`; empty when absent.
    public static func number(_ x: Double?) -> String {
        x.map(NumberFormat.exact) ?? ""
    }
}
