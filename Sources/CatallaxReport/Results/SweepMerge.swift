import CatallaxModel
import CatallaxReduce
import CatallaxSweep
import Foundation

/// The output folders of a sweep's shards combined into the whole sweep,
/// as one machine would have run it: every run's outcome, the statistics,
/// the kept price paths and the shards' timing.
///
/// Each folder must hold a shard's journal and `summary.json`; the shards
/// must fit together (see ``ShardMerge``) and the spec text the summaries
/// hold must hash to the journals' spec hash. Creating a merge reads only
/// the headers, summaries and paths; ``write(to:force:report:top:)`` then
/// reads the journals a point at a time and writes the folder one machine
/// would have written, through the ``ResultStream`` a sweep writes with, so
/// memory is bounded by the points in the ranking, not by the runs.
public struct SweepMerge: Sendable {
    /// The shards' folders, as given.
    public var folders: [String]
    /// The sweep.
    public var spec: SweepSpec
    /// Its spec text, as the summaries recorded it.
    public var specText: String
    /// The shards' timing, merged.
    public var timing: SweepRecord.Timing
    /// The price paths the shards kept, by run.
    public var paths: [RunID: [Double]]
    /// The shards' headers, checked to fit together.
    let _shards: ShardMerge
    /// Each folder's journal.
    let _journals: [URL]

    /// Reads the shard folders `folders` and checks they fit, recording
    /// `engineVersion` as the merged sweep's engine.
    /// - Throws: ``ReportError/notAShardFolder(folder:missing:hint:)`` when a
    ///   folder lacks its journal or summary, ``ReportError/unreadable(path:reason:)``
    ///   for a malformed `paths.csv` or a recorded spec text that no longer
    ///   parses, ``ReportError/specHashMismatch(path:hash:)`` when the spec
    ///   text does not hash to its journal's spec hash,
    ///   `SweepError.shardMismatch` when the shards do not fit together.
    /// - Complexity: O(size of the summaries and paths), O(1) of each journal.
    public init(folders: [String], engineVersion: String) throws {
        var headers: [Journal.Header] = []
        var summaries: [SummaryFile.Contents] = []
        var specs: [SweepSpec] = []
        var journals: [URL] = []
        var paths: [RunID: [Double]] = [:]
        for folder in folders {
            let url = URL(fileURLWithPath: folder)
            let journalURL = url.appendingPathComponent(SweepSession.journalName)
            guard let header = Journal.PointReader(journalURL, points: 0, replicates: 0, metrics: 0).header else {
                throw ReportError.notAShardFolder(folder: folder, missing: "sweep journal (\(SweepSession.journalName))",
                                                  hint: "is it a shard's output folder?")
            }
            let summaryURL = url.appendingPathComponent("summary.json")
            guard let summary = SummaryFile.read(at: summaryURL) else {
                throw ReportError.notAShardFolder(folder: folder, missing: "readable summary.json", hint: "finish the shard first.")
            }
            let spec: SweepSpec
            do { spec = try SweepSpec(parsing: summary.specText, file: summary.specFile) } catch {
                throw ReportError.unreadable(path: summaryURL.path, reason: "its spec text does not parse (\(error.description))")
            }
            guard spec.hashHex == header.specHash else {
                throw ReportError.specHashMismatch(path: summaryURL.path, hash: header.specHash)
            }
            headers.append(header)
            summaries.append(summary)
            specs.append(spec)
            journals.append(journalURL)
            try paths.merge(PathsFile.read(from: url)) { first, _ in first }
        }
        _shards = try ShardMerge(folders: folders, headers: headers, adaptive: specs.first?.adaptiveReplicates)
        // ShardMerge refused an empty list and shards of different specs: every spec here is the same sweep.
        self.folders = folders
        self.spec = specs[specs.count - 1]
        specText = summaries[0].specText
        timing = SweepRecord.Timing(mergingShards: summaries.map(\.timing), engineVersion: engineVersion)
        self.paths = paths
        _journals = journals
    }

    /// The whole sweep's journal header (shard `0/1`).
    public var header: Journal.Header { _shards.header }
}
