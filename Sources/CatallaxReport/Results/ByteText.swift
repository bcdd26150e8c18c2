/// A text stream into a byte array: rows of a result file spelled on a
/// worker thread, to be written out later in order.
public struct ByteText: TextOutputStream, Sendable {
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
}
