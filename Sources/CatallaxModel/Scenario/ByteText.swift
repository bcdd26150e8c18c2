/// A text stream into a byte array: the canonical lines of a sweep's
/// points and the rows of its result files, spelled on worker threads
/// without a `String` for each piece.
public struct ByteText: ByteSink, Sendable {
    /// The UTF-8 bytes so far.
    public var bytes: [UInt8] = []

    /// An empty text.
    public init() {}

    /// Appends `text`'s UTF-8 bytes.
    public mutating func write(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// Appends ASCII bytes (what `Double.write(to:)` hands a stream), without a `String` in between.
    public mutating func _writeASCII(_ buffer: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: buffer)
    }

    /// Appends `byte`, an ASCII character.
    public mutating func write(ascii byte: UInt8) {
        bytes.append(byte)
    }

    /// Appends `n` in decimal, as `String(n)` spells it.
    public mutating func write(integer n: Int) {
        Self._spellDecimal(n) { bytes.append(contentsOf: $0) }
    }
}
