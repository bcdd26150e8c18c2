import CatallaxReduce
import Foundation

/// `summary.json`: the spec as read and its hash, the sweep's shape, the
/// failures, the best ``rankingLength`` points by the objective with each
/// one's interval, and — under `timing` — the engine version, the machine, threads,
/// wall time and throughput (the only part that differs between two runs of
/// the same spec).
public enum SummaryFile {
    struct Document: Encodable {
        struct Spec: Encodable {
            var file: String
            var hash: String
            var text: String
        }
        struct Objective: Encodable {
            var metric: String
            var order: String
        }
        struct Entry: Encodable {
            var rank: Int
            var point: Int
            var coordinates: [String: String]
            var mean: Double?
            var ciLow: Double?
            var ciHigh: Double?
            var count: Int
            var failures: Int
        }
        var name: String
        var scenario: String
        var spec: Spec
        var seed: UInt64
        var points: Int
        var replicates: Int
        /// The precision target, as in the spec's canonical text (absent without one).
        var precision: String?
        var runs: Int
        var failedRuns: Int
        var shard: String
        var objective: Objective
        var metrics: [String]
        /// The best ``SummaryFile/rankingLength`` points (all of them when fewer); `points.csv` ranks every point.
        var ranking: [Entry]
        var timing: SweepRecord.Timing
    }

    /// How many of the best points the file's `ranking` lists: the file
    /// stays small for a sweep of a million points, whose every rank is in
    /// `points.csv`'s `rank` column.
    public static let rankingLength = 100

    /// The file's text (pretty-printed, keys sorted).
    public static func text(_ record: SweepRecord) throws -> String {
        let reduction = record.reduction
        let column = reduction.metrics.firstIndex(of: reduction.objective) ?? 0
        let ranking = reduction.ranking.entries.prefix(rankingLength).map { entry in
            let summary = reduction.summaries[entry.pointIndex][column]
            return Document.Entry(
                rank: entry.rank, point: entry.pointIndex,
                coordinates: Dictionary(uniqueKeysWithValues: zip(record.columns, record.coordinates[entry.pointIndex])),
                mean: entry.mean, ciLow: entry.ciLow, ciHigh: entry.ciHigh, count: summary.count, failures: summary.failures)
        }
        let document = Document(
            name: record.name, scenario: record.scenario.name,
            spec: .init(file: record.specFile, hash: record.specHash, text: record.specText),
            seed: record.seed, points: record.points.count, replicates: record.replicates,
            precision: record.precision?.description, runs: reduction.runCount, failedRuns: reduction.failedRuns, shard: record.shard.description,
            objective: .init(metric: reduction.objective.name, order: record.order.rawValue),
            metrics: reduction.metrics.map(\.name), ranking: ranking, timing: record.timing)
        return String(decoding: try JSONEncoder.results.encode(document), as: UTF8.self) + "\n"
    }

    /// What a shard's `summary.json` tells a merge: the spec's text and file, and the timing.
    public struct Contents: Decodable, Sendable {
        struct Spec: Decodable {
            var file: String
            var text: String
        }
        var spec: Spec
        /// The spec's text as read.
        public var specText: String { spec.text }
        /// The spec file's name as given.
        public var specFile: String { spec.file }
        /// How the shard ran.
        public var timing: SweepRecord.Timing
    }

    /// Reads the `summary.json` at `url`.
    public static func read(at url: URL) -> Contents? {
        guard let data = try? Data(contentsOf: url) else { return nil }
        return try? JSONDecoder().decode(Contents.self, from: data)
    }

    /// The spec hash recorded in the `summary.json` at `url`, if any.
    public static func specHash(at url: URL) -> String? {
        guard let data = try? Data(contentsOf: url),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let spec = object["spec"] as? [String: Any] else { return nil }
        return spec["hash"] as? String
    }
}
