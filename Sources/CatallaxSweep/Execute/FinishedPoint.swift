import CatallaxModel

/// Every run of one point of a sweep (or of the shard's share of it), as
/// ``SweepSession/run(stop:progress:prepare:consume:)`` hands the points
/// on: in point order, each point's runs in replicate order.
public struct FinishedPoint: Sendable {
    /// The point's index.
    public var point: Int
    /// The replicates run, ascending (empty for a point outside the shard).
    public var replicates: [Int]
    /// Their outcomes, in the same order.
    public var outcomes: [RunOutcome]

    /// Creates a finished point.
    public init(point: Int, replicates: [Int], outcomes: [RunOutcome]) {
        self.point = point
        self.replicates = replicates
        self.outcomes = outcomes
    }
}

extension FinishedPoint {
    /// Calls `body` with each point that has runs in `outcomes`, in point
    /// order, its runs in replicate order: a whole sweep's outcomes read as
    /// a sweep hands its points on.
    /// - Complexity: O(R log R) for R runs.
    public static func forEach(in outcomes: [RunID: RunOutcome], _ body: (FinishedPoint) throws -> Void) rethrows {
        let runs = outcomes.keys.sorted()
        var start = 0
        while start < runs.count {
            let point = runs[start].point
            var end = start + 1
            while end < runs.count && runs[end].point == point { end += 1 }
            let slice = runs[start..<end]
            try body(FinishedPoint(point: point, replicates: slice.map(\.replicate), outcomes: slice.map { outcomes[$0]! }))
            start = end
        }
    }
}
