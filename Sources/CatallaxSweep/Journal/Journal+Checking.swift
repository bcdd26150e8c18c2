import CatallaxModel

extension Journal.Contents {
    /// What makes this journal unfit to stand for runs of a sweep of
    /// `points` points × `replicates` replicates whose runs report `metrics`
    /// values each, as a phrase naming the line or run (`nil` when it is fit):
    /// a line other than the last that is not a record, a last record cut
    /// short (only when `finished`: a finished folder's journal was written
    /// whole, while a live one may end in a record a crash cut), a run the
    /// sweep does not have, or a run with the wrong number of values.
    ///
    /// A result folder is read back by resume, merge and report; a journal
    /// that was edited, mixed up or damaged on disk must be refused there
    /// rather than feed wrong runs, or an index past the sweep, to the statistics.
    /// - Complexity: O(runs).
    public func damage(points: Int, replicates: Int, metrics: Int, finished: Bool) -> String? {
        if let line = corruptLine { return "line \(line) is not a record" }
        if finished && tornByteCount > 0 { return "its last record is cut short" }
        let outside = outcomes.keys.filter { !(0..<points).contains($0.point) || !(0..<replicates).contains($0.replicate) }
        if let run = outside.min() {
            return "it records run (point \(run.point), replicate \(run.replicate)), which a sweep of \(points) points × \(replicates) replicates does not have"
        }
        let misshapen = outcomes.filter { $0.value.values.count != metrics }.keys
        if let run = misshapen.min() {
            return "run (point \(run.point), replicate \(run.replicate)) has \(outcomes[run]!.values.count) values where its scenario reports \(metrics) metrics"
        }
        return nil
    }
}
