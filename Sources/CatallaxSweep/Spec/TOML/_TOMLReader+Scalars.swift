extension _TOMLReader {
    /// Reads an unquoted scalar: boolean, integer, float or date-time.
    ///
    /// The token is every following byte that can occur in one of them
    /// (`A-Za-z0-9_+-.:`), plus, after a full date, a space and the time
    /// (`1979-05-27 07:32:00`). It is then classified by its shape and
    /// checked strictly by the reader for that type.
    /// - Throws: ``TOMLSyntaxError`` for a token that is none of them.
    mutating func readScalar() throws(TOMLSyntaxError) -> TOML.Value {
        let start = index
        scanToken()
        if index - start == 10, at(UInt8(ascii: " ")), peek(1).map(Self.isDigit) == true,
           Self.isDate(bytes[start..<index]) {
            advance()
            scanToken()
        }
        let token = bytes[start..<index]
        switch String(decoding: token.prefix(6), as: UTF8.self) {
        case "true" where token.count == 4: return .boolean(true)
        case "false" where token.count == 5: return .boolean(false)
        default: break
        }
        if Self.isDate(token.prefix(10)) || (token.count >= 3 && token[token.startIndex + 2] == UInt8(ascii: ":")) {
            return .dateTime(try readDateTime(token, at: start))
        }
        if let first = token.first, Self.isLetter(first), !["inf", "nan"].contains(String(decoding: token.prefix(4), as: UTF8.self)) {
            throw failure("invalid value \(Self.quote(token)) (a string needs quotes)", at: start)
        }
        return try readNumber(token, at: start)
    }

    /// Moves the cursor past the bytes that may form a scalar.
    private mutating func scanToken() {
        while let byte = peek(), Self.isScalarByte(byte) { advance() }
    }

    /// Whether `byte` may occur in an unquoted scalar.
    static func isScalarByte(_ byte: UInt8) -> Bool {
        isBareKeyByte(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":")
    }

    /// Whether `byte` is an ASCII letter.
    static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    /// Whether `byte` is an ASCII decimal digit.
    static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    /// Whether `token` has the shape `dddd-dd-dd` (ten bytes).
    static func isDate(_ token: ArraySlice<UInt8>) -> Bool {
        guard token.count == 10 else { return false }
        for (offset, byte) in token.enumerated() {
            let ok = offset == 4 || offset == 7 ? byte == UInt8(ascii: "-") : isDigit(byte)
            if !ok { return false }
        }
        return true
    }

    /// `token` for a message, shortened past 40 bytes.
    static func quote(_ token: ArraySlice<UInt8>) -> String {
        let text = String(decoding: token.prefix(40), as: UTF8.self)
        return "'" + text + (token.count > 40 ? "…'" : "'")
    }
}
