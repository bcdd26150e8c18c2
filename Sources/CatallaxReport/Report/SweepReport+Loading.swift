import CatallaxSweep
import Foundation

extension SweepReport {
    /// The report of the sweep in result folder `folder`, from its files
    /// alone: the spec text and timing in `summary.json` (the spec is parsed
    /// again), every run's exact outcome in `journal.jsonl` (read a point at
    /// a time: memory holds the ranking's points, not the runs), and the
    /// kept price paths in `paths.csv` (if any).
    /// - Throws: ``ReportError`` when a file is missing or does not belong
    ///   to the spec recorded in `summary.json`, and the errors of
    ///   ``init(record:paths:options:)``.
    /// - Complexity: O(runs + path steps).
    public static func load(folder: URL, options: Options = Options()) throws(ReportError) -> SweepReport {
        let summaryURL = folder.appendingPathComponent("summary.json")
        guard FileManager.default.fileExists(atPath: summaryURL.path) else {
            throw .missingFile(path: summaryURL.path, hint: "give the output folder of a finished `catallax sweep` or `catallax merge`.")
        }
        guard let summary = SummaryFile.read(at: summaryURL) else {
            throw .unreadable(path: summaryURL.path, reason: "it is not a sweep's summary")
        }
        let spec: SweepSpec
        do { spec = try SweepSpec(parsing: summary.specText, file: summary.specFile) } catch {
            throw .unreadable(path: summaryURL.path, reason: "its spec text does not parse (\(error.description))")
        }
        let journalURL = folder.appendingPathComponent(SweepSession.journalName)
        let journal = Journal.PointReader(journalURL, points: spec.points.count, replicates: spec.maximumReplicates,
                                          metrics: spec.scenario.metrics.count)
        guard let header = journal.header else {
            throw .missingFile(path: journalURL.path, hint: "the report reads every run's outcome from the sweep's journal.")
        }
        guard header.specHash == spec.hashHex else {
            throw .unreadable(path: journalURL.path, reason: "it belongs to spec \(header.specHash), not \(spec.hashHex) of summary.json")
        }
        // Point by point through the stream a sweep writes with, so the report of a million runs holds only the ranking's points.
        let results = ResultStream(readingBack: spec, wholePoints: options.top, outcomePoints: options.distributionPoints)
        for point in 0..<spec.points.count {
            let record: FinishedPoint?
            do { record = try journal.peekPoint() == point ? journal.next() : nil } catch {
                throw .unreadable(path: journalURL.path, reason: "it is damaged: \(error.reason)")
            }
            results.consume(results.prepare(record ?? FinishedPoint(point: point, replicates: [], outcomes: [])))
        }
        let shard = Shard(parsing: header.shard) ?? .whole
        let record: SweepRecord
        do { record = try results.finish(specText: summary.specText, shard: shard, timing: summary.timing) } catch {
            throw .unreadable(path: journalURL.path, reason: "\(error)")
        }
        return try SweepReport(record: record, paths: try PathsFile.read(from: folder), options: options)
    }
}
