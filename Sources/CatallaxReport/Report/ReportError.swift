/// Why a report cannot be made from a result folder.
public enum ReportError: Error, Equatable, CustomStringConvertible {
    /// A file the report needs is missing.
    case missingFile(path: String, hint: String)
    /// A file is there but cannot be used.
    case unreadable(path: String, reason: String)
    /// A chart axis names no parameter of the sweep.
    case unknownAxis(key: String, allowed: [String])

    /// One sentence saying what is wrong and what to do.
    public var description: String {
        switch self {
        case let .missingFile(path, hint):
            "'\(path)' does not exist; \(hint)"
        case let .unreadable(path, reason):
            "'\(path)' cannot be used for a report: \(reason)."
        case let .unknownAxis(key, allowed):
            "'\(key)' is not an axis of this sweep; choose one of: \(allowed.joined(separator: ", "))."
        }
    }
}
