import Foundation

/// Creating a sweep's output folder, with the system's own reason when it
/// cannot be made (`Not a directory`, `Read-only file system`, …) rather
/// than Foundation's generic message.
package enum OutputFolder {
    /// Creates `folder` and any missing parents, like `mkdir -p`.
    /// - Throws: ``SweepError/cannotWrite(path:reason:)`` naming `folder`
    ///   and, when it is a parent that failed, which one.
    package static func create(_ folder: URL) throws(SweepError) {
        var path = ""
        for component in folder.standardizedFileURL.pathComponents {
            path = path.isEmpty ? component : (path as NSString).appendingPathComponent(component)
            guard mkdir(path, 0o755) != 0 else { continue }
            let code = errno
            var isFolder: ObjCBool = false
            let exists = code == EEXIST && FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
            if exists && isFolder.boolValue { continue }
            let reason = exists ? "'\(path)' is a file, not a folder" : SweepError.systemReason(code)
            throw .cannotWrite(path: folder.path, reason: exists || path == folder.standardizedFileURL.path ? reason : "cannot create '\(path)': \(reason)")
        }
    }
}

extension OutputFolder {
    /// Removes the temporary files a killed writer left in `folder`: hidden
    /// files ending in `.tmp` (``WholeFile``'s `.<name>.<pid>.tmp`, and a
    /// streamed sweep's side files). A sweep writes its result files under
    /// such names from its first finished point to its end, so a `SIGKILL`
    /// leaves them, hundreds of megabytes for a large sweep; only a process
    /// holding the folder's lock calls this, so none is being written.
    package static func removeLeftovers(in folder: URL) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names where name.hasPrefix(".") && name.hasSuffix(".tmp") {
            unlink(folder.appendingPathComponent(name).path)
        }
    }
}
