import Foundation

/// Writing a file so that it is either absent or complete under its final
/// name: the bytes go to a temporary name in the same folder, which is then
/// renamed over the target (`rename(2)` replaces it in one step).
///
/// If any step fails (the folder is missing, the disk is full, a file-size
/// limit is hit), the temporary file is removed and the target is left as
/// it was, so no half-written file ever carries a final name.
package enum WholeFile {
    /// Writes `data` to `url` atomically.
    /// - Throws: ``SweepError/cannotWrite(path:reason:)`` naming the file and
    ///   the system's reason (`File too large`, `No space left on device`, …).
    /// - Complexity: O(`data.count`).
    package static func write(_ data: Data, to url: URL) throws(SweepError) {
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        let fd = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw .cannotWrite(path: url.path, reason: SweepError.systemReason()) }
        let failure = _writeAll(data, to: fd)
        // close(2) can report a deferred write error (NFS, some full disks).
        let closed = close(fd) == 0 ? nil : SweepError.systemReason()
        if let reason = failure ?? closed ?? (rename(temporary.path, url.path) == 0 ? nil : SweepError.systemReason()) {
            unlink(temporary.path)
            throw .cannotWrite(path: url.path, reason: reason)
        }
    }

    /// Writes every byte of `data` to `fd`, looping over short writes.
    /// - Returns: `nil`, or the system's reason for the failure.
    static func _writeAll(_ data: Data, to fd: Int32) -> String? {
        data.withUnsafeBytes { _writeAll($0, to: fd) }
    }

    /// Writes every byte of `bytes` to `fd`, looping over short writes.
    /// - Returns: `nil`, or the system's reason for the failure.
    static func _writeAll(_ bytes: UnsafeRawBufferPointer, to fd: Int32) -> String? {
        var offset = 0
        while offset < bytes.count {
            let written = Foundation.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return SweepError.systemReason()
            }
            // A write of 0 bytes to a regular file means no room at all.
            if written == 0 { return "no room to write" }
            offset += written
        }
        return nil
    }
}
