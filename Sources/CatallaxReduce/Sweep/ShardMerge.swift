import CatallaxModel
import CatallaxSweep

/// Shards of one sweep combined into the whole sweep's runs, point by
/// point: the shards must share the spec hash, seed and shape, have
/// distinct indices of the same count, and together hold every run exactly
/// once.
///
/// The headers are checked at once (``init(folders:headers:adaptive:)``);
/// each point's runs as it is combined (``combine(point:parts:)``), so a
/// merge reads its shards' journals a point at a time and never holds a
/// shard whole.
public struct ShardMerge: Sendable {
    /// The shards' common header, as for one machine (shard `0/1`).
    public var header: Journal.Header
    /// The folders, for messages, in the order given.
    let _folders: [String]
    /// Each folder's shard.
    let _shards: [Shard]
    /// The precision target: shards then hold whole points, each finished at
    /// the stage its outcomes decide.
    let _adaptive: AdaptiveReplicates?

    /// Checks that the journals' headers `headers` (of `folders`, in the
    /// same order) are the shards of one sweep, each given once.
    /// - Throws: ``SweepError/shardMismatch(folder:reason:)`` naming the
    ///   first folder that does not fit.
    public init(folders: [String], headers: [Journal.Header], adaptive: AdaptiveReplicates? = nil) throws(SweepError) {
        guard let first = headers.first else { throw .shardMismatch(folder: "", reason: "no shard folders were given") }
        var seen: Set<Int> = []
        var shards: [Shard] = []
        let count = Shard(parsing: first.shard)?.count ?? 0
        for (folder, h) in zip(folders, headers) {
            guard h.specHash == first.specHash, h.seed == first.seed,
                  h.points == first.points, h.replicates == first.replicates else {
                throw .shardMismatch(folder: folder, reason: "it holds spec \(h.specHash), not \(first.specHash) of '\(folders[0])'")
            }
            guard let shard = Shard(parsing: h.shard), shard.count == count else {
                throw .shardMismatch(folder: folder, reason: "its shard \(h.shard) is not one of \(count) like '\(folders[0])'")
            }
            guard seen.insert(shard.index).inserted else {
                throw .shardMismatch(folder: folder, reason: "shard \(h.shard) is given twice")
            }
            shards.append(shard)
        }
        guard seen.count == count else {
            let missing = (0..<count).filter { !seen.contains($0) }.map { "\($0)/\(count)" }
            throw .shardMismatch(folder: folders[0], reason: "shards \(missing.joined(separator: ", ")) are missing")
        }
        _folders = folders
        _shards = shards
        _adaptive = adaptive
        header = Journal.Header(specHash: first.specHash, points: first.points, replicates: first.replicates,
                                seed: first.seed, shard: .whole)
    }

    /// Point `point`'s runs in the whole sweep, from each shard's runs of it
    /// (`parts[k]` from folder `k`; `nil` when its journal has none).
    ///
    /// Without a precision target each shard must hold exactly its share of
    /// the point's replicates, `(p·R + r) mod n = k`; with one, the point's
    /// own shard (`p mod n`) must hold replicates `0 ..< end` of its final
    /// stage and the others none of it.
    /// - Throws: ``SweepError/shardMismatch(folder:reason:)`` naming the shard short of, or beyond, its runs.
    /// - Complexity: O(R log R) for the point's `R` runs.
    public func combine(point: Int, parts: [FinishedPoint?]) throws(SweepError) -> FinishedPoint {
        let replicates = header.replicates
        var runs: [(replicate: Int, outcome: RunOutcome)] = []
        for (k, part) in parts.enumerated() {
            let shard = _shards[k]
            let held = part?.replicates ?? []
            if let _adaptive {
                let outcomes = Dictionary(uniqueKeysWithValues: zip(held, part?.outcomes ?? []))
                let stage = _adaptive.stage { outcomes[$0] }
                let fits = shard.contains(point: point) ? stage.isFinished && held == Array(0..<stage.end) : held.isEmpty
                guard fits else {
                    throw .shardMismatch(folder: _folders[k], reason: "shard \(shard) has points short of their precision target or runs outside them (point \(point)); finish it with --resume first")
                }
            } else {
                let expected = (0..<replicates).filter { shard.contains(RunID(point: point, replicate: $0), replicatesPerPoint: replicates) }
                guard held == expected else {
                    throw .shardMismatch(folder: _folders[k], reason: "shard \(shard) holds \(held.count) of its \(expected.count) runs of point \(point) where its journal should hold them (a finished shard's journal holds its points in order); finish it with --resume first")
                }
            }
            if let part { runs += zip(part.replicates, part.outcomes).map { ($0, $1) } }
        }
        runs.sort { $0.replicate < $1.replicate }
        return FinishedPoint(point: point, replicates: runs.map(\.replicate), outcomes: runs.map(\.outcome))
    }
}
