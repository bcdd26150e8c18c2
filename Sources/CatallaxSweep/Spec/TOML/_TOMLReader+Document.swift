extension _TOMLReader {
    /// Reads the whole document: comments, blank lines, `[table]` and
    /// `[[array]]` headers and key/value pairs, each header and pair ended
    /// by a newline or the end of the file.
    /// - Throws: ``TOMLSyntaxError`` for the first malformed construct.
    mutating func readDocument() throws(TOMLSyntaxError) -> TOML.Table {
        // A UTF-8 byte order mark is allowed at the start only.
        if peek() == 0xEF, peek(1) == 0xBB, peek(2) == 0xBF { advance(3) }
        var current = 0
        while true {
            skipWhitespace()
            guard let byte = peek() else { break }
            switch byte {
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "#"):
                try expectLineEnd(after: "a blank line")
            case UInt8(ascii: "["):
                current = try readHeader()
                try expectLineEnd(after: "a table header")
            default:
                try readKeyValue(into: current)
                try expectLineEnd(after: "a key/value pair")
            }
        }
        return tableValue(of: 0)
    }

    /// Reads `[a.b]` or `[[a.b]]` and answers the table it opens.
    /// - Throws: ``TOMLSyntaxError`` for a malformed header or a table that
    ///   may not be defined or appended to here.
    private mutating func readHeader() throws(TOMLSyntaxError) -> Int {
        advance()
        let isArray = at(UInt8(ascii: "["))
        if isArray { advance() }
        skipWhitespace()
        let path = try readKey()
        skipWhitespace()
        guard at(UInt8(ascii: "]")), !isArray || peek(1) == UInt8(ascii: "]") else {
            throw failure(isArray ? "expected ']]' to close the array-of-tables header" : "expected ']' to close the table header")
        }
        advance(isArray ? 2 : 1)
        return isArray ? try appendTable(path) : try defineTable(path)
    }

    /// Reads `key = value` and stores it in table `table`.
    /// - Throws: ``TOMLSyntaxError`` for a malformed pair or a key already
    ///   defined.
    mutating func readKeyValue(into table: Int) throws(TOMLSyntaxError) {
        let path = try readKey()
        skipWhitespace()
        guard at(UInt8(ascii: "=")) else {
            throw failure("expected '=' after the key, found \(Self.describe(peek()))")
        }
        advance()
        skipWhitespace()
        if peek() == nil || at(UInt8(ascii: "\n")) || at(UInt8(ascii: "\r")) || at(UInt8(ascii: "#")) {
            throw failure("expected a value after '='")
        }
        // The value sits one level below its table per key component.
        let value = try readValue(depth: nodes[table].depth + path.count)
        try insert(value, at: path, into: table)
    }

    /// Skips spaces and tabs.
    mutating func skipWhitespace() {
        while let byte = peek(), Self.isWhitespace(byte) {
            advance()
        }
    }

    /// Whether `byte` is TOML whitespace: space or tab.
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }

    /// Skips whitespace, then an optional comment, then requires a newline
    /// (LF or CRLF, consumed) or the end of the file.
    /// - Parameter what: what the line held, for the message.
    /// - Throws: ``TOMLSyntaxError`` for anything else on the line.
    mutating func expectLineEnd(after what: String) throws(TOMLSyntaxError) {
        skipWhitespace()
        try skipComment()
        guard let byte = peek() else { return }
        if byte == UInt8(ascii: "\n") {
            advance()
        } else if byte == UInt8(ascii: "\r"), peek(1) == UInt8(ascii: "\n") {
            advance(2)
        } else if byte == UInt8(ascii: "\r") {
            throw failure("a carriage return must be followed by a line feed")
        } else {
            throw failure("expected a newline after \(what), found \(Self.describe(byte))")
        }
    }

    /// Skips a `#` comment up to (not including) its newline.
    /// - Throws: ``TOMLSyntaxError`` for a control character other than tab
    ///   inside the comment (the specification forbids them, including a
    ///   lone carriage return).
    mutating func skipComment() throws(TOMLSyntaxError) {
        guard at(UInt8(ascii: "#")) else { return }
        advance()
        while let byte = peek(), byte != UInt8(ascii: "\n") {
            if byte == UInt8(ascii: "\r"), peek(1) == UInt8(ascii: "\n") { return }
            if Self.isControl(byte) {
                throw failure("control character \(Self.describe(byte)) is not allowed in a comment")
            }
            advance()
        }
    }

    /// Skips whitespace, newlines and comments, as allowed between the
    /// elements of an array.
    /// - Throws: ``TOMLSyntaxError`` for a bad comment or a lone carriage return.
    mutating func skipBlankLines() throws(TOMLSyntaxError) {
        while true {
            skipWhitespace()
            switch peek() {
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "#"):
                try expectLineEnd(after: "a comment")
            default:
                return
            }
        }
    }

    /// Whether `byte` is a control character TOML forbids in comments and
    /// strings: U+0000–U+001F except tab, and U+007F.
    static func isControl(_ byte: UInt8) -> Bool {
        (byte < 0x20 && byte != UInt8(ascii: "\t")) || byte == 0x7F
    }
}
