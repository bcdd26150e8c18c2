import CatallaxModel

extension Journal {
    /// Checks a journal's runs, one at a time, against the sweep they should
    /// belong to: `points` points × `replicates` replicates whose runs report
    /// `metrics` values each. A result folder is read back by resume, merge
    /// and report; a journal that was edited, mixed up or damaged on disk
    /// must be refused there rather than feed wrong runs, or an index past
    /// the sweep, to the statistics.
    public struct RunCheck: Sendable {
        /// The sweep's number of points.
        public let points: Int
        /// Replicates per point.
        public let replicates: Int
        /// Values each run reports.
        public let metrics: Int
        /// The first run (in run order) that the sweep does not have.
        public private(set) var firstOutside: RunID?
        /// The first run (in run order) with the wrong number of values, and that number.
        public private(set) var firstMisshapen: (run: RunID, values: Int)?

        /// A check of runs of a sweep of `points × replicates` runs of `metrics` values each.
        public init(points: Int, replicates: Int, metrics: Int) {
            self.points = points
            self.replicates = replicates
            self.metrics = metrics
        }

        /// Checks `run` and its `outcome`, remembering the first at fault;
        /// returns whether they fit the sweep.
        public mutating func check(_ run: RunID, _ outcome: RunOutcome) -> Bool {
            if !_isInSweep(run) {
                if firstOutside.map({ run < $0 }) ?? true { firstOutside = run }
            } else if outcome.values.count != metrics {
                if firstMisshapen.map({ run < $0.run }) ?? true { firstMisshapen = (run, outcome.values.count) }
            } else {
                return true
            }
            return false
        }

        /// What the runs checked so far have wrong, as a phrase naming the
        /// first run at fault, `nil` when they all fit: a run the sweep does
        /// not have comes before a run with the wrong number of values.
        public var damage: String? {
            if let run = firstOutside { return _outside(run) }
            if let (run, values) = firstMisshapen { return _misshapen(run, values: values) }
            return nil
        }

        /// What `run` and its `outcome` have wrong, as the phrase ``damage``
        /// would give, `nil` when they fit (for a reader that stops at the first fault).
        public func fault(_ run: RunID, _ outcome: RunOutcome) -> String? {
            if !_isInSweep(run) { return _outside(run) }
            if outcome.values.count != metrics { return _misshapen(run, values: outcome.values.count) }
            return nil
        }

        func _isInSweep(_ run: RunID) -> Bool {
            (0..<points).contains(run.point) && (0..<replicates).contains(run.replicate)
        }

        func _outside(_ run: RunID) -> String {
            "it records run (point \(run.point), replicate \(run.replicate)), which a sweep of \(points) points × \(replicates) replicates does not have"
        }

        func _misshapen(_ run: RunID, values: Int) -> String {
            "run (point \(run.point), replicate \(run.replicate)) has \(values) values where its scenario reports \(metrics) metrics"
        }
    }
}

extension Journal.Contents {
    /// What makes a live journal, read whole, unfit for the sweep `check`
    /// describes (`nil` when it is fit): a line other than the last that is
    /// not a record, else the first run ``Journal/RunCheck`` finds at fault
    /// in `check` (fed the records as they were read). A live journal may end
    /// in a record a crash cut short: that is not damage.
    public func damage(_ check: Journal.RunCheck) -> String? {
        if let line = corruptLine { return "line \(line) is not a record" }
        return check.damage
    }
}
