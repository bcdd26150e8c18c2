import Foundation

/// A journal file read one line at a time, a chunk of it in memory at most
/// besides the line: a journal can be hundreds of megabytes. The one
/// reading of lines behind ``Journal/read(_:)`` (resuming) and
/// ``Journal/PointReader`` (merging, reporting).
struct JournalLines {
    let _handle: FileHandle?
    let _chunkSize: Int
    var _buffer: [UInt8] = []
    var _start = 0
    var _atEnd = false
    /// The file's bytes before the next line: the end of the line last read, its newline included.
    private(set) var offset = 0

    /// Lines of the file at `url`, read `chunkSize` bytes at a time; a
    /// file that cannot be opened has none.
    init(_ url: URL, chunkSize: Int) {
        _handle = try? FileHandle(forReadingFrom: url)
        _chunkSize = chunkSize
    }

    /// Whether the file could be opened.
    var isOpen: Bool { _handle != nil }

    /// The next line's bytes without its newline; `nil` when no whole line
    /// is left (``trailingByteCount`` then tells what follows the last one).
    mutating func next() -> ArraySlice<UInt8>? {
        while true {
            // memchr rather than a search of the slice a byte at a time.
            let found = _start == _buffer.count ? nil : _buffer.withUnsafeBytes { bytes in
                memchr(bytes.baseAddress! + _start, Int32(UInt8(ascii: "\n")), bytes.count - _start)
                    .map { bytes.baseAddress!.distance(to: UnsafeRawPointer($0)) }
            }
            if let newline = found {
                let line = _buffer[_start..<newline]
                offset += newline + 1 - _start
                _start = newline + 1
                return line
            }
            if _atEnd { return nil }
            _buffer.removeSubrange(0..<_start)
            _start = 0
            let chunk = (try? _handle?.read(upToCount: _chunkSize)) ?? nil
            if let chunk, !chunk.isEmpty { _buffer.append(contentsOf: chunk) } else { _atEnd = true }
        }
    }

    /// Bytes after the last whole line, once ``next()`` has returned `nil`: a last line cut short.
    var trailingByteCount: Int { _buffer.count - _start }
}
