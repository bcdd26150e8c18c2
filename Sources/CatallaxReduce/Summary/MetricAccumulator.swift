/// Everything needed to summarize one metric of one point: the metric's
/// finite values, in the order they were added, and the number of failed runs.
///
/// ```
/// count    = number of finite values added (successful runs)
/// failures = non-finite values added + recordFailure() calls
/// ```
/// A NaN or infinite value never enters the statistics: ``add(_:)`` counts it
/// as a failure (the run's row keeps the reason), so a failed run is counted
/// and reported, never silently dropped, and cannot poison the mean.
///
/// Merging concatenates the values (`self`'s first) and adds the failure
/// counts. Unlike ``RunningMoments/merge(with:)``, this is exactly
/// associative: the merged accumulator depends only on the order of the
/// values, not on how they were grouped into batches or shards, and
/// ``summary(confidenceLevel:)`` computes every statistic from that order
/// alone. So merging batches in replicate order gives a summary that is
/// bit-identical for every thread count, batch size and shard split.
///
/// Memory: 8 bytes per value, since exact quantiles need all values (64
/// values per point per metric in the headline sweep). Summaries beyond
/// memory would need a quantile sketch, which is not implemented; see
/// `docs/MetricSummary.md`.
public struct MetricAccumulator: Hashable, Sendable {
    /// The finite values, in the order they were added and merged.
    public private(set) var values: [Double]

    /// The number of failed runs: non-finite values plus recorded failures.
    public private(set) var failures: Int

    /// An empty accumulator: no values, no failures.
    public init() {
        values = []
        failures = 0
    }

    /// An empty accumulator with room for `capacity` values: a point's
    /// replicates are known before they are added, and growing one value at
    /// a time allocated three times for a point of four.
    public init(reservingCapacity capacity: Int) {
        self.init()
        values.reserveCapacity(capacity)
    }

    /// The number of successful runs (finite values).
    public var count: Int { values.count }

    /// Adds one run's value; a non-finite value (NaN, ±∞) counts as a failure
    /// instead.
    ///
    /// - Parameter x: the metric's value for one run, in the metric's units.
    public mutating func add(_ x: Double) {
        if x.isFinite {
            values.append(x)
        } else {
            failures += 1
        }
    }

    /// Counts one run that failed without producing a value (for example,
    /// a broken invariant).
    public mutating func recordFailure() {
        failures += 1
    }

    /// The running moments of the values, accumulated one by one in order.
    ///
    /// - Complexity: O(n): recomputed on each access, so the result depends
    ///   only on the order of the values (see the type's discussion).
    public var moments: RunningMoments { RunningMoments(values) }

    /// Appends `other`'s values after `self`'s and adds its failures.
    ///
    /// ```
    /// values ← values ++ other.values,   failures ← failures + other.failures
    /// ```
    /// Exactly associative (concatenation), so any grouping of the same
    /// sequence of merges gives the same accumulator.
    ///
    /// - Parameter other: the accumulator of the runs that come after `self`'s.
    /// - Complexity: O(`other.count`) amortized.
    public mutating func merge(with other: MetricAccumulator) {
        values.append(contentsOf: other.values)
        failures += other.failures
    }

    /// `self` followed by `other`; see ``merge(with:)``.
    ///
    /// - Parameter other: the accumulator of the runs that come after `self`'s.
    /// - Returns: the combined accumulator.
    /// - Complexity: O(`count + other.count`).
    public func merged(with other: MetricAccumulator) -> MetricAccumulator {
        var result = self
        result.merge(with: other)
        return result
    }

    /// The summary of the values: moments, confidence interval, quantiles.
    ///
    /// - Parameter confidenceLevel: the level `1 − α` of the interval of the
    ///   mean, in `(0, 1)`; 0.95 by default.
    /// - Returns: the summary (see ``MetricSummary`` for what is `nil` when).
    /// - Complexity: O(n log n), for sorting a copy of the values.
    public func summary(confidenceLevel: Double = 0.95) -> MetricSummary {
        MetricSummary(self, confidenceLevel: confidenceLevel)
    }
}

extension MetricAccumulator: Codable {
    internal enum CodingKeys: String, CodingKey {
        case values, failures
    }

    /// Decodes the values and failure count written by ``encode(to:)``.
    ///
    /// - Parameter decoder: the decoder (for the journal, JSON).
    /// - Throws: `DecodingError.dataCorrupted` when a value is non-finite or
    ///   `failures < 0`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let values = try container.decode([Double].self, forKey: .values)
        let failures = try container.decode(Int.self, forKey: .failures)
        guard failures >= 0, values.allSatisfy(\.isFinite) else {
            throw DecodingError.dataCorrupted(DecodingError.Context(
                codingPath: container.codingPath,
                debugDescription: "MetricAccumulator needs finite values and failures ≥ 0; "
                    + "got failures \(failures) and \(values.count { !$0.isFinite }) non-finite values."))
        }
        self.values = values
        self.failures = failures
    }

    /// Encodes the values (in order) and the failure count; JSON writes the
    /// shortest decimal that round-trips each `Double`, so a decoded
    /// accumulator summarizes bit-identically.
    ///
    /// - Parameter encoder: the encoder.
    /// - Throws: whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(values, forKey: .values)
        try container.encode(failures, forKey: .failures)
    }
}
