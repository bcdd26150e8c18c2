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
