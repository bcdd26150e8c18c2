extension _TOMLReader {
    /// Reads a string value starting at its opening `quote` (`"` or `'`),
    /// single- or multi-line according to whether the quote is tripled.
    /// - Throws: ``TOMLSyntaxError`` for an unterminated string, a bad
    ///   escape or a forbidden control character.
    mutating func readString(quote: UInt8) throws(TOMLSyntaxError) -> String {
        let multiline = peek(1) == quote && peek(2) == quote
        advance(multiline ? 3 : 1)
        return quote == UInt8(ascii: "\"")
            ? try readBasicString(multiline: multiline)
            : try readLiteralString(multiline: multiline)
    }

    /// Reads a basic string after its opening delimiter, resolving escapes.
    /// - Throws: ``TOMLSyntaxError`` as ``readString(quote:)``.
    mutating func readBasicString(multiline: Bool) throws(TOMLSyntaxError) -> String {
        try readStringBody(quote: UInt8(ascii: "\""), multiline: multiline)
    }

    /// Reads a literal string after its opening delimiter: no escapes.
    /// - Throws: ``TOMLSyntaxError`` as ``readString(quote:)``.
    mutating func readLiteralString(multiline: Bool) throws(TOMLSyntaxError) -> String {
        try readStringBody(quote: UInt8(ascii: "'"), multiline: multiline)
    }

    /// Reads a string's content up to and including its closing delimiter.
    ///
    /// A multi-line string drops a newline right after its opening
    /// delimiter, reads each CRLF as LF, and may end with one or two quotes
    /// right before the closing three (so a run of 3–5 quotes closes it,
    /// the extra ones being content). Escapes are resolved only in basic (`"`) strings.
    /// - Throws: ``TOMLSyntaxError`` as ``readString(quote:)``.
    /// - Complexity: O(length of the string).
    private mutating func readStringBody(quote: UInt8, multiline: Bool) throws(TOMLSyntaxError) -> String {
        let open = index - (multiline ? 3 : 1)
        if multiline { skipNewline() }
        var content: [UInt8] = []
        while true {
            guard let byte = peek() else {
                throw failure(multiline ? "unterminated multi-line string (opened on line \(location(of: open).line))" : "unterminated string")
            }
            switch byte {
            case quote:
                guard multiline else {
                    advance()
                    return String(decoding: content, as: UTF8.self)
                }
                var run = 0
                while run < 6, peek(run) == quote { run += 1 }
                if run < 3 {
                    content.append(contentsOf: repeatElement(quote, count: run))
                    advance(run)
                    continue
                }
                guard run <= 5 else { throw failure("too many quotes at the end of a multi-line string", at: index + 5) }
                content.append(contentsOf: repeatElement(quote, count: run - 3))
                advance(run)
                return String(decoding: content, as: UTF8.self)
            case UInt8(ascii: "\\") where quote == UInt8(ascii: "\""):
                try readEscape(into: &content, multiline: multiline)
            case UInt8(ascii: "\n") where multiline:
                content.append(byte)
                advance()
            case UInt8(ascii: "\r") where multiline && peek(1) == UInt8(ascii: "\n"):
                // CRLF reads as LF (the specification allows normalizing),
                // so a file's value does not depend on its checkout.
                content.append(UInt8(ascii: "\n"))
                advance(2)
            case UInt8(ascii: "\n"):
                throw failure("unterminated string (a single-line string must end on its line)")
            case UInt8(ascii: "\r") where peek(1) == UInt8(ascii: "\n"):
                throw failure("unterminated string (a single-line string must end on its line)")
            case _ where Self.isControl(byte):
                throw failure("control character \(Self.describe(byte)) is not allowed in a string; use an escape")
            default:
                content.append(byte)
                advance()
            }
        }
    }

    /// Reads one escape after `\` in a basic string and appends its UTF-8.
    ///
    /// In multi-line strings a backslash ending a line (trailing spaces
    /// allowed) removes the newline and all whitespace and newlines after it.
    /// - Throws: ``TOMLSyntaxError`` for an unknown escape or a code point
    ///   that is not a Unicode scalar value (a surrogate, or above U+10FFFF).
    private mutating func readEscape(into content: inout [UInt8], multiline: Bool) throws(TOMLSyntaxError) {
        let start = index
        advance()
        let simple: UInt8? = switch peek() {
        case UInt8(ascii: "b"): 0x08
        case UInt8(ascii: "t"): 0x09
        case UInt8(ascii: "n"): 0x0A
        case UInt8(ascii: "f"): 0x0C
        case UInt8(ascii: "r"): 0x0D
        case UInt8(ascii: "\""): 0x22
        case UInt8(ascii: "\\"): 0x5C
        default: nil
        }
        if let simple {
            content.append(simple)
            advance()
            return
        }
        switch peek() {
        case UInt8(ascii: "u"), UInt8(ascii: "U"):
            let digits = at(UInt8(ascii: "u")) ? 4 : 8
            advance()
            var code: UInt32 = 0
            for _ in 0..<digits {
                guard let digit = peek().flatMap(Self.hexDigit) else {
                    throw failure("a \\\(digits == 4 ? "u" : "U") escape needs exactly \(digits) hexadecimal digits", at: start)
                }
                code = code << 4 | UInt32(digit)
                advance()
            }
            guard let scalar = Unicode.Scalar(code) else {
                throw failure("escape \(String(decoding: bytes[start..<index], as: UTF8.self)) is not a Unicode scalar value", at: start)
            }
            UTF8.encode(scalar) { content.append($0) }
        case let byte? where multiline && (Self.isWhitespace(byte) || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")):
            skipWhitespace()
            guard skipNewline() else {
                throw failure("a line-ending backslash must be followed only by whitespace up to the newline", at: start)
            }
            while true {
                skipWhitespace()
                guard skipNewline() else { break }
            }
        case let byte:
            let shown = byte.map { $0 > 0x20 && $0 < 0x7F ? "'\\\(Character(Unicode.Scalar($0)))'" : "'\\' followed by \(Self.describe($0))" } ?? "'\\' at the end of the file"
            throw failure("invalid escape sequence \(shown)", at: start)
        }
    }

    /// Consumes one LF or CRLF, answering whether there was one.
    @discardableResult
    private mutating func skipNewline() -> Bool {
        if at(UInt8(ascii: "\n")) {
            advance()
            return true
        }
        if at(UInt8(ascii: "\r")), peek(1) == UInt8(ascii: "\n") {
            advance(2)
            return true
        }
        return false
    }

    /// The value of an ASCII hexadecimal digit, or `nil`.
    static func hexDigit(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
