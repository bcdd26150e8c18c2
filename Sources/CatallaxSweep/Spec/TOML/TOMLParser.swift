/// Reads TOML 1.0.0 documents (<https://toml.io/en/v1.0.0>) into
/// ``TOML.Table`` values.
///
/// Every malformed input is a thrown ``TOMLSyntaxError`` with a line and
/// column: the parser never traps, never recurses more than
/// ``maximumDepth`` levels, and runs in time linear in the input (apart
/// from sorting keys and the `Double` conversion of each float's digits).
/// It replaces a C++ parser whose assertions aborted the process on
/// malformed input.
enum TOMLParser {
    /// The deepest nesting of tables and arrays accepted. Deeper input is an
    /// error rather than a deeper recursion, so that hostile input cannot
    /// overflow the stack while parsing, comparing or freeing the result.
    static let maximumDepth = 64

    /// The document in `text`.
    /// - Throws: ``TOMLSyntaxError`` for the first malformed construct.
    /// - Complexity: O(*n*) in the length of `text`, plus sorting keys.
    static func parse(_ text: String) throws(TOMLSyntaxError) -> TOML.Table {
        var reader = _TOMLReader(bytes: Array(text.utf8))
        return try reader.readDocument()
    }

    /// The document in the UTF-8 `bytes`, which may be any byte sequence.
    /// - Throws: ``TOMLSyntaxError`` for invalid UTF-8 (at the first bad
    ///   byte) or the first malformed construct.
    /// - Complexity: O(*n*) in the number of bytes, plus sorting keys.
    static func parse(bytes: some Collection<UInt8>) throws(TOMLSyntaxError) -> TOML.Table {
        var reader = _TOMLReader(bytes: Array(bytes))
        try reader.validateUTF8()
        return try reader.readDocument()
    }
}
