/// One deterministic slice `k` of `n` of a sweep's runs, for running a sweep
/// on several machines (a Slurm job array) and merging the results.
///
/// Run `(p, r)` belongs to shard `(p·R + r) mod n`, where `R` is the number
/// of replicates per point: every shard gets an even share of every point's
/// replicates, so slices take about the same time even when points differ in
/// cost.
public struct Shard: Hashable, Sendable, CustomStringConvertible {
    /// The slice, `0 ≤ index < count`.
    public var index: Int
    /// The number of slices.
    public var count: Int

    /// The whole sweep as one shard.
    public static let whole = Shard(index: 0, count: 1)

    /// Creates shard `index` of `count`.
    /// - Precondition: `0 ≤ index < count`.
    public init(index: Int, count: Int) {
        precondition(count >= 1 && (0..<count).contains(index), "shard \(index)/\(count) does not exist")
        self.index = index
        self.count = count
    }

    /// Reads `k/n` as written on the command line (`--shard 2/4`).
    /// - Returns: `nil` unless `0 ≤ k < n`.
    public init?(parsing text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]), n >= 1, (0..<n).contains(k) else { return nil }
        self.init(index: k, count: n)
    }

    /// Whether run `run` of a sweep with `replicates` per point is in this shard.
    public func contains(_ run: RunID, replicatesPerPoint replicates: Int) -> Bool {
        (run.point * replicates + run.replicate) % count == index
    }

    /// Whether point `point` belongs to this shard in a sweep with a
    /// precision target, whose shards hold whole points (`point mod n = k`):
    /// a point's next stage is decided from all its replicates, so they
    /// must run on one machine.
    public func contains(point: Int) -> Bool {
        point % count == index
    }

    public var description: String { "\(index)/\(count)" }
}
