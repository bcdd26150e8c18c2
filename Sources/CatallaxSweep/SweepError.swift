/// Why a sweep cannot start or go on: each case names the file or folder and
/// what to do.
public enum SweepError: Error, Equatable, CustomStringConvertible {
    /// A file or folder could not be written.
    case cannotWrite(path: String, reason: String)
    /// The output folder holds another spec's results.
    case foreignResults(folder: String, theirs: String, ours: String)
    /// The output folder holds an interrupted sweep of this spec.
    case interrupted(folder: String, done: Int, total: Int)
    /// `--resume` was asked but there is nothing to resume.
    case nothingToResume(folder: String)
    /// Another sweep is writing into the folder.
    case locked(folder: String)
    /// Shards to merge do not fit together.
    case shardMismatch(folder: String, reason: String)

    public var description: String {
        switch self {
        case let .cannotWrite(path, reason):
            "Cannot write '\(path)': \(reason)."
        case let .foreignResults(folder, theirs, ours):
            "'\(folder)' holds results of another spec (hash \(theirs), this spec's is \(ours)); choose another --out or pass --force to replace them."
        case let .interrupted(folder, done, total):
            "'\(folder)' holds an interrupted run of this spec (\(done) of \(total) runs done); pass --resume to continue it or --force to start over."
        case let .nothingToResume(folder):
            "--resume: '\(folder)' holds no journal of this spec to resume; run without --resume."
        case let .locked(folder):
            "Another sweep is writing into '\(folder)'; wait for it to finish or choose another --out."
        case let .shardMismatch(folder, reason):
            "Cannot merge '\(folder)': \(reason)."
        }
    }
}
