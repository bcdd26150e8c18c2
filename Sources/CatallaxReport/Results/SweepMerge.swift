import CatallaxModel
import CatallaxReduce
import CatallaxSweep
import Foundation

/// The output folders of a sweep's shards read back and combined into the
/// whole sweep, as one machine would have run it: every run's outcome, the
/// statistics, the kept price paths and the shards' timing.
///
/// Each folder must hold a shard's journal and `summary.json`; the shards
/// must fit together (see ``ShardMerge``) and the spec text the summaries
/// hold must hash to the journals' spec hash. ``write(to:force:report:)``
/// then writes the folder one machine would have written.
public struct SweepMerge: Sendable {
    /// The shards' folders, as given.
    public var folders: [String]
    /// The whole sweep's journal header (shard `0/1`).
    public var header: Journal.Header
    /// The whole sweep: spec, every run, statistics, merged timing.
    public var record: SweepRecord
    /// The price paths the shards kept, by run.
    public var paths: [RunID: [Double]]

    /// Reads and merges the shard folders `folders`, recording
    /// `engineVersion` as the merged sweep's engine.
    /// - Throws: ``ReportError/notAShardFolder(folder:missing:hint:)`` when a
    ///   folder lacks its journal or summary, ``ReportError/unreadable(path:reason:)``
    ///   for a malformed `paths.csv`, `SweepError.shardMismatch` when the
    ///   shards do not fit together, `SpecError` when the recorded spec text
    ///   no longer parses, ``ReportError/specHashMismatch(path:hash:)`` when
    ///   it does not hash to the journals' spec hash.
    /// - Complexity: O(total size of the folders' files).
    public init(folders: [String], engineVersion: String) throws {
        var parts: [ShardMerge.Part] = []
        var shardSummaries: [SummaryFile.Contents] = []
        var paths: [RunID: [Double]] = [:]
        for folder in folders {
            let url = URL(fileURLWithPath: folder)
            let contents = Journal.read(url.appendingPathComponent(SweepSession.journalName))
            guard let header = contents.header else {
                throw ReportError.notAShardFolder(folder: folder, missing: "sweep journal (\(SweepSession.journalName))",
                                                  hint: "is it a shard's output folder?")
            }
            guard let summary = SummaryFile.read(at: url.appendingPathComponent("summary.json")) else {
                throw ReportError.notAShardFolder(folder: folder, missing: "readable summary.json", hint: "finish the shard first.")
            }
            shardSummaries.append(summary)
            try paths.merge(PathsFile.read(from: url)) { first, _ in first }
            parts.append(ShardMerge.Part(folder: folder, header: header, outcomes: contents.outcomes))
        }
        let merged = try ShardMerge(parts)
        // ShardMerge refuses an empty list, so there is a first summary.
        let first = shardSummaries[0]
        let spec = try SweepSpec(parsing: first.specText, file: shardSummaries[shardSummaries.count - 1].specFile)
        guard spec.hashHex == merged.header.specHash else {
            throw ReportError.specHashMismatch(path: "\(folders[0])/summary.json", hash: merged.header.specHash)
        }
        self.folders = folders
        self.header = merged.header
        self.paths = paths
        self.record = SweepRecord(
            spec: spec, specText: first.specText, outcomes: merged.outcomes, shard: .whole,
            timing: SweepRecord.Timing(mergingShards: shardSummaries.map(\.timing), engineVersion: engineVersion))
    }
}
