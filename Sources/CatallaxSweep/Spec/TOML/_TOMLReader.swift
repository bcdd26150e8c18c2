/// The state of one parse: the document's UTF-8 bytes, a cursor into them,
/// and the tables built so far.
///
/// Every read goes through ``peek(_:)``, which answers `nil` past the end,
/// so no input can index out of range. Positions in errors are byte
/// offsets turned into line and column only when an error is thrown, which
/// keeps the happy path free of line bookkeeping.
struct _TOMLReader {
    /// The document's bytes.
    let bytes: [UInt8]
    /// The offset of the next byte to read, `0 ... bytes.count`.
    var index = 0
    /// Every table built so far; the root is node 0 (see `+Tables`).
    var nodes: [_TOMLNode] = [_TOMLNode(state: .explicit, depth: 0)]
    /// The node indices of each array of tables, never empty.
    var tableArrays: [[Int]] = []
    /// The section that dotted keys may currently extend: a new number per
    /// header and per inline table.
    var section = 0
    /// The last section number handed out.
    var sectionCount = 0

    /// A reader positioned at the start of `bytes`.
    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The byte `offset` places ahead of the cursor, or `nil` past the end.
    func peek(_ offset: Int = 0) -> UInt8? {
        let position = index + offset
        return position < bytes.count ? bytes[position] : nil
    }

    /// Whether the cursor is at `byte`.
    func at(_ byte: UInt8) -> Bool {
        peek() == byte
    }

    /// Moves the cursor `count` bytes on, stopping at the end.
    mutating func advance(_ count: Int = 1) {
        index = min(index + count, bytes.count)
    }

    /// The error `message` located at byte `offset` (the cursor by default).
    func failure(_ message: String, at offset: Int? = nil) -> TOMLSyntaxError {
        let (line, column) = location(of: offset ?? index)
        return TOMLSyntaxError(line: line, column: column, message: message)
    }

    /// The 1-based line and column of byte `offset`: lines end at LF, and
    /// columns count bytes that are not UTF-8 continuation bytes
    /// (`10xxxxxx`), that is Unicode scalars in valid UTF-8.
    /// - Complexity: O(`offset`).
    func location(of offset: Int) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for byte in bytes[..<min(max(offset, 0), bytes.count)] {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }

    /// How a byte is shown in a message: the character for printable ASCII,
    /// `U+00XX` otherwise.
    static func describe(_ byte: UInt8?) -> String {
        guard let byte else { return "the end of the file" }
        if byte > 0x20, byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        let hex = String(byte, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: 4 - hex.count) + hex
    }
}
