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
    /// The open file and its length: only this object appends to it while
    /// the folder is locked, so the length is kept here instead of asked of
    /// the system before every line (a syscall for every batch).
    let _descriptor: Mutex<(fd: Int32, end: off_t)>
    /// Where the file lives.
    package let url: URL

    /// Opens (creating if needed) the file at `url` for appending.
    /// - Throws: ``SweepError/cannotWrite(path:reason:)``.
    package init(appendingTo url: URL) throws(SweepError) {
        self.url = url
        let fd = open(url.path, O_WRONLY | O_APPEND | O_CREAT, 0o644)
        guard fd >= 0 else { throw .cannotWrite(path: url.path, reason: SweepError.systemReason()) }
        let end = lseek(fd, 0, SEEK_END)
        guard end >= 0 else {
            let reason = SweepError.systemReason()
            close(fd)
            throw .cannotWrite(path: url.path, reason: reason)
        }
        _descriptor = Mutex((fd, end))
    }

    deinit {
        _descriptor.withLock { _ = close($0.fd) }
    }

    /// Whether the file holds nothing yet.
    package var isEmpty: Bool {
        _descriptor.withLock { $0.end == 0 }
    }

    /// Appends `line` (its newline included), whole or not at all.
    /// - Throws: ``SweepError/cannotWrite(path:reason:)`` with the system's reason.
    package func append(_ line: Data) throws(SweepError) {
        let failure = _descriptor.withLock { file -> String? in
            // Past a short write, writing the rest yields the system's reason (EFBIG, ENOSPC).
            guard let reason = WholeFile._writeAll(line, to: file.fd) else {
                file.end += off_t(line.count)
                return nil
            }
            _ = ftruncate(file.fd, file.end)
            return reason
        }
        if let failure { throw .cannotWrite(path: url.path, reason: failure) }
    }
}
