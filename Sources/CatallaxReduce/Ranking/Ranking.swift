/// Points ordered by an objective: one metric's mean, best first.
///
/// ```
/// key(i) = (mean_i is nil, ±mean_i, i)     compared lexicographically
/// ```
/// `+` for ``Order/ascending`` (lowest mean first, the default: calmest by
/// volatility), `−` for ``Order/descending``. Points with no successful run
/// (`count = 0`, so no mean) rank last; ties, including among those, go to
/// the lower point index. The order is therefore total and deterministic,
/// whatever the order the summaries were produced in.
///
/// The confidence interval is carried beside each rank: ranks whose
/// intervals overlap are not clearly distinct.
public struct Ranking: Hashable, Sendable, Codable {
    /// Which end of the objective ranks first.
    public enum Order: String, Hashable, Sendable, Codable {
        /// Lowest mean first.
        case ascending
        /// Highest mean first.
        case descending
    }

    /// One ranked point.
    public struct Entry: Hashable, Sendable, Codable {
        /// The rank, 1 for the best; distinct for every point.
        public var rank: Int
        /// The point's index: its position in the summaries ranked.
        public var pointIndex: Int
        /// The objective's mean; `nil` when the point had no successful run.
        public var mean: Double?
        /// The lower end of the mean's confidence interval; `nil` when `count < 2`.
        public var ciLow: Double?
        /// The upper end of the mean's confidence interval; `nil` when `count < 2`.
        public var ciHigh: Double?

        /// Creates an entry.
        public init(rank: Int, pointIndex: Int, mean: Double?, ciLow: Double?, ciHigh: Double?) {
            self.rank = rank
            self.pointIndex = pointIndex
            self.mean = mean
            self.ciLow = ciLow
            self.ciHigh = ciHigh
        }
    }

    /// The entries, best first: `entries[k].rank == k + 1`.
    public var entries: [Entry]

    /// Ranks points by the mean of their objective metric.
    ///
    /// - Parameters:
    ///   - summaries: the objective metric's summary of each point;
    ///     element `i` (counting from the collection's start) is point `i`.
    ///   - order: which end ranks first; ``Order/ascending`` by default.
    /// - Complexity: O(n log n).
    public init<C: Collection>(_ summaries: C, order: Order = .ascending) where C.Element == MetricSummary {
        let unranked = summaries.enumerated().map { index, summary in
            Entry(rank: 0, pointIndex: index, mean: summary.mean, ciLow: summary.ciLow, ciHigh: summary.ciHigh)
        }
        entries = unranked.sorted { Ranking._precedes($0, $1, order: order) }
        for k in entries.indices { entries[k].rank = k + 1 }
    }

    /// The strict total order of the ranking: defined means first, then by
    /// mean in `order`, then by point index (``entries`` in this order).
    public static func precedes(_ lhs: Entry, _ rhs: Entry, order: Order) -> Bool {
        _precedes(lhs, rhs, order: order)
    }

    private static func _precedes(_ lhs: Entry, _ rhs: Entry, order: Order) -> Bool {
        switch (lhs.mean, rhs.mean) {
        case let (l?, r?):
            if l != r { return order == .ascending ? l < r : l > r }
        case (_?, nil):
            return true
        case (nil, _?):
            return false
        case (nil, nil):
            break
        }
        return lhs.pointIndex < rhs.pointIndex
    }
}
