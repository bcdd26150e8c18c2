import Foundation

/// An exclusive lock on an output folder, so two sweeps cannot write into
/// it at once. It is an advisory `flock` on `<folder>/.lock`: the kernel
/// releases it when the process ends, however it ends (SIGKILL included),
/// so a killed sweep never leaves a stale lock behind.
public final class FolderLock {
    let _descriptor: Int32

    /// Takes the lock on `folder`.
    /// - Throws: ``SweepError/locked(folder:)`` if another process holds it,
    ///   ``SweepError/cannotWrite(path:reason:)`` if the lock file cannot be made.
    public init(_ folder: URL) throws(SweepError) {
        let path = folder.appendingPathComponent(".lock").path
        let fd = open(path, O_RDWR | O_CREAT, 0o644)
        guard fd >= 0 else { throw .cannotWrite(path: path, reason: SweepError.systemReason()) }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            close(fd)
            throw .locked(folder: folder.path)
        }
        _descriptor = fd
    }

    deinit {
        flock(_descriptor, LOCK_UN)
        close(_descriptor)
    }
}
