import CatallaxSweep
import Foundation

extension SweepMerge {
    /// Writes the merged sweep into the folder `out` (created if missing), as
    /// one machine would have: the compact journal, `runs.csv`, `points.csv`,
    /// `summary.json`, `paths.csv` when paths were kept, and, when `report`
    /// is true, `report.html` with `figures/`.
    ///
    /// Reads the shards' journals a point at a time (each is in point order)
    /// and hands each combined point to a ``ResultStream``, as a sweep does.
    /// Holds the folder's lock while writing, and refuses a folder holding
    /// another spec's results unless `force` is true. A damaged journal or a
    /// shard short of its runs, found part way, leaves the folder's earlier
    /// files as they were.
    /// - Parameter top: how many of the best points keep every statistic (the terminal's ranking).
    /// - Returns: the sweep's record (outcomes of the best points only, as a sweep's).
    /// - Throws: `SweepError.locked` when another sweep writes there,
    ///   `SweepError.foreignResults` for another spec's folder,
    ///   `SweepError.shardMismatch` for a shard short of its runs,
    ///   ``ReportError/unreadable(path:reason:)`` for a damaged journal,
    ///   `SweepError.cannotWrite` when a file or the folder cannot be written.
    /// - Complexity: O(runs + total path steps) time; memory O(points + the runs of one point).
    @discardableResult
    public func write(to out: String, force: Bool, report: Bool, top: Int = 0) throws -> SweepRecord {
        let url = URL(fileURLWithPath: out)
        do { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        catch { throw SweepError.cannotWrite(path: out, reason: error.localizedDescription) }
        let lock = try FolderLock(url)
        defer { withExtendedLifetime(lock) {} }
        if !force, let theirs = SummaryFile.specHash(at: url.appendingPathComponent("summary.json")), theirs != spec.hashHex {
            throw SweepError.foreignResults(folder: out, theirs: theirs, ours: spec.hashHex)
        }
        let record = try _writeResults(to: url, top: top)
        do {
            try PathsFile.write(paths, to: url)
            if report { _ = try SweepReport(record: record, paths: paths).write(to: url) }
        } catch let error as ReportError {
            throw SweepError.cannotWrite(path: out, reason: error.description)
        } catch {
            throw SweepError.cannotWrite(path: out, reason: error.localizedDescription)
        }
        return record
    }

    /// The journal and the result files, point by point; nothing is renamed into place unless every point fits.
    func _writeResults(to url: URL, top: Int) throws -> SweepRecord {
        let metrics = spec.scenario.metrics.count
        let readers = _journals.map {
            Journal.PointReader($0, points: spec.points.count, replicates: spec.maximumReplicates, metrics: metrics)
        }
        let results = try ResultStream(spec: spec, folder: url, wholePoints: top)
        let journal = try WholeFile.Open(url.appendingPathComponent(SweepSession.journalName))
        do {
            Journal.appendHeader(header, to: &journal.stream)
            var parts = [FinishedPoint?](repeating: nil, count: readers.count)
            for point in 0..<spec.points.count {
                for (k, reader) in readers.enumerated() {
                    do { parts[k] = try reader.peekPoint() == point ? reader.next() : nil } catch {
                        throw ReportError.unreadable(path: _journals[k].path, reason: "it is damaged: \(error.reason)")
                    }
                }
                let whole = try _shards.combine(point: point, parts: parts)
                Journal.appendCompact(whole, to: &journal.stream)
                results.consume(results.prepare(whole))
            }
            try journal.commit()
            return try results.finish(specText: specText, shard: .whole, timing: timing)
        } catch {
            journal.abandon()
            results.abandon()
            throw error
        }
    }
}
