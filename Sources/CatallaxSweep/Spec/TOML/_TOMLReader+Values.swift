extension _TOMLReader {
    /// Reads the value after `=` or inside an array.
    /// - Parameter depth: the number of tables and arrays that will enclose
    ///   the value; an array or inline table may not push it past
    ///   ``TOMLParser/maximumDepth``.
    /// - Throws: ``TOMLSyntaxError`` for a missing or malformed value.
    mutating func readValue(depth: Int) throws(TOMLSyntaxError) -> TOML.Value {
        switch peek() {
        case UInt8(ascii: "\""):
            return .string(try readString(quote: UInt8(ascii: "\"")))
        case UInt8(ascii: "'"):
            return .string(try readString(quote: UInt8(ascii: "'")))
        case UInt8(ascii: "["):
            guard depth <= TOMLParser.maximumDepth else { throw tooDeep(at: index) }
            return .array(try readArray(depth: depth))
        case UInt8(ascii: "{"):
            guard depth <= TOMLParser.maximumDepth else { throw tooDeep(at: index) }
            return .table(try readInlineTable(depth: depth))
        case let byte? where Self.isScalarByte(byte):
            return try readScalar()
        case let byte:
            throw failure("expected a value, found \(Self.describe(byte))")
        }
    }

    /// Reads `[ value, value, … ]`: newlines and comments allowed between
    /// elements, a trailing comma allowed, types may be mixed.
    /// - Throws: ``TOMLSyntaxError`` for a malformed element or separator.
    private mutating func readArray(depth: Int) throws(TOMLSyntaxError) -> [TOML.Value] {
        let open = index
        advance()
        var elements: [TOML.Value] = []
        while true {
            try skipBlankLines()
            if at(UInt8(ascii: "]")) { break }
            guard peek() != nil else { throw failure("unterminated array (opened on line \(location(of: open).line))") }
            elements.append(try readValue(depth: depth + 1))
            try skipBlankLines()
            if at(UInt8(ascii: ",")) {
                advance()
            } else if !at(UInt8(ascii: "]")) {
                throw failure("expected ',' or ']' after an array element, found \(Self.describe(peek()))")
            }
        }
        advance()
        return elements
    }

    /// Reads `{ key = value, … }` on one line, with no trailing comma. The
    /// table is closed once read: nothing may add keys to it later.
    /// - Throws: ``TOMLSyntaxError`` for a malformed pair or separator, a
    ///   newline, or a duplicate key.
    private mutating func readInlineTable(depth: Int) throws(TOMLSyntaxError) -> TOML.Table {
        advance()
        let outerSection = section
        startSection()
        defer { section = outerSection }
        nodes.append(_TOMLNode(state: .explicit, depth: depth))
        let node = nodes.count - 1
        skipWhitespace()
        if !at(UInt8(ascii: "}")) {
            while true {
                if at(UInt8(ascii: "\n")) || at(UInt8(ascii: "\r")) {
                    throw failure(inlineTableSeparatorMessage())
                }
                try readKeyValue(into: node)
                skipWhitespace()
                if at(UInt8(ascii: "}")) { break }
                guard at(UInt8(ascii: ",")) else {
                    throw failure(inlineTableSeparatorMessage())
                }
                advance()
                skipWhitespace()
                if at(UInt8(ascii: "}")) { throw failure("trailing comma not allowed in an inline table") }
            }
        }
        advance()
        let table = tableValue(of: node)
        // The node is no longer needed; drop its entries to free memory.
        nodes[node].entries = [:]
        return table
    }

    /// What is wrong after an inline table's key/value pair.
    private func inlineTableSeparatorMessage() -> String {
        switch peek() {
        case nil: "unterminated inline table"
        case UInt8(ascii: "\n"), UInt8(ascii: "\r"): "newlines are not allowed inside an inline table"
        case let byte: "expected ',' or '}' in an inline table, found \(Self.describe(byte))"
        }
    }
}
