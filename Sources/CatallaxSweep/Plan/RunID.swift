/// One run of a sweep: replicate `replicate` of point `point`.
public struct RunID: Hashable, Comparable, Sendable {
    /// The point's index in the sweep.
    public var point: Int
    /// The replicate's index within the point.
    public var replicate: Int

    /// Creates a run identifier.
    public init(point: Int, replicate: Int) {
        self.point = point
        self.replicate = replicate
    }

    /// Runs order by point, then replicate: the order of `runs.csv`.
    public static func < (a: RunID, b: RunID) -> Bool {
        (a.point, a.replicate) < (b.point, b.replicate)
    }
}
