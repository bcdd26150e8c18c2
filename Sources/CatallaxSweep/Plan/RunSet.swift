/// A set of runs of a sweep of `points × replicates` runs, one bit a run:
/// a resume remembers which runs its journal holds in `points × replicates / 8`
/// bytes (125 KB for a million runs) instead of a hash table of their
/// identifiers (tens of bytes each).
public struct RunSet: Sendable {
    /// The sweep's number of points.
    public let points: Int
    /// Replicates per point.
    public let replicates: Int
    var _words: [UInt64]
    /// How many runs the set holds.
    public private(set) var count = 0

    /// An empty set of runs of a sweep of `points × replicates` runs.
    /// - Precondition: both are non-negative and their product fits an `Int`.
    public init(points: Int, replicates: Int) {
        let runs = points.multipliedReportingOverflow(by: replicates)
        precondition(points >= 0 && replicates >= 0 && !runs.overflow, "RunSet: \(points) × \(replicates) runs")
        self.points = points
        self.replicates = replicates
        _words = [UInt64](repeating: 0, count: (runs.partialValue + 63) / 64)
    }

    /// Whether `run` is one of the sweep's runs: `0 ≤ point < points`, `0 ≤ replicate < replicates`.
    public func isInSweep(_ run: RunID) -> Bool {
        (0..<points).contains(run.point) && (0..<replicates).contains(run.replicate)
    }

    /// Whether the set holds `run` (never, for a run outside the sweep).
    public func contains(_ run: RunID) -> Bool {
        guard isInSweep(run) else { return false }
        let (word, bit) = Self._position(run, replicates)
        return _words[word] & bit != 0
    }

    /// Adds `run`; returns whether it was not there before.
    /// - Precondition: ``isInSweep(_:)``.
    @discardableResult
    public mutating func insert(_ run: RunID) -> Bool {
        precondition(isInSweep(run), "RunSet: run (\(run.point), \(run.replicate)) outside \(points) × \(replicates)")
        let (word, bit) = Self._position(run, replicates)
        guard _words[word] & bit == 0 else { return false }
        _words[word] |= bit
        count += 1
        return true
    }

    /// Takes `run` out; returns whether it was there.
    @discardableResult
    public mutating func remove(_ run: RunID) -> Bool {
        guard contains(run) else { return false }
        let (word, bit) = Self._position(run, replicates)
        _words[word] &= ~bit
        count -= 1
        return true
    }

    /// Run `point × replicates + replicate` is bit `i mod 64` of word `i / 64`.
    static func _position(_ run: RunID, _ replicates: Int) -> (word: Int, bit: UInt64) {
        let index = run.point * replicates + run.replicate
        return (index >> 6, 1 << UInt64(index & 63))
    }
}
