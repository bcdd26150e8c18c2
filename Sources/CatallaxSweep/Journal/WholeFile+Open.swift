import Foundation

extension WholeFile {
    /// A file being written a piece at a time, over a long stretch of work
    /// (a sweep's result files are written as its points finish), with the
    /// same promise as ``WholeFile/write(_:to:)``: the bytes go to a
    /// temporary name, renamed over the target by ``commit()`` only when
    /// every write and the close succeeded; ``abandon()`` removes them.
    /// Not thread-safe: one thread at a time writes (a sweep hands its
    /// points on from one thread at a time).
    package final class Open: @unchecked Sendable {
        /// The file's final name.
        package let url: URL
        let _temporary: URL
        /// The buffered stream into the temporary file.
        package var stream: Stream
        var _closed = false

        /// Creates the temporary file for `url`.
        /// - Throws: ``SweepError/cannotWrite(path:reason:)`` when it cannot be created.
        package init(_ url: URL) throws(SweepError) {
            self.url = url
            _temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
            let fd = open(_temporary.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            guard fd >= 0 else { throw .cannotWrite(path: url.path, reason: SweepError.systemReason()) }
            stream = Stream(fd: fd)
        }

        /// Bytes handed to the stream so far.
        package var byteCount: Int { stream.byteCount }

        /// Flushes, closes and renames the file over ``url``.
        /// - Throws: ``SweepError/cannotWrite(path:reason:)`` naming the file
        ///   and the first failure; the temporary file is then removed and
        ///   ``url`` left as it was.
        package func commit() throws(SweepError) {
            precondition(!_closed, "WholeFile.Open: committed or abandoned twice")
            _closed = true
            stream.flush()
            // close(2) can report a deferred write error (NFS, some full disks).
            let closed = close(stream._fd) == 0 ? nil : SweepError.systemReason()
            if let reason = stream.failure ?? closed ?? (rename(_temporary.path, url.path) == 0 ? nil : SweepError.systemReason()) {
                unlink(_temporary.path)
                throw .cannotWrite(path: url.path, reason: reason)
            }
        }

        /// Closes and removes the temporary file; ``url`` is left as it was.
        package func abandon() {
            guard !_closed else { return }
            _closed = true
            close(stream._fd)
            unlink(_temporary.path)
        }

        deinit { abandon() }
    }
}
