import CatallaxModel
import CatallaxSweep

/// Shards of one sweep combined into the whole sweep's runs: the shards
/// must share the spec hash, seed and shape, have distinct indices of the
/// same count, and together hold every run exactly once.
public struct ShardMerge: Sendable {
    /// One shard folder's content.
    public struct Part: Sendable {
        /// The folder, for messages.
        public var folder: String
        /// Its journal's header.
        public var header: Journal.Header
        /// Its runs.
        public var outcomes: [RunID: RunOutcome]

        /// Creates a part.
        public init(folder: String, header: Journal.Header, outcomes: [RunID: RunOutcome]) {
            self.folder = folder
            self.header = header
            self.outcomes = outcomes
        }
    }

    /// Every run of the sweep.
    public var outcomes: [RunID: RunOutcome]
    /// The shards' common header, as for one machine (shard `0/1`).
    public var header: Journal.Header

    /// Merges `parts`; with a precision target (`adaptive`), each shard
    /// holds whole points, each finished at the stage its outcomes decide.
    /// - Throws: ``SweepError/shardMismatch(folder:reason:)`` naming the
    ///   first folder that does not fit.
    public init(_ parts: [Part], adaptive: AdaptiveReplicates? = nil) throws(SweepError) {
        guard let first = parts.first else { throw .shardMismatch(folder: "", reason: "no shard folders were given") }
        var seen: Set<Int> = []
        var outcomes: [RunID: RunOutcome] = [:]
        let count = Shard(parsing: first.header.shard)?.count ?? 0
        for part in parts {
            let h = part.header
            guard h.specHash == first.header.specHash, h.seed == first.header.seed,
                  h.points == first.header.points, h.replicates == first.header.replicates else {
                throw .shardMismatch(folder: part.folder, reason: "it holds spec \(h.specHash), not \(first.header.specHash) of '\(first.folder)'")
            }
            guard let shard = Shard(parsing: h.shard), shard.count == count else {
                throw .shardMismatch(folder: part.folder, reason: "its shard \(h.shard) is not one of \(count) like '\(first.folder)'")
            }
            guard seen.insert(shard.index).inserted else {
                throw .shardMismatch(folder: part.folder, reason: "shard \(h.shard) is given twice")
            }
            if let adaptive {
                guard adaptive.isComplete(points: h.points, shard: shard, outcomes: part.outcomes) else {
                    throw .shardMismatch(folder: part.folder, reason: "shard \(h.shard) has points short of their precision target or runs outside them; finish it with --resume first")
                }
            } else {
                let expected = Plan.runCount(points: h.points, replicates: h.replicates, shard: shard)
                guard part.outcomes.count == expected,
                      part.outcomes.keys.allSatisfy({ shard.contains($0, replicatesPerPoint: h.replicates) }) else {
                    throw .shardMismatch(folder: part.folder, reason: "shard \(h.shard) holds \(part.outcomes.count) of its \(expected) runs; finish it with --resume first")
                }
            }
            outcomes.merge(part.outcomes) { a, _ in a }
        }
        guard seen.count == count else {
            let missing = (0..<count).filter { !seen.contains($0) }.map { "\($0)/\(count)" }
            throw .shardMismatch(folder: first.folder, reason: "shards \(missing.joined(separator: ", ")) are missing")
        }
        self.outcomes = outcomes
        self.header = Journal.Header(specHash: first.header.specHash, points: first.header.points,
                                     replicates: first.header.replicates, seed: first.header.seed, shard: .whole)
    }
}
