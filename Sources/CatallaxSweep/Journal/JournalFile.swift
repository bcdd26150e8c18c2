import Foundation
import Synchronization

/// A file of JSON lines appended one whole line at a time, the storage of
/// every journal (a sweep's, a search's).
///
/// It is opened with `O_APPEND`, and each line goes out in one `write`
/// unless it comes up short; a line that cannot be written whole (disk
/// full, file-size limit) is rolled back to the previous end of file. So a
/// crash can only cut the *last* line short, and a failed write leaves no
/// part of a record the caller goes on after. Thread-safe.
package final class JournalFile: Sendable {
    let _descriptor: Mutex<Int32>
    /// Where the file lives.
    package let url: URL

    /// Opens (creating if needed) the file at `url` for appending.
    /// - Throws: ``SweepError/cannotWrite(path:reason:)``.
    package init(appendingTo url: URL) throws(SweepError) {
        self.url = url
        let fd = open(url.path, O_WRONLY | O_APPEND | O_CREAT, 0o644)
        guard fd >= 0 else { throw .cannotWrite(path: url.path, reason: SweepError.systemReason()) }
        _descriptor = Mutex(fd)
    }

    deinit {
        _descriptor.withLock { _ = close($0) }
    }

    /// Whether the file holds nothing yet.
    package var isEmpty: Bool {
        _descriptor.withLock { lseek($0, 0, SEEK_END) == 0 }
    }

    /// Appends `line` (its newline included), whole or not at all.
    /// - Throws: ``SweepError/cannotWrite(path:reason:)`` with the system's reason.
    package func append(_ line: Data) throws(SweepError) {
        let failure = _descriptor.withLock { fd -> String? in
            let end = lseek(fd, 0, SEEK_END)
            // Past a short write, writing the rest yields the system's reason (EFBIG, ENOSPC).
            guard let reason = WholeFile._writeAll(line, to: fd) else { return nil }
            if end >= 0 { _ = ftruncate(fd, end) }
            return reason
        }
        if let failure { throw .cannotWrite(path: url.path, reason: failure) }
    }
}
