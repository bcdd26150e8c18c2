import ArgumentParser
import CatallaxSweep
import Foundation

/// Where `catallax optimize` and `catallax sensitivity` write: `--out`
/// (default `results/<name>`) and `--force`.
struct ResultFolderOptions: ParsableArguments {
    @Option(help: "The output folder (default: results/<name>).")
    var out: String?

    @Flag(help: "Replaces whatever the output folder holds.")
    var force = false

    /// Creates the folder for results named `name` and takes its lock, so no
    /// other command writes into it meanwhile; a folder holding any of
    /// `files` from an earlier `what` is refused, with `advice`, unless
    /// `--force` is given or the caller `continues` it (a resume).
    /// - Returns: the folder and its lock, to hold while writing.
    func claim(named name: String, refusingAnyOf files: [String], from what: String, advice: String,
               continues: Bool = false) throws -> (folder: URL, lock: FolderLock) {
        let folder = URL(fileURLWithPath: out ?? "results/\(name)")
        try OutputFolder.create(folder)
        let lock = try FolderLock(folder)
        let earlier = files.filter { FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path) }
        if !earlier.isEmpty && !force && !continues {
            throw BadInput(message: "'\(folder.path)' holds an earlier \(what)'s \(earlier.joined(separator: ", ")); \(advice).")
        }
        return (folder, lock)
    }
}
