import Foundation

/// Why a sweep cannot start or go on: each case names the file or folder and
/// what to do.
public enum SweepError: Error, Equatable, CustomStringConvertible {
    /// A file or folder could not be written.
    case cannotWrite(path: String, reason: String)
    /// The output folder holds another spec's results.
    case foreignResults(folder: String, theirs: String, ours: String)
    /// The output folder holds another spec's results, and the spec it was
    /// run with is on record: `changes` lists what differs, folder's value
    /// first (at most a few lines, then `and N more`).
    case specChanged(folder: String, theirs: String, ours: String, changes: [String])
    /// The output folder holds an interrupted sweep of this spec.
    case interrupted(folder: String, done: Int, total: Int)
    /// `--resume` was asked but there is nothing to resume.
    case nothingToResume(folder: String)
    /// The journal holds what a crash does not leave: a line other than the
    /// last that is not a record, or a run the sweep does not have.
    case damagedJournal(path: String, damage: String)
    /// Another sweep is writing into the folder.
    case locked(folder: String)
    /// Shards to merge do not fit together.
    case shardMismatch(folder: String, reason: String)
    /// The sweep was asked to stop (SIGINT, SIGTERM) and did, with `done`
    /// of its `total` runs in the folder's journal.
    case stopped(folder: String, done: Int, total: Int)

    public var description: String {
        switch self {
        case let .cannotWrite(path, reason):
            "Cannot write '\(path)': \(reason)."
        case let .foreignResults(folder, theirs, ours):
            "'\(folder)' holds results of another spec (hash \(theirs), this spec's is \(ours)); choose another --out or pass --force to replace them."
        case let .specChanged(folder, theirs, ours, changes):
            "'\(folder)' holds results of another spec (hash \(theirs), this spec's is \(ours)); from that spec to this one:\n"
                + changes.map { "  \($0)\n" }.joined() + "Choose another --out or pass --force to replace them."
        case let .interrupted(folder, done, total):
            "'\(folder)' holds an interrupted run of this spec (\(done) of \(total) runs done); pass --resume to continue it or --force to start over."
        case let .nothingToResume(folder):
            "--resume: '\(folder)' holds no journal of this spec to resume; run without --resume."
        case let .damagedJournal(path, damage):
            "'\(path)' is damaged: \(damage), and a crash only ever cuts the last line short; pass --force to start over or choose another --out."
        case let .locked(folder):
            "Another sweep is writing into '\(folder)'; wait for it to finish or choose another --out."
        case let .shardMismatch(folder, reason):
            "Cannot merge '\(folder)': \(reason)."
        case let .stopped(folder, done, total):
            "Stopped after \(done) of \(total) runs; the journal in '\(folder)' holds them; continue with --resume."
        }
    }

    /// The system's reason for the last failed call (`strerror(errno)`),
    /// e.g. `File too large`.
    package static func systemReason(_ code: Int32 = errno) -> String {
        String(cString: strerror(code))
    }
}

extension SweepError: LocalizedError {
    /// The ``description``, so that `localizedDescription` (which callers
    /// wrapping a thrown error use) names the path and the reason.
    public var errorDescription: String? { description }
}
