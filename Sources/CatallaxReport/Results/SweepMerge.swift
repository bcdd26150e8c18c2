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
    ///   for a malformed `paths.csv`, a recorded spec text that no longer
    ///   parses or a damaged journal, ``ReportError/specHashMismatch(path:hash:)``
    ///   when the spec text does not hash to its journal's spec hash,
    ///   `SweepError.shardMismatch` when the shards do not fit together.
    /// - Complexity: O(total size of the folders' files).
    public init(folders: [String], engineVersion: String) throws {
        var parts: [ShardMerge.Part] = []
        var shardSummaries: [SummaryFile.Contents] = []
        var specs: [SweepSpec] = []
        var paths: [RunID: [Double]] = [:]
        for folder in folders {
            let url = URL(fileURLWithPath: folder)
            let journalURL = url.appendingPathComponent(SweepSession.journalName)
            let contents = Journal.read(journalURL)
            guard let header = contents.header else {
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
            if let damage = contents.damage(points: spec.points.count, replicates: spec.maximumReplicates,
                                            metrics: spec.scenario.metrics.count, finished: true) {
                throw ReportError.unreadable(path: journalURL.path, reason: "it is damaged: \(damage)")
            }
            shardSummaries.append(summary)
            specs.append(spec)
            try paths.merge(PathsFile.read(from: url)) { first, _ in first }
            parts.append(ShardMerge.Part(folder: folder, header: header, outcomes: contents.outcomes))
        }
        let merged = try ShardMerge(parts, adaptive: specs[0].adaptiveReplicates)
        // ShardMerge refused an empty list and shards of different specs: every spec here is the same sweep.
        let first = shardSummaries[0]
        let spec = specs[specs.count - 1]
        self.folders = folders
        self.header = merged.header
        self.paths = paths
        self.record = SweepRecord(
            spec: spec, specText: first.specText, outcomes: merged.outcomes, shard: .whole,
            timing: SweepRecord.Timing(mergingShards: shardSummaries.map(\.timing), engineVersion: engineVersion))
    }
}
