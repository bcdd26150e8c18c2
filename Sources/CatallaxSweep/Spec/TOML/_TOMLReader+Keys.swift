/// One component of a dotted key, with where it was written.
struct _TOMLKey {
    /// The key text, quotes removed and escapes resolved.
    let name: String
    /// The byte offset of its first character, for messages.
    let offset: Int
}

extension _TOMLReader {
    /// Reads a key: bare (`A-Za-z0-9_-`), basic-quoted or literal-quoted
    /// components joined by dots, with optional whitespace around each dot.
    /// - Throws: ``TOMLSyntaxError`` when a component is missing or malformed.
    /// - Complexity: O(length of the key).
    mutating func readKey() throws(TOMLSyntaxError) -> [_TOMLKey] {
        var path: [_TOMLKey] = []
        while true {
            let offset = index
            let name: String
            switch peek() {
            case UInt8(ascii: "\""):
                advance()
                name = try readBasicString(multiline: false)
            case UInt8(ascii: "'"):
                advance()
                name = try readLiteralString(multiline: false)
            case let byte? where Self.isBareKeyByte(byte):
                while let byte = peek(), Self.isBareKeyByte(byte) { advance() }
                name = String(decoding: bytes[offset..<index], as: UTF8.self)
            case let byte:
                let message = path.isEmpty ? "expected a key" : "expected a key after '.'"
                throw failure("\(message), found \(Self.describe(byte))")
            }
            path.append(_TOMLKey(name: name, offset: offset))
            skipWhitespace()
            guard at(UInt8(ascii: ".")) else { return path }
            advance()
            skipWhitespace()
        }
    }

    /// Whether `byte` may appear in a bare key.
    static func isBareKeyByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"):
            true
        default:
            false
        }
    }

    /// How a dotted key is written back in messages: bare components as
    /// they are, others in double quotes.
    static func display(_ path: some Collection<_TOMLKey>) -> String {
        path.map { key in
            !key.name.isEmpty && key.name.utf8.allSatisfy(isBareKeyByte) ? key.name : "\"\(key.name)\""
        }.joined(separator: ".")
    }
}
