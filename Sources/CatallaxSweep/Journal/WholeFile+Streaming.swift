import CatallaxModel
import Foundation

extension WholeFile {
    /// Writes the text `body` appends to its stream to `url` atomically, a
    /// megabyte at a time, so a file of hundreds of megabytes (the
    /// `runs.csv` of a million runs) is never held whole in memory.
    ///
    /// Same promise as ``write(_:to:)``: the bytes go to a temporary name,
    /// renamed over `url` only when every write and the close succeeded.
    /// - Parameter body: appends the file's text to the stream it is given.
    /// - Throws: ``SweepError/cannotWrite(path:reason:)`` naming the file and
    ///   the system's reason.
    /// - Complexity: O(bytes), with O(1 MB) memory besides what `body` holds.
    package static func write(to url: URL, _ body: (inout Stream) -> Void) throws(SweepError) {
        let file = try Open(url)
        body(&file.stream)
        try file.commit()
    }

    /// A text stream into an open file, buffered: ``write(_:)`` appends to a
    /// buffer that is written out whenever it passes ``_capacity`` bytes. The
    /// first failed write is kept in ``failure`` and later text is dropped.
    package struct Stream: ByteSink {
        let _fd: Int32
        var _buffer: [UInt8] = []
        /// Bytes written out before the buffer's.
        var _flushed = 0
        /// The system's reason for the first failed write, if any.
        package private(set) var failure: String?
        static let _capacity = 1 << 20

        init(fd: Int32) {
            _fd = fd
            _buffer.reserveCapacity(Self._capacity + 4096)
        }

        /// Appends `text`'s UTF-8 bytes.
        package mutating func write(_ text: String) {
            _buffer.append(contentsOf: text.utf8)
            if _buffer.count >= Self._capacity { flush() }
        }

        /// Appends ASCII bytes (what `Double.write(to:)` hands a stream),
        /// without a `String` in between.
        package mutating func _writeASCII(_ buffer: UnsafeBufferPointer<UInt8>) {
            _buffer.append(contentsOf: buffer)
            if _buffer.count >= Self._capacity { flush() }
        }

        /// Appends `byte`, an ASCII character.
        package mutating func write(ascii byte: UInt8) {
            _buffer.append(byte)
            if _buffer.count >= Self._capacity { flush() }
        }

        /// Appends `n` in decimal, as `String(n)` spells it.
        package mutating func write(integer n: Int) {
            Self._spellDecimal(n) { write(bytes: $0) }
        }

        /// Appends `data`'s bytes.
        package mutating func write(_ data: Data) {
            _buffer.append(contentsOf: data)
            if _buffer.count >= Self._capacity { flush() }
        }

        /// Bytes handed to the stream so far (written out or buffered).
        package var byteCount: Int { _flushed + _buffer.count }

        /// Appends raw bytes.
        package mutating func write(bytes: some Collection<UInt8>) {
            _buffer.append(contentsOf: bytes)
            if _buffer.count >= Self._capacity { flush() }
        }

        /// Writes the buffered bytes to the file.
        mutating func flush() {
            _flushed += _buffer.count
            if failure == nil {
                failure = _buffer.withUnsafeBytes { WholeFile._writeAll($0, to: _fd) }
            }
            _buffer.removeAll(keepingCapacity: true)
        }
    }
}
