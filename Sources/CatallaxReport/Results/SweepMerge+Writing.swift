import CatallaxSweep
import Foundation

extension SweepMerge {
    /// Writes the merged sweep into the folder `out` (created if missing), as
    /// one machine would have: the compact journal, `runs.csv`, `points.csv`,
    /// `summary.json`, `paths.csv` when paths were kept, and, when `report`
    /// is true, `report.html` with `figures/`.
    ///
    /// Holds the folder's lock while writing, and refuses a folder holding
    /// another spec's results unless `force` is true.
    /// - Throws: `SweepError.locked` when another sweep writes there,
    ///   `SweepError.foreignResults` for another spec's folder,
    ///   `SweepError.cannotWrite` when a file or the folder cannot be written.
    /// - Complexity: O(runs + total path steps).
    public func write(to out: String, force: Bool, report: Bool) throws {
        let url = URL(fileURLWithPath: out)
        do { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        catch { throw SweepError.cannotWrite(path: out, reason: error.localizedDescription) }
        let lock = try FolderLock(url)
        defer { withExtendedLifetime(lock) {} }
        if !force, let theirs = SummaryFile.specHash(at: url.appendingPathComponent("summary.json")), theirs != record.specHash {
            throw SweepError.foreignResults(folder: out, theirs: theirs, ours: record.specHash)
        }
        try Journal.writeCompact(to: url.appendingPathComponent(SweepSession.journalName), header: header, outcomes: record.outcomes)
        do {
            try ResultFolder.write(record, to: url)
            try PathsFile.write(paths, to: url)
            if report { _ = try SweepReport(record: record, paths: paths).write(to: url) }
        } catch let error as ReportError {
            throw SweepError.cannotWrite(path: out, reason: error.description)
        } catch {
            throw SweepError.cannotWrite(path: out, reason: error.localizedDescription)
        }
    }
}
