import CatallaxModel
import CatallaxReduce
import CatallaxSweep
import Dispatch
import Foundation
import Synchronization

/// A sweep's result files written as its points finish, so that memory does
/// not grow with the number of runs: each point is summarized and its rows
/// spelled on the worker that finished it (``prepare(_:)``), then handed on
/// in point order (``consume(_:)``): its runs' rows go straight to
/// `runs.csv`, its `points.csv` row (all but the rank) to a side file, and
/// its summaries into a ``SummaryTable``. ``finish(specText:shard:timing:)``
/// ranks the points, writes `points.csv` from the side file with each row's
/// rank and then `summary.json`. The bytes are those ``ResultFolder`` writes
/// from a whole ``SweepRecord``.
///
/// Kept per point: the count, failures, mean and interval of each metric
/// (a brief ``SummaryTable``: the ranking and the report's charts); every
/// statistic of the best ``wholePoints`` points so far (the tables of
/// `summary.json`, the terminal and the report); per run: nothing, except
/// the runs of the best ``outcomePoints`` points so far, which the
/// report's distributions draw.
///
/// Use with ``SweepSession/run(stop:progress:prepare:consume:)``, which
/// calls ``prepare(_:)`` concurrently and ``consume(_:)`` one call at a
/// time; then ``finish(specText:shard:timing:)`` or ``abandon()``.
public final class ResultStream: @unchecked Sendable {
    /// One point, summarized and spelled.
    public struct Chunk: Sendable {
        let point: FinishedPoint
        let runRows: [UInt8]
        let pointTail: [UInt8]
        let summaries: [MetricSummary]
        let failedRuns: Int
    }

    /// The sweep.
    public let spec: SweepSpec
    /// The output folder; `nil` for a stream that writes no files (``init(readingBack:wholePoints:outcomePoints:)``).
    public let folder: URL?
    /// The metrics the files hold.
    public let metrics: [Metric]
    /// How many of the best points keep every statistic.
    public let wholePoints: Int
    /// How many of the best points keep their runs' outcomes.
    public let outcomePoints: Int
    let _order: Ranking.Order
    let _objective: Int
    let _spelling: RunsFile.Spelling
    let _runs: WholeFile.Open?
    /// `points.csv` rows without their point and rank, in point order.
    let _tails: WholeFile.Open?
    var _table: SummaryTable
    var _runCount = 0
    var _failedRuns = 0
    var _firstFailures: [(run: RunID, failure: String)] = []
    /// The best points so far with their summaries, best first, and the runs of the first ``outcomePoints``.
    var _best: [(entry: Ranking.Entry, summaries: [MetricSummary], point: FinishedPoint?)] = []

    /// Opens the result files of `spec` in `folder`.
    /// - Parameters:
    ///   - wholePoints: how many of the best points keep every statistic
    ///     (at least `summary.json`'s ``SummaryFile/rankingLength`` and the report's table).
    ///   - outcomePoints: how many of the best points keep their runs' outcomes (the report's distribution charts).
    /// - Throws: ``SweepError/cannotWrite(path:reason:)``.
    public convenience init(spec: SweepSpec, folder: URL, wholePoints: Int = 0,
                            outcomePoints: Int = SweepReport.Options().distributionPoints) throws(SweepError) {
        let runs = try WholeFile.Open(folder.appendingPathComponent("runs.csv"))
        // Hidden and ending in .tmp, like every temporary file: a sweep opening the folder removes it if left.
        let tails = try WholeFile.Open(folder.appendingPathComponent(".points.csv.rows.tmp"))
        self.init(spec: spec, folder: folder, files: (runs, tails), wholePoints: wholePoints, outcomePoints: outcomePoints)
        RunsFile.appendHeader(columns: spec.coordinateColumns, metrics: metrics, to: &runs.stream)
    }

    /// A stream that writes no files: the statistics and record of a
    /// finished sweep whose runs are read back (`catallax report`), in
    /// memory bounded as a sweep's.
    public convenience init(readingBack spec: SweepSpec, wholePoints: Int = 0,
                            outcomePoints: Int = SweepReport.Options().distributionPoints) {
        self.init(spec: spec, folder: nil, files: nil, wholePoints: wholePoints, outcomePoints: outcomePoints)
    }

    init(spec: SweepSpec, folder: URL?, files: (runs: WholeFile.Open, tails: WholeFile.Open)?, wholePoints: Int, outcomePoints: Int) {
        self.spec = spec
        self.folder = folder
        self.outcomePoints = max(1, outcomePoints)
        self.wholePoints = max(wholePoints, SummaryFile.rankingLength, SweepReport.Options().top, self.outcomePoints)
        metrics = SweepRecord.metrics(of: spec)
        _order = SweepRecord.order(of: spec)
        _objective = metrics.firstIndex(of: spec.objective) ?? 0
        _spelling = RunsFile.Spelling(seed: spec.seed)
        _table = SummaryTable(metricCount: metrics.count, reservingPoints: spec.points.count, brief: true)
        _runs = files?.runs
        _tails = files?.tails
    }

    /// Summarizes `point` and spells its rows; thread-safe.
    /// - Complexity: O(runs × metrics) of the point.
    public func prepare(_ point: FinishedPoint) -> Chunk {
        let coordinates = spec.coordinates[point.point]
        let (summaries, failed) = SweepReduction.summaries(of: point.outcomes, metrics: metrics)
        guard folder != nil else { return Chunk(point: point, runRows: [], pointTail: [], summaries: summaries, failedRuns: failed) }
        var runs = ByteText()
        RunsFile.appendRows(point, coordinates: coordinates, metrics: metrics, spelling: _spelling, to: &runs)
        var tail = ByteText()
        PointsFile.appendTail(coordinates: coordinates, summaries: summaries, to: &tail)
        return Chunk(point: point, runRows: runs.bytes, pointTail: tail.bytes, summaries: summaries, failedRuns: failed)
    }

    /// Writes out the next point's chunk; one call at a time, in point order.
    public func consume(_ chunk: Chunk) {
        precondition(chunk.point.point == _table.count, "ResultStream: point \(chunk.point.point) handed on out of order")
        _runs?.stream.write(bytes: chunk.runRows)
        _tails?.stream.write(bytes: chunk.pointTail)
        _table.append(chunk.summaries)
        _runCount += chunk.point.outcomes.count
        _failedRuns += chunk.failedRuns
        if chunk.failedRuns > 0 && _firstFailures.count < SweepRecord.failureSampleLimit {
            for (replicate, outcome) in zip(chunk.point.replicates, chunk.point.outcomes) {
                guard let failure = outcome.failure, _firstFailures.count < SweepRecord.failureSampleLimit else { continue }
                _firstFailures.append((RunID(point: chunk.point.point, replicate: replicate), failure))
            }
        }
        _keepIfBest(chunk)
    }

    /// Keeps the point's summaries while it is among the ``wholePoints``
    /// best so far, and its runs while among the ``outcomePoints`` best: the
    /// ranking's order is total, so the best of all points are the best of
    /// those kept, and a point only ever moves down the list.
    func _keepIfBest(_ chunk: Chunk) {
        let s = chunk.summaries[_objective]
        let entry = Ranking.Entry(rank: 0, pointIndex: chunk.point.point, mean: s.mean, ciLow: s.ciLow, ciHigh: s.ciHigh)
        if _best.count == wholePoints {
            guard Ranking.precedes(entry, _best[_best.count - 1].entry, order: _order) else { return }
            _best.removeLast()
        }
        let at = _best.firstIndex { Ranking.precedes(entry, $0.entry, order: _order) } ?? _best.count
        guard at < wholePoints else { return }
        _best.insert((entry, chunk.summaries, at < outcomePoints ? chunk.point : nil), at: at)
        if _best.count > outcomePoints { _best[outcomePoints].point = nil }
    }

    /// Ranks the points and writes `runs.csv`, `points.csv` and
    /// `summary.json` under their final names (nothing for a stream that writes no files).
    /// - Parameter alongside: work on the record (the report) done while
    ///   `points.csv` is written, on another core: for a million points that
    ///   file is a 300 MB copy of the side file, and the two are the last
    ///   serial steps of a sweep. `summary.json` is written after both
    ///   (also when `alongside` fails, whose error is thrown after it).
    /// - Returns: the sweep's record (its ``SweepRecord/outcomes`` only those of the best ``keptPoints`` points).
    /// - Throws: ``SweepError/cannotWrite(path:reason:)`` (then without
    ///   `summary.json`), the encoder's error, or what `alongside` threw.
    public func finish(specText: String, shard: Shard, timing: SweepRecord.Timing,
                       alongside: @Sendable (SweepRecord) throws -> Void = { _ in }) throws -> SweepRecord {
        precondition(_table.count == spec.points.count, "ResultStream: \(_table.count) of \(spec.points.count) points handed on")
        try _runs?.commit()
        try _tails?.commit()
        defer { if let _tails { unlink(_tails.url.path) } }
        for best in _best { _table.keepWhole(best.summaries, ofPoint: best.entry.pointIndex) }
        let reduction = SweepReduction(summaries: _table, metrics: metrics, objective: spec.objective, order: _order,
                                       runCount: _runCount, failedRuns: _failedRuns)
        var outcomes: [RunID: RunOutcome] = [:]
        for point in _best.compactMap(\.point) {
            for (replicate, outcome) in zip(point.replicates, point.outcomes) { outcomes[RunID(point: point.point, replicate: replicate)] = outcome }
        }
        var record = SweepRecord(
            name: spec.name, scenario: spec.scenario, specFile: spec.file, specText: specText, specHash: spec.hashHex,
            seed: spec.seed, replicates: spec.replicates, columns: spec.coordinateColumns, coordinates: spec.coordinates,
            points: SweepRecord.points(of: spec), outcomes: outcomes, reduction: reduction, order: _order, shard: shard,
            timing: timing, precision: spec.precision)
        record.firstFailures = _firstFailures
        let finished = record
        let errors = Mutex<(points: (any Error)?, alongside: (any Error)?)>((nil, nil))
        DispatchQueue.concurrentPerform(iterations: 2) { task in
            do {
                if task == 0 { try _writePoints(ranking: reduction.ranking) } else { try alongside(finished) }
            } catch {
                errors.withLock { if task == 0 { $0.points = error } else { $0.alongside = error } }
            }
        }
        let failed = errors.withLock { $0 }
        if let error = failed.points { throw error }
        // The result files are whole even when the work alongside (the report) failed.
        if let folder { try AtomicFile.write(Data(SummaryFile.text(finished).utf8), to: folder.appendingPathComponent("summary.json")) }
        if let error = failed.alongside { throw error }
        return finished
    }

    /// Writes `points.csv` from the side file, each row with its rank.
    func _writePoints(ranking: Ranking) throws(SweepError) {
        guard let folder, let _tails else { return }
        var ranks = [Int](repeating: 0, count: _table.count)
        for entry in ranking.entries { ranks[entry.pointIndex] = entry.rank }
        try PointsFile.write(tails: _tails.url, ranks: ranks, columns: spec.coordinateColumns, metrics: metrics.map(\.name),
                             to: folder.appendingPathComponent("points.csv"))
    }

    /// Removes the files begun; the folder's earlier result files stay as they were.
    public func abandon() {
        _runs?.abandon()
        _tails?.abandon()
    }
}
