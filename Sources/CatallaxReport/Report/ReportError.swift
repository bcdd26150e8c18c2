/// Why a report cannot be made from a result folder, or shard folders
/// cannot be merged into one.
public enum ReportError: Error, Equatable, CustomStringConvertible {
    /// A file the report needs is missing.
    case missingFile(path: String, hint: String)
    /// A file is there but cannot be used.
    case unreadable(path: String, reason: String)
    /// A chart axis names no parameter of the sweep.
    case unknownAxis(key: String, allowed: [String])
    /// A folder given as a shard's output lacks a file a merge needs.
    case notAShardFolder(folder: String, missing: String, hint: String)
    /// The spec text a summary holds does not hash to the spec hash of its journal.
    case specHashMismatch(path: String, hash: String)

    /// One sentence saying what is wrong and what to do.
    public var description: String {
        switch self {
        case let .missingFile(path, hint):
            "'\(path)' does not exist; \(hint)"
        case let .unreadable(path, reason):
            "'\(path)' cannot be read back: \(reason)."
        case let .unknownAxis(key, allowed):
            "'\(key)' is not an axis of this sweep; choose one of: \(allowed.joined(separator: ", "))."
        case let .notAShardFolder(folder, missing, hint):
            "'\(folder)' holds no \(missing); \(hint)"
        case let .specHashMismatch(path, hash):
            "the spec text in '\(path)' does not match its hash \(hash)."
        }
    }
}
