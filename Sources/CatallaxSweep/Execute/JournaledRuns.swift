import CatallaxModel

/// What a session opening on a live journal learns from it, fed its records
/// in the file's order: which runs it records, how many of them resume, and
/// whether they fit the sweep.
///
/// Without a precision target only one bit a run is kept (``recorded``):
/// the resumed outcomes are read from the journal again as the run hands
/// the points on, so resuming a sweep of any number of runs holds only the
/// points in flight. A precision target plans each round from the outcomes
/// of the stages so far, so it keeps them (``outcomes``).
struct JournaledRuns {
    /// Runs recorded, checked against the sweep's shape; `nil` with a precision target.
    var recorded: RunSet?
    /// Every recorded outcome, the last record of a run winning; only with a precision target.
    var outcomes: [RunID: RunOutcome] = [:]
    /// Runs recorded whose price paths are not kept (replicate `≥ pathsReplicates`):
    /// the runs a resume takes from the journal instead of running them again.
    var resumable = 0
    /// The sweep's first replicates, whose paths are kept: the journal holds
    /// no paths, so these runs (a pure function of point, replicate and seed) run again.
    let pathsReplicates: Int
    /// The check of every run against the sweep.
    var check: Journal.RunCheck

    /// Nothing recorded yet, for a journal of `work`.
    init(_ work: SweepSession.Work) {
        check = Journal.RunCheck(points: work.points.count, replicates: work.maximumReplicates,
                                 metrics: work.points.first?.scenario.metrics.count ?? 0)
        recorded = work.adaptive == nil ? RunSet(points: work.points.count, replicates: work.maximumReplicates) : nil
        pathsReplicates = work.pathsReplicates
    }

    /// How many distinct runs the journal records.
    var count: Int { recorded?.count ?? outcomes.count }

    /// Takes in one record's runs.
    mutating func add(point: Int, runs: [(replicate: Int, outcome: RunOutcome)]) {
        for (replicate, outcome) in runs {
            let run = RunID(point: point, replicate: replicate)
            guard check.check(run, outcome) else { continue }
            if recorded != nil {
                if recorded!.insert(run) && replicate >= pathsReplicates { resumable += 1 }
            } else {
                if outcomes.updateValue(outcome, forKey: run) == nil && replicate >= pathsReplicates { resumable += 1 }
            }
        }
    }

    /// Whether run `run` is taken from the journal on resuming.
    func resumes(_ run: RunID) -> Bool {
        run.replicate >= pathsReplicates && (recorded?.contains(run) ?? (outcomes[run] != nil))
    }

    /// Takes `run` out of the runs that resume; returns whether it was one
    /// of them (so each resumed run is taken once, from its first record).
    mutating func takeResumed(_ run: RunID) -> Bool {
        run.replicate >= pathsReplicates && recorded?.remove(run) == true
    }

    /// The outcomes a resume takes from the journal with a precision target.
    var resumedOutcomes: [RunID: RunOutcome] {
        pathsReplicates == 0 ? outcomes : outcomes.filter { $0.key.replicate >= pathsReplicates }
    }
}
